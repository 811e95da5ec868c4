// Runs in a blank page during the drill benchmark (bundled by bench/lib/bundle-harness.ts, never
// shipped): the floor of a clock repaint. The same React as the app, one component whose state is
// the time and whose output is one text node, ticked and measured exactly as the run screen's
// clocks are (renderer/src/features/drills/use-now.ts and perf-marks.ts): a mark at the tick, a
// measure when React has updated the DOM for it.
import { createElement, useEffect, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const TICK = 'bench:floor-tick';
const RENDER = 'bench:floor-render';
const samples: number[] = [];

function Clock({ intervalMs }: { readonly intervalMs: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => {
      performance.clearMarks(TICK);
      performance.mark(TICK);
      setNow(Date.now());
    };
    tick();
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [intervalMs]);
  useLayoutEffect(() => {
    if (performance.getEntriesByName(TICK).length === 0) return;
    performance.clearMeasures(RENDER);
    samples.push(performance.measure(RENDER, TICK).duration);
    performance.clearMarks(TICK);
  }, [now]);
  return createElement('span', null, String(now));
}

function start(intervalMs: number): void {
  const container = document.createElement('div');
  document.body.append(container);
  createRoot(container).render(createElement(Clock, { intervalMs }));
}

(window as unknown as { reactFloor: unknown }).reactFloor = {
  start,
  samples: () => [...samples],
};
