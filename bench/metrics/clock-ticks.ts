// Clock ticks on a long drill: one tick of the clocks, from the tick until React has updated the
// DOM for it, on the run screen and on the presenter view of a drill whose run log holds 300
// notes (two hours of a busy scribe). A tick must repaint only the clocks (RunClocks.tsx,
// PresenterClocks.tsx): if it repainted the page, its cost would grow with the run log. The
// figures come from the app's own user-timing entries (perf-marks.ts). Floor: a one-text-node
// React clock in the blank page, ticked and measured the same way (bench/lib/react-floor-harness.ts).
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { loadDemoData, pressRunKey } from '../lib/app-steps';
import { blankPageUrl } from '../lib/blank-page';
import { addHarness, bundleHarness } from '../lib/bundle-harness';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';

const NOTES = 300;
const TICKS = 40;
const TICK_MS = 250; // RUN_TICK_MS in RunClocks.tsx

/** Plans a drill of a built-in scenario for today and opens its run screen. */
async function planAndOpenRun(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}#/drills/new`);
  const form = page.getByRole('form', { name: 'Plan a drill' });
  await form.getByLabel('Scenario').selectOption({ label: 'Instance down with a paging alert' });
  await form
    .getByRole('group', { name: 'Services involved' })
    .getByRole('checkbox')
    .first()
    .check();
  await form.getByLabel('Facilitator').fill('Ana');
  await form.getByLabel('Incident commander').fill('Ben');
  await form.getByLabel('Responders').fill('Cleo');
  await form.getByRole('button', { name: 'Plan drill' }).click();
  // Planning lands on the drill's page; the run is a step of its own.
  await page.waitForURL(/#\/drills\/(?!new$)[^/]+$/u);
  await page.goto(`${page.url()}/run`);
  await page.getByRole('button', { name: /^Start: fault injected/u }).waitFor();
}

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
      const drill = await new Promise<{ teamId: string }>((resolve) => {
        const request = db.transaction('drills').objectStore('drills').get(drillId);
        request.onsuccess = () => {
          resolve(request.result as { teamId: string });
        };
      });
      const now = Date.now();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('drillEvents', 'readwrite');
        for (let i = 0; i < notes; i++) {
          transaction.objectStore('drillEvents').put({
            id: `bench-note-${String(i)}`,
            drillId,
            teamId: drill.teamId,
            seq: 1000 + i,
            at: now - (notes - i) * 10,
            recordedAt: now,
            kind: 'note',
            noteKind: 'observation',
            text: `Observation ${String(i)}: responders checked the load balancer's health page again.`,
          });
        }
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
    await planAndOpenRun(page, context.baseUrl);
    await pressRunKey(page, 'i', 1); // start: the clocks tick from here
    await fillRunLog(page);
    await page.reload();
    await page.getByTestId('timeline').locator('li').nth(NOTES).waitFor({ state: 'attached' });
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
