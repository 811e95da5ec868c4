// The three files of the metrics export, by name: what Settings saves and the command line writes.
import { renderHistory, renderSnapshot, type MetricsInput } from './exposition';
import { grafanaDashboard } from './grafana-dashboard';

export const METRICS_FILE_NAMES = {
  snapshot: 'mttr-studio.prom',
  history: 'mttr-studio-history.om',
  dashboard: 'mttr-studio-grafana-dashboard.json',
} as const;

export interface MetricsFile {
  readonly name: string;
  readonly mimeType: string;
  readonly content: string;
}

export function metricsFiles(input: MetricsInput): MetricsFile[] {
  return [
    { name: METRICS_FILE_NAMES.snapshot, mimeType: 'text/plain', content: renderSnapshot(input) },
    {
      name: METRICS_FILE_NAMES.history,
      mimeType: 'application/openmetrics-text',
      content: renderHistory(input),
    },
    {
      name: METRICS_FILE_NAMES.dashboard,
      mimeType: 'application/json',
      content: `${JSON.stringify(grafanaDashboard(), null, 2)}\n`,
    },
  ];
}
