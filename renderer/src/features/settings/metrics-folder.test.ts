import { describe, expect, it, vi } from 'vitest';
import type { MetricsFolderApi } from '@shared/metrics-folder';
import { err, ok } from '@shared/result';
import { METRICS_SNAPSHOT_FILE_NAME } from '@shared/metrics-folder';
import { METRICS_FILE_NAMES } from '../../domain/metrics/metrics-files';
import {
  createMetricsFolderController,
  INITIAL_METRICS_FOLDER,
  type MetricsFolderControllerDeps,
  type MetricsFolderState,
} from './metrics-folder';
import type { SnapshotKeeperDeps } from './snapshot-keeper';

function desktop(folder: string | null): MetricsFolderApi {
  let current = folder;
  return {
    getMetricsFolder: vi.fn(() => Promise.resolve(ok({ folder: current }))),
    chooseMetricsFolder: vi.fn(() => {
      current = '/srv/textfiles';
      return Promise.resolve(ok({ folder: current, chosen: true }));
    }),
    stopMetricsFolder: vi.fn(() => {
      current = null;
      return Promise.resolve(ok({ folder: null }));
    }),
    writeMetricsSnapshot: vi.fn(() => Promise.resolve(ok({ written: true }))),
  };
}

function setUp(api: Partial<MetricsFolderApi>) {
  let state: MetricsFolderState = INITIAL_METRICS_FOLDER;
  const stops: ReturnType<typeof vi.fn>[] = [];
  let report: SnapshotKeeperDeps['onOutcome'] = () => undefined;
  const startKeeper = vi.fn<MetricsFolderControllerDeps['startKeeper']>((_write, onOutcome) => {
    report = onOutcome;
    const stop = vi.fn();
    stops.push(stop);
    return { stop };
  });
  const controller = createMetricsFolderController({
    api,
    startKeeper,
    set: (patch) => {
      state = { ...state, ...patch };
    },
  });
  return {
    controller,
    startKeeper,
    stops,
    state: () => state,
    report: (outcome: Parameters<SnapshotKeeperDeps['onOutcome']>[0]) => {
      report(outcome);
    },
  };
}

describe('the kept-up-to-date metrics folder in the app', () => {
  it('writes the file the export names', () => {
    expect(METRICS_SNAPSHOT_FILE_NAME).toBe(METRICS_FILE_NAMES.snapshot);
  });

  it('is not offered in the web shell, and never starts there', async () => {
    const { controller, startKeeper, state } = setUp({});
    await controller.resume();
    await controller.choose();
    expect(state().available).toBe(false);
    expect(controller.available).toBe(false);
    expect(startKeeper).not.toHaveBeenCalled();
  });

  it('is off by default on the desktop', async () => {
    const { controller, startKeeper, state } = setUp(desktop(null));
    await controller.resume();
    expect(state()).toMatchObject({ available: true, folder: null, busy: false });
    expect(startKeeper).not.toHaveBeenCalled();
  });

  it('resumes a folder chosen in an earlier run, and shows each write or failure', async () => {
    const { controller, startKeeper, state, report } = setUp(desktop('/srv/textfiles'));
    await controller.resume();
    expect(state().folder).toBe('/srv/textfiles');
    expect(startKeeper).toHaveBeenCalledOnce();
    expect(startKeeper.mock.calls[0]?.[2]).toBe(true);
    report({ kind: 'written', at: 1000 });
    expect(state()).toMatchObject({ lastWrittenAt: 1000, error: null });
    report({ kind: 'failed', message: 'The folder no longer exists.' });
    expect(state()).toMatchObject({ lastWrittenAt: 1000, error: 'The folder no longer exists.' });
  });

  it('starts when a folder is chosen, restarts for another, and stops', async () => {
    const api = desktop(null);
    const { controller, startKeeper, stops, state } = setUp(api);
    await controller.resume();
    await controller.choose();
    expect(state().folder).toBe('/srv/textfiles');
    expect(startKeeper).toHaveBeenCalledOnce();
    // Chosen just now: written at once.
    expect(startKeeper.mock.calls[0]?.[2]).toBe(false);
    await controller.choose();
    expect(stops[0]).toHaveBeenCalledOnce();
    expect(startKeeper).toHaveBeenCalledTimes(2);
    await controller.stop();
    expect(stops[1]).toHaveBeenCalledOnce();
    expect(state()).toMatchObject({ folder: null, lastWrittenAt: null, error: null });
  });

  it('a cancelled dialog changes nothing; a refused request is shown', async () => {
    const api = {
      ...desktop('/srv/textfiles'),
      chooseMetricsFolder: () => Promise.resolve(ok({ folder: '/srv/textfiles', chosen: false })),
      stopMetricsFolder: () =>
        Promise.resolve(err('io-error', 'The app’s settings could not be written.')),
    };
    const { controller, startKeeper, stops, state } = setUp(api);
    await controller.resume();
    await controller.choose();
    expect(startKeeper).toHaveBeenCalledOnce();
    await controller.stop();
    expect(stops[0]).not.toHaveBeenCalled();
    expect(state()).toMatchObject({
      folder: '/srv/textfiles',
      error: 'The app’s settings could not be written.',
      busy: false,
    });
  });
});
