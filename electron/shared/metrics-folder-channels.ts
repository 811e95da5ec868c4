// The IPC channels of the kept-up-to-date metrics folder (./metrics-folder.ts), with the schemas
// main validates their arguments against. Joined into the contract in ./ipc-contract.ts.
import { z } from 'zod';
import {
  isMetricsSnapshotText,
  MAX_METRICS_SNAPSHOT_CHARS,
  type MetricsFolderChoice,
  type MetricsFolderStatus,
  type MetricsSnapshotWritten,
} from './metrics-folder';

const snapshotText = z
  .string()
  .max(MAX_METRICS_SNAPSHOT_CHARS)
  .refine(isMetricsSnapshotText, 'must be the metrics snapshot in the Prometheus text format');

export const metricsFolderChannels = {
  'metrics:get-folder': { args: z.tuple([]) },
  'metrics:choose-folder': { args: z.tuple([]) },
  'metrics:stop-folder': { args: z.tuple([]) },
  'metrics:write-snapshot': { args: z.tuple([snapshotText]) },
} as const;

export type MetricsFolderChannel = keyof typeof metricsFolderChannels;

export interface MetricsFolderResults {
  'metrics:get-folder': MetricsFolderStatus;
  'metrics:choose-folder': MetricsFolderChoice;
  'metrics:stop-folder': MetricsFolderStatus;
  'metrics:write-snapshot': MetricsSnapshotWritten;
}
