// Drill marks: how long from a mark's key press until the mark is durable (its IndexedDB write
// committed with strict durability), over 200 marks, and the cost of one clock repaint (a tick to
// the run screen's DOM updated). Both come from the app's own user-timing entries
// (renderer/src/features/drills/perf-marks.ts), collected by an observer as they are made.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';

const MARKS = 200;
const REPAINTS = 40;

function percentile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

async function planAndStart(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await page.getByText(/Demo data loaded/).waitFor();
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
  await page.waitForURL(/\/run$/);
  await page.getByTestId('total-clock').waitFor();
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

export const drillMarks: MetricSuite = async (context: BenchContext) => {
  const browser = await chromium.launch({
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await planAndStart(page, context.baseUrl);
    await page.keyboard.press('n'); // start
    // Mark "detected", then undo it, 200 times: each N is one real mark written and committed.
    // Each cycle adds two entries to the run log, so waiting on the log's length (not a status
    // text that repeats) keeps every press after the previous one was recorded.
    const log = page.getByTestId('timeline').locator('li');
    for (let i = 0; i < MARKS; i++) {
      await page.keyboard.press('n');
      await log.nth(2 * i + 1).waitFor({ state: 'attached' });
      await page.keyboard.press('u');
      await log.nth(2 * i + 2).waitFor({ state: 'attached' });
    }
    await page.waitForFunction(
      (n) => (window as unknown as { bench: { repaint: number[] } }).bench.repaint.length >= n,
      REPAINTS,
      { timeout: 60_000 },
    );
    const { durable, repaint } = await page.evaluate(
      () => (window as unknown as { bench: { durable: number[]; repaint: number[] } }).bench,
    );
    // The first entry is the start mark; the 200 measured marks follow.
    const marks = durable.slice(1, MARKS + 1);
    return [
      { name: 'drill-mark-durable-median', unit: 'ms', samples: marks },
      { name: 'drill-mark-durable-p95', unit: 'ms', samples: [percentile(marks, 0.95)] },
      { name: 'drill-clock-repaint', unit: 'ms', samples: repaint.slice(0, REPAINTS) },
    ] satisfies Measurement[];
  } finally {
    await browser.close();
  }
};
