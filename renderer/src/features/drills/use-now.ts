import { useState, useSyncExternalStore } from 'react';
import { markClockTick } from './perf-marks';
import { createTicker, type Ticker } from './ticker';

/** One ticker per interval, shared by every clock on screen, so they all turn over together. */
const tickers = new Map<number, Ticker>();

function tickerFor(intervalMs: number): Ticker {
  let ticker = tickers.get(intervalMs);
  if (ticker === undefined) {
    ticker = createTicker(intervalMs, {
      now: () => Date.now(),
      setInterval: (run, ms) => window.setInterval(run, ms),
      clearInterval: (id) => {
        window.clearInterval(id);
      },
      onVisible: (run) => {
        document.addEventListener('visibilitychange', run);
        return () => {
          document.removeEventListener('visibilitychange', run);
        };
      },
      beforeTick: markClockTick,
    });
    tickers.set(intervalMs, ticker);
  }
  return ticker;
}

const never = () => () => undefined;

/**
 * The wall clock, refreshed every `intervalMs` while `enabled`. Only a render trigger: clocks are
 * computed from stored events and this value, so a late or skipped tick (hidden window, sleep)
 * shows the right time at the next render instead of drifting. Returning to the window renders at
 * once rather than waiting for the next tick.
 *
 * Call it in the smallest component that shows a time (a clock), never in a screen: a tick then
 * re-renders only the clocks, not the page around them.
 */
export function useNow(intervalMs: number, enabled = true): number {
  const [mounted] = useState(() => Date.now());
  const ticker = tickerFor(intervalMs);
  const live = useSyncExternalStore(
    enabled ? ticker.subscribe : never,
    enabled ? ticker.read : () => mounted,
  );
  return enabled ? live : mounted;
}
