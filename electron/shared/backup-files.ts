// Opening many backup files at once in the desktop shell: the renderer names only what to open
// (files, a folder, or the folder chosen last); the paths come from the OS dialog the user answered
// and stay in the main process. The files' texts come back, each with the reason it could not be
// read, so the renderer merges them exactly as it merges files a browser hands it.
export const BACKUP_SOURCES = ['files', 'folder', 'last-folder'] as const;
export type BackupSource = (typeof BACKUP_SOURCES)[number];

export interface OpenBackupsRequest {
  readonly from: BackupSource;
}

export interface OpenedBackupFile {
  /** The file's path inside the chosen folder, or its bare name; never a full path. */
  readonly name: string;
  /** Null when it could not be read; `refusal` says why. */
  readonly text: string | null;
  readonly byteLength: number;
  readonly refusal?: string;
}

export interface OpenedBackups {
  /** True when the user cancelled the dialog: nothing was read. */
  readonly cancelled: boolean;
  /** The chosen folder's own name, so "Refresh from folder" can say which one. */
  readonly folderName: string | null;
  readonly files: readonly OpenedBackupFile[];
  /** Files of the folder that are not backups (.json), left out. */
  readonly skipped: number;
}

/** The same bound as the renderer's restore: a larger file is refused before it is read. */
export const MAX_OPENED_BACKUP_BYTES = 80 * 1024 * 1024;
/** At most this many backups are read in one go (an organisation's teams, with room to spare). */
export const MAX_OPENED_BACKUP_FILES = 1000;
