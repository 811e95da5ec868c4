// User-timing entries the benchmark reads (bench/metrics/drill-marks.ts). Each name keeps only its
// latest entry, so a drill running for hours does not grow the browser's timing buffer; the bench
// collects them with a PerformanceObserver as they are made.
import { useLayoutEffect } from 'react';
import type { EpochMs } from '../../domain/records/common';

export const MARK_DURABLE = 'mttr:drill-mark-durable';
export const CLOCK_TICK = 'mttr:drill-clock-tick';
export const CLOCK_RENDER = 'mttr:drill-clock-render';

/** From the input event that caused a mark to the moment its write committed. */
export function measureMarkDurable(inputAt: EpochMs): void {
  performance.clearMeasures(MARK_DURABLE);
  performance.measure(MARK_DURABLE, {
    start: inputAt - performance.timeOrigin,
    end: performance.now(),
  });
}

export function markClockTick(): void {
  performance.clearMarks(CLOCK_TICK);
  performance.mark(CLOCK_TICK);
}

/** From a clock tick to the screen's DOM being updated for it (before the browser paints). */
export function useClockRenderMeasure(now: number): void {
  useLayoutEffect(() => {
    if (performance.getEntriesByName(CLOCK_TICK).length === 0) return;
    performance.clearMeasures(CLOCK_RENDER);
    performance.measure(CLOCK_RENDER, CLOCK_TICK);
    performance.clearMarks(CLOCK_TICK);
  }, [now]);
}
