import { useEffect, useState } from 'react';
import { markClockTick } from './perf-marks';

/**
 * The wall clock, refreshed every `intervalMs` while `enabled`. Only a render trigger: clocks are
 * computed from stored events and this value, so a late or skipped tick (hidden window, sleep)
 * shows the right time at the next render instead of drifting. Returning to the window renders at
 * once rather than waiting for the next tick.
 */
export function useNow(intervalMs: number, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const tick = () => {
      markClockTick();
      setNow(Date.now());
    };
    tick();
    const timer = setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [intervalMs, enabled]);
  return now;
}
