// When the kept-up-to-date metrics snapshot is rewritten: once when it starts, then after changes,
// debounced. A burst of changes (a restore, a drill's marks a second apart) is one rewrite once it
// settles, and never more than `maxWaitMs` after the first change of the burst, so a long run of
// marks still reaches the dashboard. Writes never overlap: a change during a write asks for one
// more write after it. Timers, the change feed and the write are injected (tested without them).
import type { MetricsSnapshotWritten } from '@shared/metrics-folder';
import type { Result } from '@shared/result';

export type KeeperOutcome =
  | { readonly kind: 'written'; readonly at: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface SnapshotKeeperDeps {
  /** Calls `onChange` after each change to the stored data; returns the unsubscribe function. */
  readonly subscribe: (onChange: () => void) => () => void;
  /** The snapshot's text for the data as it is now. */
  readonly render: () => Promise<string>;
  readonly write: (content: string) => Promise<Result<MetricsSnapshotWritten>>;
  readonly onOutcome: (outcome: KeeperOutcome) => void;
  readonly now: () => number;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly delayMs: number;
  readonly maxWaitMs: number;
  /** When the first write happens: at once for a folder just chosen, later at start-up. */
  readonly firstWriteAfterMs: number;
}

export interface SnapshotKeeper {
  stop(): void;
}

export function startSnapshotKeeper(deps: SnapshotKeeperDeps): SnapshotKeeper {
  const state = { stopped: false, writing: false, again: false };
  // Read through a call: a check after an await must see a stop that happened meanwhile.
  const stopped = () => state.stopped;
  let timer: unknown;
  let firstChangeAt: number | undefined;

  const schedule = (ms: number) => {
    if (timer !== undefined) deps.clearTimer(timer);
    timer = deps.setTimer(() => {
      timer = undefined;
      void run();
    }, ms);
  };

  const onChange = () => {
    if (stopped()) return;
    firstChangeAt ??= deps.now();
    const waited = deps.now() - firstChangeAt;
    schedule(Math.max(0, Math.min(deps.delayMs, deps.maxWaitMs - waited)));
  };

  async function run(): Promise<void> {
    if (stopped()) return;
    if (state.writing) {
      state.again = true;
      return;
    }
    state.writing = true;
    firstChangeAt = undefined;
    try {
      const result = await deps.write(await deps.render());
      if (stopped()) return;
      if (!result.ok) deps.onOutcome({ kind: 'failed', message: result.message });
      else if (result.value.written) deps.onOutcome({ kind: 'written', at: deps.now() });
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!stopped())
        deps.onOutcome({ kind: 'failed', message: `The metrics could not be made: ${reason}` });
    } finally {
      state.writing = false;
    }
    if (state.again && !stopped()) {
      state.again = false;
      schedule(deps.delayMs);
    }
  }

  const unsubscribe = deps.subscribe(onChange);
  schedule(deps.firstWriteAfterMs);
  return {
    stop() {
      state.stopped = true;
      unsubscribe();
      if (timer !== undefined) deps.clearTimer(timer);
      timer = undefined;
    },
  };
}
