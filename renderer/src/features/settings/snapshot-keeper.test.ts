import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '@shared/result';
import {
  startSnapshotKeeper,
  type KeeperOutcome,
  type SnapshotKeeperDeps,
} from './snapshot-keeper';

const DELAY = 2000;
const MAX_WAIT = 10_000;

function setUp(overrides: Partial<SnapshotKeeperDeps> = {}) {
  let version = 0;
  let change: () => void = () => undefined;
  const written: string[] = [];
  const outcomes: KeeperOutcome[] = [];
  const unsubscribe = vi.fn();
  const deps: SnapshotKeeperDeps = {
    subscribe: (onChange) => {
      change = onChange;
      return unsubscribe;
    },
    render: () => Promise.resolve(`# HELP mttr_studio_v ${String(version)}\n`),
    write: (content) => {
      written.push(content);
      return Promise.resolve(ok({ written: true }));
    },
    onOutcome: (outcome) => {
      outcomes.push(outcome);
    },
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
    delayMs: DELAY,
    maxWaitMs: MAX_WAIT,
    firstWriteAfterMs: 0,
    ...overrides,
  };
  const keeper = startSnapshotKeeper(deps);
  const mutate = () => {
    version += 1;
    change();
  };
  return { keeper, written, outcomes, mutate, unsubscribe };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the kept-up-to-date snapshot', () => {
  it('is written at once when it starts, with the data as it is', async () => {
    const { written, outcomes } = setUp();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['# HELP mttr_studio_v 0\n']);
    expect(outcomes).toEqual([{ kind: 'written', at: 1_700_000_000_000 }]);
  });

  it('waits as long as it is told before its first write (at start-up)', async () => {
    const { written } = setUp({ firstWriteAfterMs: 5000 });
    await vi.advanceTimersByTimeAsync(4999);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toHaveLength(1);
  });

  it('is rewritten once a burst of changes settles, with the last data', async () => {
    const { written, mutate } = setUp();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 5; i++) {
      mutate();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(written).toEqual(['# HELP mttr_studio_v 0\n', '# HELP mttr_studio_v 5\n']);
  });

  it('does not wait past the longest wait when changes keep coming', async () => {
    const { written, mutate } = setUp();
    await vi.advanceTimersByTimeAsync(0);
    // A change every second for 30 s: the debounce alone would never fire.
    for (let i = 0; i < 30; i++) {
      mutate();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(written.length).toBeGreaterThanOrEqual(1 + 2);
    expect(written.length).toBeLessThanOrEqual(1 + 4);
  });

  it('never overlaps two writes: a change during a write is written after it', async () => {
    let release: () => void = () => undefined;
    const started: string[] = [];
    const { mutate } = setUp({
      write: (content) => {
        started.push(content);
        return new Promise((resolve) => {
          release = () => {
            resolve(ok({ written: true }));
          };
        });
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(1);
    mutate();
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(started).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(started).toEqual(['# HELP mttr_studio_v 0\n', '# HELP mttr_studio_v 1\n']);
  });

  it('reports a failed write, and keeps going after it', async () => {
    let fail = true;
    const { outcomes, mutate } = setUp({
      write: () =>
        Promise.resolve(
          fail ? err('io-error', 'The folder no longer exists.') : ok({ written: true }),
        ),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual([{ kind: 'failed', message: 'The folder no longer exists.' }]);
    fail = false;
    mutate();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(outcomes.at(-1)?.kind).toBe('written');
  });

  it('says so when the snapshot cannot be made', async () => {
    const { outcomes } = setUp({ render: () => Promise.reject(new Error('database closed')) });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual([
      { kind: 'failed', message: 'The metrics could not be made: database closed' },
    ]);
  });

  it('reports nothing written when main has no folder (stopped elsewhere)', async () => {
    const { outcomes } = setUp({ write: () => Promise.resolve(ok({ written: false })) });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual([]);
  });

  it('stops: no more writes, and the change feed is let go', async () => {
    const { keeper, written, mutate, unsubscribe } = setUp();
    await vi.advanceTimersByTimeAsync(0);
    mutate();
    keeper.stop();
    await vi.advanceTimersByTimeAsync(MAX_WAIT);
    expect(written).toHaveLength(1);
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
