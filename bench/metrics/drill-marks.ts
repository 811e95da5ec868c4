// Drill marks: how long from a mark's key press until the mark is durable (its IndexedDB write
// committed with strict durability), over 200 marks, and the cost of one clock repaint (a tick to
// the run screen's DOM updated). Both come from the app's own user-timing entries
// (renderer/src/features/drills/perf-marks.ts), collected by an observer as they are made.
// Floors, in the blank page of the same browser (bench/lib/blank-page.ts): after every mark, a
// bare strict write of one small record (bench/lib/idb-floor.ts); after the marks, once the run
// screen is closed, a one-text-node React clock (bench/lib/react-floor-harness.ts), ticked and
// measured as the run screen's clocks are.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { loadDemoData, planDrill, pressRunKey, startDrill } from '../lib/app-steps';
import { blankPageUrl } from '../lib/blank-page';
import { addHarness, bundleHarness } from '../lib/bundle-harness';
import { bareStrictWrite } from '../lib/idb-floor';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';

const MARKS = 200;
const REPAINTS = 40;
const TICK_MS = 250; // the run screen's clock interval (RunPage.tsx)

function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

async function observeRunTimings(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = { durable: [] as number[], repaint: [] as number[] };
    (window as unknown as { bench: typeof store }).bench = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'mttr:drill-mark-durable') store.durable.push(entry.duration);
        if (entry.name === 'mttr:drill-clock-render') store.repaint.push(entry.duration);
      }
    }).observe({ type: 'measure' });
  });
}

/** 200 marks on the run screen, each followed by its floor; the clock's repaints on the way. */
async function markAndUndo(page: Page, floorPage: Page) {
  const started = await startDrill(page); // the go / no-go, then the start: fault injected
  await bareStrictWrite(floorPage); // warm-up, as the start mark is for the marks
  // Mark "detected", then undo it, 200 times: each N is one real mark written and committed.
  // Each cycle adds two entries to the run log, so waiting on the log's length (not a status
  // text that repeats) keeps every press after the previous one was recorded.
  const floor: number[] = [];
  for (let i = 0; i < MARKS; i++) {
    await pressRunKey(page, 'n', started + 2 * i + 1);
    await pressRunKey(page, 'u', started + 2 * i + 2);
    floor.push(await bareStrictWrite(floorPage));
  }
  await page.waitForFunction(
    (n) => (window as unknown as { bench: { repaint: number[] } }).bench.repaint.length >= n,
    REPAINTS,
    { timeout: 60_000 },
  );
  const { durable, repaint } = await page.evaluate(
    () => (window as unknown as { bench: { durable: number[]; repaint: number[] } }).bench,
  );
  // The measured marks are the last 200 entries: a start through the go / no-go dialog is not
  // timed as a mark, one started by I alone is.
  return { marks: durable.slice(-MARKS), repaint: repaint.slice(0, REPAINTS), floor };
}

/** The repaint floor: a trivial React clock in the blank page. */
async function reactClockFloor(page: Page): Promise<number[]> {
  const harness = await bundleHarness('bench/lib/react-floor-harness.ts', 'reactFloorHarness');
  await addHarness(page, 'bench-react-floor.js', harness);
  await page.evaluate((ms) => {
    (window as unknown as { reactFloor: { start(ms: number): void } }).reactFloor.start(ms);
  }, TICK_MS);
  const samples = await page.waitForFunction(
    (n) => {
      const taken = (
        window as unknown as { reactFloor: { samples(): number[] } }
      ).reactFloor.samples();
      return taken.length >= n ? taken : false;
    },
    REPAINTS,
    { timeout: 60_000 },
  );
  return ((await samples.jsonValue()) as number[]).slice(0, REPAINTS);
}

export const drillMarks: MetricSuite = async (context: BenchContext) => {
  const browser = await chromium.launch({
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const floorPage = await browser.newPage();
    await floorPage.goto(blankPageUrl(context.baseUrl));
    await loadDemoData(page, context.baseUrl);
    await planDrill(page, context.baseUrl);
    await observeRunTimings(page);
    const { marks, repaint, floor } = await markAndUndo(page, floorPage);
    await page.close(); // its clock stops ticking before the floor's starts
    const repaintFloor = await reactClockFloor(floorPage);
    return [
      { name: 'drill-mark-durable-median', unit: 'ms', samples: marks, floor },
      {
        name: 'drill-mark-durable-p95',
        unit: 'ms',
        samples: [percentile(marks, 0.95)],
        floor: [percentile(floor, 0.95)],
      },
      { name: 'drill-clock-repaint', unit: 'ms', samples: repaint, floor: repaintFloor },
    ] satisfies Measurement[];
  } finally {
    await browser.close();
  }
};
