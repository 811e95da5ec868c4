// For tests of the IPC wiring that are not about the metrics folder: its channels, answering as
// when no folder is chosen. The real ones are ./metrics-folder.ts's.
import { ok } from '../shared/result';
import type { MetricsFolderHandlers } from './metrics-folder';

export function idleMetricsFolderHandlers(): MetricsFolderHandlers {
  return {
    'metrics:get-folder': () => ok({ folder: null }),
    'metrics:choose-folder': () => ok({ folder: null, chosen: false }),
    'metrics:stop-folder': () => ok({ folder: null }),
    'metrics:write-snapshot': () => ok({ written: false }),
  };
}
