import { expect, test } from '../support/test';
import { AppPage, chooseOption } from './pages/app-page';

const RESULT =
  /^(\d+|< 1) min · ((within the \d+ min target)|((\d+|< 1) min over target)|(no target))$|^not measured/u;

test('the drills list says how each completed drill recovered against its target, in words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  await app.goTo('Drills');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Status · time to recover' })).toBeVisible();
  await chooseOption(page.getByLabel('Status'), 'completed');
  const rows = table.locator('tbody tr');
  const results = await rows.locator('.recovery').allTextContents();
  expect(results).toHaveLength(await rows.count());
  expect(results.length).toBeGreaterThan(3);
  for (const text of results) expect(text).toMatch(RESULT);
  // A season of game days: some met their target and some did not, and the words say which.
  expect(results.some((text) => text.includes('within the'))).toBe(true);
  expect(results.some((text) => text.includes('over target'))).toBe(true);

  // The same figure as the drill's own page, in whole minutes.
  const first = table.locator('tbody tr').first();
  const listed = Number(/^(\d+) min/u.exec(results[0] ?? '')?.[1] ?? Number.NaN);
  await first.getByRole('link').click();
  const measure = page.getByTestId('measure-timeToRecover');
  const parts = ((await measure.textContent()) ?? '').split(':').map(Number);
  const [h = 0, m = 0, s = 0] = parts.length === 3 ? parts : [0, ...parts];
  expect(Math.abs(h * 60 + m + s / 60 - listed)).toBeLessThanOrEqual(0.5);

  // Wider by a column, the list still fits the window.
  await app.goTo('Drills');
  await expect(table).toBeVisible();
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
});
