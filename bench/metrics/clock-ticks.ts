// Clock ticks on a long drill: one tick of the clocks, from the tick until React has updated the
// DOM for it, on the run screen and on the presenter view of a drill whose run log holds 300
// notes (two hours of a busy scribe). A tick must repaint only the clocks (RunClocks.tsx,
// PresenterClocks.tsx): if it repainted the page, its cost would grow with the run log. The
// figures come from the app's own user-timing entries (perf-marks.ts). Floor: a one-text-node
// React clock in the blank page, ticked and measured the same way (bench/lib/react-floor-harness.ts).
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { loadDemoData, planDrill, runLog, startDrill } from '../lib/app-steps';
import { blankPageUrl } from '../lib/blank-page';
import { addHarness, bundleHarness } from '../lib/bundle-harness';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';

const NOTES = 300;
const TICKS = 40;
const TICK_MS = 250; // RUN_TICK_MS in RunClocks.tsx

/** Writes `NOTES` notes into the running drill's log, as a scribe would have over two hours. */
async function fillRunLog(page: Page): Promise<void> {
  const drillId = /#\/drills\/([^/]+)\/run/u.exec(page.url())?.[1] ?? '';
  await page.evaluate(
    async ({ drillId, notes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mttr-studio');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error('open failed'));
        };
      });
      // (No helper functions in here: the bundler would wrap them in a name helper the page lacks.)
      // A drill's events are one record in drillRuns; the notes go at the end of its run.
      const now = Date.now();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('drillRuns', 'readwrite');
        const runs = transaction.objectStore('drillRuns');
        const request = runs.get(drillId);
        request.onsuccess = () => {
          const run = request.result as {
            teamId: string;
            events: { seq: number }[];
          };
          const last = run.events.reduce((max, event) => Math.max(max, event.seq), 0);
          const notesAdded = Array.from({ length: notes }, (_, i) => ({
            id: `bench-note-${String(i)}`,
            drillId,
            teamId: run.teamId,
            seq: last + 1 + i,
            at: now - (notes - i) * 10,
            recordedAt: now,
            kind: 'note',
            noteKind: 'observation',
            text: `Observation ${String(i)}: responders checked the load balancer's health page again.`,
          }));
          runs.put({ ...run, events: [...run.events, ...notesAdded] });
        };
        transaction.oncomplete = () => {
          resolve();
        };
        transaction.onerror = () => {
          reject(new Error('write failed'));
        };
      });
      db.close();
    },
    { drillId, notes: NOTES },
  );
}

/** Collects `TICKS` tick-to-DOM measures of the page on screen. */
async function tickSamples(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const store: number[] = [];
    (window as unknown as { ticks: number[] }).ticks = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'mttr:drill-clock-render') store.push(entry.duration);
      }
    }).observe({ type: 'measure' });
  });
  const samples = await page.waitForFunction(
    (n) => {
      const taken = (window as unknown as { ticks: number[] }).ticks;
      return taken.length >= n ? taken : false;
    },
    TICKS,
    { timeout: 60_000 },
  );
  return ((await samples.jsonValue()) as number[]).slice(0, TICKS);
}

/** The floor: a trivial React clock in the blank page, ticked as the app's clocks are. */
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
    TICKS,
    { timeout: 60_000 },
  );
  return ((await samples.jsonValue()) as number[]).slice(0, TICKS);
}

export const clockTicks: MetricSuite = async (context: BenchContext) => {
  const browser = await chromium.launch({
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await loadDemoData(page, context.baseUrl);
    await planDrill(page, context.baseUrl);
    const started = await startDrill(page); // the clocks tick from here
    await fillRunLog(page);
    await page.reload();
    await runLog(page)
      .nth(started + NOTES - 1)
      .waitFor({ state: 'attached' });
    const runScreen = await tickSamples(page);
    await page.keyboard.press('f');
    await page.getByTestId('presenter-total').waitFor();
    const presenter = await tickSamples(page);
    await page.close(); // its clocks stop before the floor's starts
    const floorPage = await browser.newPage();
    await floorPage.goto(blankPageUrl(context.baseUrl));
    const floor = await reactClockFloor(floorPage);
    return [
      { name: 'drill-clock-tick-long-run', unit: 'ms', samples: runScreen, floor },
      { name: 'presenter-clock-tick', unit: 'ms', samples: presenter, floor },
    ] satisfies Measurement[];
  } finally {
    await browser.close();
  }
};
