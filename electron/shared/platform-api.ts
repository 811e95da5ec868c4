// The platform port: everything the renderer may ask of the shell it runs in. The Electron preload
// implements it over IPC (one function per channel); the web shell implements it with browser
// fallbacks. The renderer only ever sees this interface.
import type { PresenterOutcome } from './presenter-request';
import type { MetricsFolderApi } from './metrics-folder';
import type { OpenBackupsRequest, OpenedBackups } from './backup-files';
import type { ReportExportOutcome, ReportRequest } from './report-request';
import type { Result } from './result';

export type ShellKind = 'electron' | 'web';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly shell: ShellKind;
  /** Operating system as the shell reports it, e.g. "linux", "darwin", "win32". */
  readonly platform: string;
}

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'go:home',
  'go:teams',
  'go:assessments',
  'go:drills',
  'go:trends',
  'go:reports',
  'go:settings',
  'team:new',
  'data:backup',
  'data:restore',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What a saved file holds; it decides the save dialog's file-type filter and the extension. */
export const SAVE_FILE_KINDS = [
  'backup',
  'csv',
  'metrics-snapshot',
  'metrics-history',
  'grafana-dashboard',
  'maturity-model',
] as const;
export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number];

/** The extension each kind of file is saved with. */
export const SAVE_FILE_EXTENSIONS: Readonly<Record<SaveFileKind, string>> = {
  backup: 'json',
  csv: 'csv',
  'metrics-snapshot': 'prom',
  'metrics-history': 'om',
  'grafana-dashboard': 'json',
  'maturity-model': 'yaml',
};

/**
 * The largest file the renderer may ask to save, in UTF-16 code units of `content`. Generous for a
 * backup of years of drills (a few MB) while keeping one IPC message within reason.
 */
export const MAX_SAVE_FILE_CHARS = 128 * 1024 * 1024;

export interface SaveFileRequest {
  /** A bare file name the user can change, e.g. `mttr-studio-backup-2026-11-21.json`. */
  readonly suggestedName: string;
  readonly content: string;
  readonly kind: SaveFileKind;
}

export interface SaveFileOutcome {
  /** False when the user cancelled the dialog: nothing was written. */
  readonly saved: boolean;
  /** The name the file was saved under (never its folder). */
  readonly fileName?: string;
  /**
   * Desktop only: an id that names this saved file to `showSavedFile`, so "Show in folder" can be
   * offered without the renderer ever seeing the path.
   */
  readonly savedId?: string;
}

/** The metrics folder's functions exist in the desktop shell only (./metrics-folder.ts). */
export interface PlatformApi extends Partial<MetricsFolderApi> {
  getAppInfo(): Promise<Result<AppInfo>>;
  /** Opens an allow-listed https link in the system browser. */
  openExternal(url: string): Promise<Result<null>>;
  /**
   * Saves a text file where the user chooses (desktop: the OS save dialog; web: a download). The
   * renderer never names a folder or path, only a suggested file name.
   */
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileOutcome>>;
  /**
   * Exports a report as PDF. Desktop: main prints the report view in a hidden window and asks
   * where to save it. Web: the report view opens and the browser's print dialog saves the PDF.
   */
  exportReportPdf(request: ReportRequest): Promise<Result<ReportExportOutcome>>;
  /**
   * Opens a drill's presenter in a window of its own. Desktop: main makes the window, full screen
   * on a second display when there is one. Web: a second browser window of the same app. The drill
   * is named by its id only; the renderer never opens windows itself in the desktop shell.
   */
  openPresenter(drillId: string): Promise<Result<PresenterOutcome>>;
  /**
   * Keeps the display from sleeping while `awake` (a drill runs or is paused on this screen), and
   * lets it sleep again when false. Desktop: a power-save blocker, also released when the window
   * closes. Web: the browser's screen wake lock, where it has one.
   */
  keepDisplayAwake(awake: boolean): Promise<Result<null>>;
  /**
   * Shows a file saved by `saveFile` or `exportReportPdf` in the system's file manager, by the
   * `savedId` the save answered with. Desktop only: the web shell's downloads are the browser's
   * (not-allowed there).
   */
  showSavedFile(savedId: string): Promise<Result<null>>;
  /**
   * Opens many backups at once (desktop: the OS dialog for several files or a folder, or the folder
   * chosen last, read again). The web shell uses file controls instead and answers `not-allowed`.
   */
  openBackupFiles(request: OpenBackupsRequest): Promise<Result<OpenedBackups>>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
