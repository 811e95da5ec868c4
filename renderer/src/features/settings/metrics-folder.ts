// The kept-up-to-date metrics snapshot, as Settings shows it and as the app runs it: which folder
// (main's answer; the renderer never names one), when the snapshot was last written, and why it
// was not. In the desktop shell it starts with the app when a folder was chosen before; the web
// shell has no such functions (a browser cannot write to a folder on its own), so it is never
// offered there.
import { create } from 'zustand';
import type { MetricsFolderApi } from '@shared/metrics-folder';
import type { Result } from '@shared/result';
import type { SnapshotKeeper, SnapshotKeeperDeps } from './snapshot-keeper';

export interface MetricsFolderState {
  /** False in the web shell: the setting is not offered. */
  readonly available: boolean;
  readonly folder: string | null;
  readonly lastWrittenAt: number | null;
  readonly error: string | null;
  readonly busy: boolean;
}

export const INITIAL_METRICS_FOLDER: MetricsFolderState = {
  available: false,
  folder: null,
  lastWrittenAt: null,
  error: null,
  busy: false,
};

export const useMetricsFolder = create<MetricsFolderState>()(() => INITIAL_METRICS_FOLDER);

export interface MetricsFolderControllerDeps {
  readonly api: Partial<MetricsFolderApi>;
  /** Starts rewriting the snapshot after changes (./snapshot-keeper with the app's data). */
  readonly startKeeper: (
    write: MetricsFolderApi['writeMetricsSnapshot'],
    onOutcome: SnapshotKeeperDeps['onOutcome'],
    /** Resumed at start-up: the first write waits, so the first screen is not kept waiting. */
    resumed: boolean,
  ) => SnapshotKeeper;
  readonly set: (patch: Partial<MetricsFolderState>) => void;
}

export interface MetricsFolderController {
  /** False in the web shell: the setting is not offered. */
  readonly available: boolean;
  /** At start-up: picks up a folder chosen in an earlier run. */
  readonly resume: () => Promise<void>;
  readonly choose: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

function complete(api: Partial<MetricsFolderApi>): MetricsFolderApi | null {
  const { getMetricsFolder, chooseMetricsFolder, stopMetricsFolder, writeMetricsSnapshot } = api;
  return getMetricsFolder && chooseMetricsFolder && stopMetricsFolder && writeMetricsSnapshot
    ? { getMetricsFolder, chooseMetricsFolder, stopMetricsFolder, writeMetricsSnapshot }
    : null;
}

export function createMetricsFolderController(
  deps: MetricsFolderControllerDeps,
): MetricsFolderController {
  const api = complete(deps.api);
  let keeper: SnapshotKeeper | undefined;

  const keep = (folder: string | null, resumed = false) => {
    keeper?.stop();
    keeper = undefined;
    deps.set({ folder, lastWrittenAt: null, error: null });
    if (folder === null || api === null) return;
    keeper = deps.startKeeper(
      api.writeMetricsSnapshot,
      (outcome) => {
        deps.set(
          outcome.kind === 'written'
            ? { lastWrittenAt: outcome.at, error: null }
            : { error: outcome.message },
        );
      },
      resumed,
    );
  };

  const ask = async <T>(call: () => Promise<Result<T>>, then: (value: T) => void) => {
    deps.set({ busy: true });
    try {
      const result = await call();
      if (result.ok) then(result.value);
      else deps.set({ error: result.message });
    } finally {
      deps.set({ busy: false });
    }
  };

  return {
    available: api !== null,
    async resume() {
      deps.set({ available: api !== null });
      if (api === null) return;
      await ask(api.getMetricsFolder, ({ folder }) => {
        keep(folder, true);
      });
    },
    async choose() {
      if (api === null) return;
      await ask(api.chooseMetricsFolder, ({ folder, chosen }) => {
        if (chosen) keep(folder);
      });
    },
    async stop() {
      if (api === null) return;
      await ask(api.stopMetricsFolder, ({ folder }) => {
        keep(folder);
      });
    },
  };
}
