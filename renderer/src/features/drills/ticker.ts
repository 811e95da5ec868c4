// A shared wall-clock source for the clocks on screen (an external store for useSyncExternalStore).
// It runs only while something listens: the first listener starts the interval, the last one to
// leave stops it, so a screen without a live clock costs nothing.

export interface TickerHost {
  readonly now: () => number;
  readonly setInterval: (run: () => void, ms: number) => number;
  readonly clearInterval: (id: number) => void;
  /** Calls `run` when the window becomes visible again; returns the unsubscribe function. */
  readonly onVisible: (run: () => void) => () => void;
  /** Runs before listeners are told, e.g. to mark the tick for the benchmark. */
  readonly beforeTick?: () => void;
}

export interface Ticker {
  readonly subscribe: (listener: () => void) => () => void;
  /** The time of the last tick; the same value between ticks, as a store's snapshot must be. */
  readonly read: () => number;
}

export function createTicker(intervalMs: number, host: TickerHost): Ticker {
  const listeners = new Set<() => void>();
  let current = host.now();
  let stop: (() => void) | null = null;

  const tick = () => {
    host.beforeTick?.();
    current = host.now();
    for (const listener of [...listeners]) listener();
  };

  const start = () => {
    // A clock that mounts shows the time now, not the time of a tick from before it was there.
    current = host.now();
    const id = host.setInterval(tick, intervalMs);
    const offVisible = host.onVisible(tick);
    stop = () => {
      host.clearInterval(id);
      offVisible();
    };
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (stop === null) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop !== null) {
          stop();
          stop = null;
        }
      };
    },
    read: () => current,
  };
}
