// Names and checks for the files Settings → Data saves and opens. Kept free of React so the rules
// (a date in every name, a size limit said in words) are tested on their own.
import type { IsoDate } from '../../domain/records/common';

/** `mttr-studio-backup-2026-11-21.json`: sorts by date in a folder of backups. */
export function backupFileName(today: IsoDate, label = ''): string {
  return `mttr-studio-backup${label === '' ? '' : `-${label}`}-${today}.json`;
}

/** Lower-case words joined by dashes, safe in a file name on every system. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'team' : slug;
}

/** `mttr-studio-drills-payments-platform-2026-11-21.csv`, or `…-drills-all-teams-…`. */
export function drillsCsvFileName(teamName: string | null, today: IsoDate): string {
  const scope = teamName === null ? 'all-teams' : fileSlug(teamName);
  return `mttr-studio-drills-${scope}-${today}.csv`;
}

/** `mttr-studio-incidents-payments-platform-2026-11-21.csv`, or `…-incidents-all-teams-…`. */
export function incidentsCsvFileName(teamName: string | null, today: IsoDate): string {
  const scope = teamName === null ? 'all-teams' : fileSlug(teamName);
  return `mttr-studio-incidents-${scope}-${today}.csv`;
}

/** "80 MB", "512 KB": sizes as people read them (powers of 1024, as file managers mostly do). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * The warning for a backup larger than restore accepts (it refuses files over `maxBytes` before
 * reading them), or null. Such a file is still saved, as it holds the data, but the user must not
 * believe it can be restored by this app.
 */
export function backupSizeWarning(byteLength: number, maxBytes: number): string | null {
  if (byteLength <= maxBytes) return null;
  return `at ${formatSize(byteLength)} it is larger than the ${formatSize(maxBytes)} this app can restore from. Keep it, but do not rely on it alone: do not delete data from the app.`;
}

export type ReadFileResult =
  | { readonly ok: true; readonly text: string; readonly byteLength: number }
  | { readonly ok: false; readonly message: string };

/** The part of a File this needs, so tests can pass a stand-in. */
export interface TextFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/**
 * Reads a chosen backup file, refusing one over `maxBytes` before reading it: a wrong file (a
 * video, a disk image) must not be loaded into memory just to be rejected.
 */
export async function readBackupFile(file: TextFile, maxBytes: number): Promise<ReadFileResult> {
  if (file.size === 0)
    return { ok: false, message: `"${file.name}" is empty: it is not a backup.` };
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: `"${file.name}" is ${formatSize(file.size)}, larger than the ${formatSize(maxBytes)} a backup can be. Choose a backup file made by MTTR Studio.`,
    };
  }
  try {
    return { ok: true, text: await file.text(), byteLength: file.size };
  } catch {
    return {
      ok: false,
      message: `"${file.name}" could not be read. Check that it is still there.`,
    };
  }
}
