// The app's kept-up-to-date metrics snapshot (./metrics-folder, ./snapshot-keeper) wired to its
// data: the snapshot is rendered from what the metrics export reads (./metrics-input) and
// rewritten after every change to the app's database, in this window or another (../../db/changes).
import { db, repos } from '../../db/app-db';
import { onDatabaseChange } from '../../db/changes';
import { renderSnapshot } from '../../domain/metrics/exposition';
import { platform } from '../../platform/platform';
import { createMetricsFolderController, useMetricsFolder } from './metrics-folder';
import { loadMetricsInput } from './metrics-input';
import { startSnapshotKeeper } from './snapshot-keeper';

/** A rewrite waits for changes to settle this long (a drill's marks come seconds apart)… */
export const SNAPSHOT_DELAY_MS = 2000;
/** …but never longer than this after the first change, so a long run still shows. */
export const SNAPSHOT_MAX_WAIT_MS = 15_000;
/** At start-up the first rewrite waits this long: the first screen comes first. */
export const SNAPSHOT_START_DELAY_MS = 5000;

export const keptMetricsSnapshot = createMetricsFolderController({
  api: platform(),
  startKeeper: (write, onOutcome, resumed) =>
    startSnapshotKeeper({
      subscribe: (onChange) => onDatabaseChange(db.name, onChange),
      render: async () => renderSnapshot(await loadMetricsInput(repos, Date.now())),
      write,
      onOutcome,
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => {
        clearTimeout(handle as ReturnType<typeof setTimeout>);
      },
      delayMs: SNAPSHOT_DELAY_MS,
      maxWaitMs: SNAPSHOT_MAX_WAIT_MS,
      firstWriteAfterMs: resumed ? SNAPSHOT_START_DELAY_MS : 0,
    }),
  set: (patch) => {
    useMetricsFolder.setState(patch);
  },
});
