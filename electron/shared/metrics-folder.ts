// Keeping the metrics snapshot up to date in a folder (desktop only): the user picks the folder in
// the OS dialog, main remembers it, and after every change the renderer hands main the new
// snapshot's text. The renderer never names a path: main writes one file, of one fixed name, into
// the folder the user chose, and only text that reads as the app's own exposition. The web shell
// has no such functions: a browser cannot write to a folder on its own.
import type { Result } from './result';

/** The snapshot's name in the folder: what node_exporter's textfile collector reads (`*.prom`). */
export const METRICS_SNAPSHOT_FILE_NAME = 'mttr-studio.prom';

/**
 * The largest snapshot main accepts, in UTF-16 code units. A snapshot holds one series per team,
 * severity, scenario, service and phase, never one per drill, so an organisation of hundreds of
 * teams stays well below this; a larger message is not a snapshot.
 */
export const MAX_METRICS_SNAPSHOT_CHARS = 32 * 1024 * 1024;

/** Every metric the export writes starts so (renderer/src/domain/metrics/families.ts). */
const METRIC_LINE = /^mttr_studio_[a-z_]+(\{.*\})? [^\s]+$/u;

/**
 * The text format 0.0.4 as the export writes it: `# HELP`/`# TYPE` lines and samples of the app's
 * own metrics (no timestamps), one per line, ending in a newline; no control characters beyond
 * line breaks and tabs (a name may hold a tab; the format escapes only newlines, quotes and
 * backslashes). Anything else is refused before it reaches the disk.
 */
export function isMetricsSnapshotText(text: string): boolean {
  if (text === '' || !text.endsWith('\n')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/u.test(text)) return false;
  const lines = text.slice(0, -1).split('\n');
  return lines.every(
    (line) =>
      line.startsWith('# HELP mttr_studio_') ||
      line.startsWith('# TYPE mttr_studio_') ||
      METRIC_LINE.test(line),
  );
}

export interface MetricsFolderStatus {
  /** The folder the user chose, as the OS names it; null: the snapshot is not being kept. */
  readonly folder: string | null;
}

export interface MetricsFolderChoice extends MetricsFolderStatus {
  /** False when the user cancelled the dialog: nothing changed. */
  readonly chosen: boolean;
}

export interface MetricsSnapshotWritten {
  /** False when no folder is chosen (the user stopped it meanwhile): nothing was written. */
  readonly written: boolean;
}

/** The platform functions of this feature; present in the desktop shell only. */
export interface MetricsFolderApi {
  readonly getMetricsFolder: () => Promise<Result<MetricsFolderStatus>>;
  /** Opens the OS folder dialog; the folder chosen there is remembered by main. */
  readonly chooseMetricsFolder: () => Promise<Result<MetricsFolderChoice>>;
  /** Forgets the folder; the last snapshot written stays there. */
  readonly stopMetricsFolder: () => Promise<Result<MetricsFolderStatus>>;
  /** Writes the snapshot into the chosen folder, atomically. */
  readonly writeMetricsSnapshot: (content: string) => Promise<Result<MetricsSnapshotWritten>>;
}

export const METRICS_FOLDER_API_FUNCTIONS = [
  'getMetricsFolder',
  'chooseMetricsFolder',
  'stopMetricsFolder',
  'writeMetricsSnapshot',
] as const satisfies readonly (keyof MetricsFolderApi)[];
