// Keeps the metrics snapshot up to date in a folder the user chose (../shared/metrics-folder.ts).
// Main alone knows the folder: it comes from the OS dialog the user answered, is remembered in
// userData/metrics-folder.json, and is never sent by the renderer. The renderer sends only the
// snapshot's text (already validated by the IPC wrapper), which is written to a temporary name in
// that folder and renamed over `mttr-studio.prom`: node_exporter's textfile collector reads only
// `*.prom` files, and a rename within one folder replaces the file in one step, so it never reads
// half a snapshot. File system and dialog are injected so every decision is tested without them.
import path from 'node:path';
import { z } from 'zod';
import type { MetricsFolderChannel } from '../shared/metrics-folder-channels';
import { METRICS_SNAPSHOT_FILE_NAME } from '../shared/metrics-folder';
import { err, ok } from '../shared/result';
import type { InvokeHandlers } from './ipc/validated-ipc';

export interface MetricsFolderFs {
  readFile: (file: string) => Promise<string>;
  writeFile: (file: string, content: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  /** Removes a file; a missing one is no error. */
  remove: (file: string) => Promise<void>;
}

export interface FolderDialogOptions {
  readonly title: string;
  readonly buttonLabel: string;
  readonly properties: readonly ('openDirectory' | 'createDirectory' | 'promptToCreate')[];
}

export type FolderDialog = (
  options: FolderDialogOptions,
) => Promise<{ readonly canceled: boolean; readonly filePaths: readonly string[] }>;

export interface MetricsFolderDeps {
  /** userData/metrics-folder.json: where the choice is remembered between runs. */
  readonly settingsFile: string;
  readonly fs: MetricsFolderFs;
  readonly showFolderDialog: FolderDialog;
  /** Makes temporary names unique to this process. */
  readonly pid: number;
}

export type MetricsFolderHandlers = Pick<InvokeHandlers, MetricsFolderChannel>;

export const FOLDER_DIALOG: FolderDialogOptions = {
  title: 'Choose the folder to keep the metrics snapshot in',
  buttonLabel: 'Keep the snapshot here',
  properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
};

const remembered = z.strictObject({
  folder: z
    .string()
    .min(1)
    .max(4096)
    .refine((folder) => path.isAbsolute(folder), 'must be an absolute path'),
});

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the folder no longer exists',
  ENOTDIR: 'the folder no longer exists',
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'the folder is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: `a folder is named ${METRICS_SNAPSHOT_FILE_NAME} there`,
};

/** A sentence the user can act on, shown in Settings → Metrics. */
export function snapshotFailureMessage(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason = REASONS[code] ?? 'the system refused to write it';
  return `The metrics snapshot could not be written: ${reason}. Choose the folder again, or stop keeping it up to date.`;
}

export function createMetricsFolder(deps: MetricsFolderDeps): MetricsFolderHandlers {
  // undefined: not read yet; null: no folder (off, the default).
  let folder: string | null | undefined;
  // Writes run one after another, so an older snapshot never lands after a newer one.
  let queue: Promise<unknown> = Promise.resolve();

  async function current(): Promise<string | null> {
    if (folder !== undefined) return folder;
    try {
      const parsed = remembered.safeParse(JSON.parse(await deps.fs.readFile(deps.settingsFile)));
      // A missing or damaged file means "off": the feature is a convenience, never a failure.
      folder = parsed.success ? parsed.data.folder : null;
    } catch {
      folder = null;
    }
    return folder;
  }

  async function remember(next: string | null): Promise<void> {
    if (next === null) await deps.fs.remove(deps.settingsFile);
    else await writeAtomically(deps, deps.settingsFile, `${JSON.stringify({ folder: next })}\n`);
    folder = next;
  }

  async function writeSnapshot(content: string) {
    const target = await current();
    if (target === null) return ok({ written: false });
    try {
      await writeAtomically(deps, path.join(target, METRICS_SNAPSHOT_FILE_NAME), content);
    } catch (error: unknown) {
      return err('io-error', snapshotFailureMessage(error));
    }
    return ok({ written: true });
  }

  return {
    'metrics:get-folder': async () => ok({ folder: await current() }),

    'metrics:choose-folder': async () => {
      const choice = await deps.showFolderDialog(FOLDER_DIALOG);
      const chosen = choice.filePaths[0];
      if (choice.canceled || chosen === undefined || !path.isAbsolute(chosen)) {
        return ok({ folder: await current(), chosen: false });
      }
      try {
        await remember(chosen);
      } catch {
        return err(
          'io-error',
          'The folder could not be remembered: the app’s settings could not be written.',
        );
      }
      return ok({ folder: chosen, chosen: true });
    },

    'metrics:stop-folder': async () => {
      try {
        await remember(null);
      } catch {
        return err(
          'io-error',
          'The app’s settings could not be written; the folder is still kept.',
        );
      }
      return ok({ folder: null });
    },

    'metrics:write-snapshot': (content) => {
      const run = queue.then(() => writeSnapshot(content));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** Written to a hidden temporary name beside the target, then renamed over it. */
async function writeAtomically(
  deps: Pick<MetricsFolderDeps, 'fs' | 'pid'>,
  target: string,
  content: string,
): Promise<void> {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${String(deps.pid)}.tmp`,
  );
  try {
    await deps.fs.writeFile(temporary, content);
    await deps.fs.rename(temporary, target);
  } catch (error) {
    await deps.fs.remove(temporary).catch(() => undefined);
    throw error;
  }
}
