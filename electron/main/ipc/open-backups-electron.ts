// Opening many backups with Electron's open dialog and Node's file system: the wiring of
// ./open-backups, whose rules are tested without either.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import type { OpenBackupsRequest, OpenedBackups } from '../../shared/backup-files';
import type { Result } from '../../shared/result';
import { createOpenBackups, type OpenDialogOptions } from './open-backups';

type Parent = ReturnType<typeof BrowserWindow.getFocusedWindow>;

export function createElectronOpenBackups(
  parentWindow: () => Parent,
): (request: OpenBackupsRequest) => Promise<Result<OpenedBackups>> {
  return createOpenBackups({
    showOpenDialog: (options: OpenDialogOptions) => {
      const parent = parentWindow();
      const copy = { ...options, properties: [...options.properties] };
      return parent === null || parent.isDestroyed()
        ? dialog.showOpenDialog(copy)
        : dialog.showOpenDialog(parent, copy);
    },
    listFolder: async (folder) =>
      (await readdir(folder, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
      })),
    fileSize: async (filePath) => (await stat(filePath)).size,
    readText: (filePath) => readFile(filePath, 'utf8'),
  });
}
