// The main-process side of opening many backups: show the OS dialog (several files, or a folder),
// read every `.json` file (a folder's subfolders too, hidden ones such as `.git` excepted), and
// remember the folder so "Refresh from folder" reads it again without asking. File system and
// dialog are injected, so the rules are tested without Electron.
import path from 'node:path';
import {
  MAX_OPENED_BACKUP_BYTES,
  MAX_OPENED_BACKUP_FILES,
  type OpenBackupsRequest,
  type OpenedBackupFile,
  type OpenedBackups,
} from '../../shared/backup-files';
import { err, ok, type Result } from '../../shared/result';

export interface OpenDialogOptions {
  readonly title: string;
  readonly properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
  readonly filters?: { name: string; extensions: string[] }[];
}

export interface OpenBackupsDeps {
  readonly showOpenDialog: (
    options: OpenDialogOptions,
  ) => Promise<{ readonly canceled: boolean; readonly filePaths: readonly string[] }>;
  readonly listFolder: (
    folder: string,
  ) => Promise<readonly { readonly name: string; readonly isDirectory: boolean }[]>;
  readonly fileSize: (filePath: string) => Promise<number>;
  readonly readText: (filePath: string) => Promise<string>;
}

const CANCELLED: OpenedBackups = { cancelled: true, folderName: null, files: [], skipped: 0 };

const isBackupName = (name: string) =>
  !name.startsWith('.') && name.toLowerCase().endsWith('.json');

export function createOpenBackups(
  deps: OpenBackupsDeps,
): (request: OpenBackupsRequest) => Promise<Result<OpenedBackups>> {
  let lastFolder: string | null = null;

  async function readOne(filePath: string, name: string): Promise<OpenedBackupFile> {
    try {
      const size = await deps.fileSize(filePath);
      if (size === 0)
        return {
          name,
          text: null,
          byteLength: 0,
          refusal: `"${name}" is empty: it is not a backup.`,
        };
      if (size > MAX_OPENED_BACKUP_BYTES) {
        return {
          name,
          text: null,
          byteLength: size,
          refusal: `"${name}" is larger than a backup can be.`,
        };
      }
      return { name, text: await deps.readText(filePath), byteLength: size };
    } catch {
      return {
        name,
        text: null,
        byteLength: 0,
        refusal: `"${name}" could not be read. Check that it is still there.`,
      };
    }
  }

  /** Every file under `folder`, as paths relative to it; hidden folders are not entered. */
  async function walk(folder: string, prefix = ''): Promise<string[]> {
    const entries = await deps.listFolder(path.join(folder, prefix));
    const found: string[] = [];
    for (const entry of entries) {
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory) {
        if (!entry.name.startsWith('.')) found.push(...(await walk(folder, relative)));
      } else found.push(relative);
    }
    return found;
  }

  async function readFolder(folder: string): Promise<Result<OpenedBackups>> {
    let all: string[];
    try {
      all = await walk(folder);
    } catch {
      return err(
        'io-error',
        `The folder “${path.basename(folder)}” could not be read. Check that it is still there.`,
      );
    }
    const backups = all.filter((relative) => isBackupName(path.posix.basename(relative))).sort();
    if (backups.length > MAX_OPENED_BACKUP_FILES) {
      return err(
        'not-allowed',
        `The folder holds ${backups.length} backups; at most ${MAX_OPENED_BACKUP_FILES} can be merged at once.`,
      );
    }
    const files = await Promise.all(
      backups.map((relative) => readOne(path.join(folder, ...relative.split('/')), relative)),
    );
    return ok({
      cancelled: false,
      folderName: path.basename(folder),
      files,
      skipped: all.length - backups.length,
    });
  }

  return async ({ from }) => {
    if (from === 'last-folder') {
      if (lastFolder === null)
        return err('not-allowed', 'Choose a folder first: there is none to refresh from.');
      return readFolder(lastFolder);
    }
    const choice = await deps.showOpenDialog(
      from === 'folder'
        ? { title: 'Choose the folder of backups to merge', properties: ['openDirectory'] }
        : {
            title: 'Choose the backups to merge',
            properties: ['openFile', 'multiSelections'],
            filters: [{ name: 'MTTR Studio backup', extensions: ['json'] }],
          },
    );
    const [first] = choice.filePaths;
    if (choice.canceled || first === undefined) return ok(CANCELLED);
    if (from === 'folder') {
      lastFolder = first;
      return readFolder(first);
    }
    if (choice.filePaths.length > MAX_OPENED_BACKUP_FILES) {
      return err(
        'not-allowed',
        `At most ${MAX_OPENED_BACKUP_FILES} backups can be merged at once.`,
      );
    }
    const files = await Promise.all(choice.filePaths.map((p) => readOne(p, path.basename(p))));
    return ok({ cancelled: false, folderName: null, files, skipped: 0 });
  };
}
