// Which of the chosen files a merge of many backups reads, and how each is read. Kept free of React
// so the rules are tested on their own: a folder holds other files too (a README, a .git folder's
// contents), and only `.json` files outside hidden folders are backups.
import { MAX_BACKUP_BYTES } from '../../db/backup/format';
import type { ChosenFile } from '../../db/backup/import-many';
import { readBackupFile, type TextFile } from './data-files';

export interface FolderFile extends TextFile {
  /** The path inside the chosen folder (`webkitRelativePath`), or '' for files chosen one by one. */
  readonly relativePath: string;
}

/** True for a backup candidate: a `.json` file not inside a hidden folder such as `.git`. */
export function isBackupCandidate(file: FolderFile): boolean {
  const parts = (file.relativePath === '' ? file.name : file.relativePath).split('/');
  const hidden = parts.some((part, index) => index < parts.length - 1 && part.startsWith('.'));
  return !hidden && !file.name.startsWith('.') && file.name.toLowerCase().endsWith('.json');
}

export interface Selection {
  readonly candidates: readonly FolderFile[];
  /** Files of the folder that are not backups, so the user knows they were left out. */
  readonly skipped: number;
}

export function selectBackups(files: readonly FolderFile[]): Selection {
  const candidates = files.filter(isBackupCandidate);
  return { candidates, skipped: files.length - candidates.length };
}

/** The name a file is shown and ordered by: its path inside the folder when it has one. */
export function displayName(file: FolderFile): string {
  return file.relativePath === '' ? file.name : file.relativePath;
}

export async function readChosen(file: FolderFile): Promise<ChosenFile> {
  const read = await readBackupFile(file, MAX_BACKUP_BYTES);
  const name = displayName(file);
  return read.ok
    ? { name, text: read.text, byteLength: read.byteLength }
    : { name, text: null, byteLength: file.size, refusal: read.message };
}
