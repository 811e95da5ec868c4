// What the save dialog offers for each kind of file, and how a failed write is told to the user.
// Kept apart from Electron so both are plain functions a test can call.
import { SAVE_FILE_EXTENSIONS, type SaveFileKind } from '../../shared/platform-api';

export interface SaveDialogOptions {
  readonly title: string;
  /** A bare file name: the dialog opens in the user's usual folder with it filled in. */
  readonly defaultPath: string;
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

export type SaveDialog = (
  options: SaveDialogOptions,
) => Promise<{ readonly canceled: boolean; readonly filePath?: string | undefined }>;

const DIALOG: Readonly<Record<SaveFileKind, { title: string; filter: string }>> = {
  backup: { title: 'Save a backup of MTTR Studio data', filter: 'MTTR Studio backup' },
  csv: { title: 'Save drills as CSV', filter: 'CSV (spreadsheet)' },
  'metrics-snapshot': {
    title: 'Save the metrics snapshot for Prometheus',
    filter: 'Prometheus metrics (node_exporter textfile)',
  },
  'metrics-history': {
    title: 'Save the metrics history for Prometheus',
    filter: 'OpenMetrics (promtool back-fill)',
  },
  'grafana-dashboard': { title: 'Save the Grafana dashboard', filter: 'Grafana dashboard JSON' },
  'maturity-model': { title: 'Save the maturity model file', filter: 'Maturity model (YAML)' },
};

export function saveDialogOptions(suggestedName: string, kind: SaveFileKind): SaveDialogOptions {
  const extension = SAVE_FILE_EXTENSIONS[kind];
  // The name is the renderer's suggestion; the extension follows the kind so filters match.
  const defaultPath = suggestedName.toLowerCase().endsWith(`.${extension}`)
    ? suggestedName
    : `${suggestedName}.${extension}`;
  return {
    title: DIALOG[kind].title,
    defaultPath,
    filters: [
      { name: DIALOG[kind].filter, extensions: [extension] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'that place is read-only',
  EISDIR: 'a folder already has that name',
  ENOENT: 'that folder no longer exists',
};

/** A sentence the user can act on; Node's own message is kept only when we know no better. */
export function writeFailureMessage(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason =
    REASONS[code] ?? (error instanceof Error ? error.message : 'the system refused to write it');
  return `The file could not be saved: ${reason}. Choose another place, or free some space, and try again.`;
}
