import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { AppPage, chooseOption } from './pages/app-page';
import { TeamsPage } from './pages/teams-page';
import { TrendsPage } from './pages/trends-page';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

const SECTIONS = [
  'Over time',
  'Distribution of recovery times',
  'Phase breakdown',
  'Scenario re-runs',
  'Key measures of the standard',
  'Compare two periods',
  'Maturity score history',
];

async function completedDrillsInDrillsScreen(app: AppPage): Promise<number> {
  await app.goTo('Drills');
  await chooseOption(app.page.getByLabel('Status'), 'completed');
  return app.page.locator('table.drill-table tbody tr').count();
}

test.describe('Trends on the demo data', () => {
  test.beforeEach(async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
  });

  test('every view renders with plausible figures, and n matches the Drills screen', async ({
    page,
  }) => {
    const app = new AppPage(page);
    const completed = await completedDrillsInDrillsScreen(app);
    expect(completed).toBeGreaterThan(5);

    const trends = new TrendsPage(page);
    await trends.open('period=all');
    expect(await trends.completedCount()).toBe(completed);
    for (const heading of SECTIONS) {
      await expect(trends.section(heading)).toBeVisible();
    }
    expect(await trends.figure('n')).toBe(completed);
    const median = await trends.figure('Median');
    expect(median).toBeGreaterThan(1);
    expect(median).toBeLessThan(8 * 60);
    expect(await trends.figure('p90')).toBeGreaterThanOrEqual(median);
    // Every chart is an image with a name, and its data table is one keyboard press away.
    const charts = page.getByRole('img');
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    await expect(trends.section('Maturity score history').getByRole('img')).toHaveAttribute(
      'aria-label',
      /latest \d\.\d/,
    );
    await expect(trends.sentence()).toHaveText(/period|drills/);
  });

  test('a filter changes the figures and stays in the URL across a reload', async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.open('period=all');
    const all = await trends.completedCount();
    await trends.choose('Severity', 'SEV2');
    await expect(page).toHaveURL(/severity=SEV2/);
    await expect.poll(() => trends.completedCount()).toBeLessThan(all);
    const sev2 = await trends.completedCount();
    expect(await trends.figure('n')).toBe(sev2);
    // Opened directly (the route loads lazily), the screen logs no error or warning.
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
    });
    await page.reload();
    await expect(trends.filters().getByLabel('Severity')).toHaveValue('SEV2');
    expect(logged).toEqual([]);
    expect(await trends.completedCount()).toBe(sev2);
  });

  test('a group of fewer than 5 drills is flagged in words', async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.open('period=all');
    // Find a severity with 1 to 4 completed drills for this team (the demo data has some).
    let n = 0;
    for (const severity of ['SEV4', 'SEV3', 'SEV1', 'SEV2']) {
      await trends.choose('Severity', severity);
      await expect(page).toHaveURL(new RegExp(`severity=${severity}`));
      n = await trends.completedCount();
      if (n > 0 && n < 5) break;
    }
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(5);
    await expect(trends.section('Over time').locator('.trends-warning')).toHaveText(
      `⚠ Fewer than 5 drills: not reliable (n = ${n}).`,
    );
    await expect(trends.section('Phase breakdown').locator('.trends-warning')).toContainText(
      'Fewer than 5 drills: not reliable',
    );
  });

  test('comparing two periods gives a plain sentence', async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.open(
      'scope=all&period=all&a-from=2000-01-01&a-to=2100-01-01&b-from=2000-01-01&b-to=2100-01-01',
    );
    // The same drills in both periods: the data cannot tell them apart.
    await expect(trends.sentence()).toHaveText(
      /^With these drills the data cannot tell the two periods apart: the difference in median recovery time could be anywhere from −?[\d.]+ to \+?[\d.]+ minutes\.$/,
    );
    await trends.open('scope=all&period=all');
    await expect(trends.sentence()).toHaveText(
      /(cannot tell the two periods apart|Period B's median recovery time is|Too few drills to compare)/,
    );
  });
});

test('a team with no drills sees what to do, not empty charts', async ({ page }) => {
  const teams = new TeamsPage(page);
  await teams.open();
  await teams.createTeam('Search Infra');
  const trends = new TrendsPage(page);
  await trends.open();
  await expect(trends.counts()).toHaveText('0 completed drills measured.');
  const empty = page.getByRole('region', { name: 'No completed drills in these filters' });
  await expect(empty.getByRole('link', { name: 'plan and run a drill' })).toBeVisible();
  await expect(trends.section('Maturity score history')).toContainText('No final assessment yet');
  await expect(trends.sentence()).toHaveText(/^Too few drills to compare/);
  await expectNoSeriousA11yViolations(page);
});

/** The Trends screen on the demo data, with the filters in `query`. */
async function trendsWithDemoData(page: Page, query: string): Promise<TrendsPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const trends = new TrendsPage(page);
  await trends.open(query);
  return trends;
}

// One view per test: each stays short on a slow machine, and a failure names its view.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Trends in the ${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 900 } });

    test('passes axe with every section open', async ({ page }) => {
      const trends = await trendsWithDemoData(page, 'period=all');
      await expect(trends.section('Maturity score history').getByRole('img')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `trends-${colorScheme}`);
      // Close-ups at real size, to check the charts are readable (full-page shots are scaled).
      for (const [name, heading] of [
        ['over-time', 'Over time'],
        ['breakdown', 'Phase breakdown'],
        ['reruns', 'Scenario re-runs'],
      ] as const) {
        await trends
          .section(heading)
          .screenshot({ path: `e2e/screenshots/trends-${name}-${colorScheme}.png` });
      }
    });

    test('passes axe with a data table and the computation notes open', async ({ page }) => {
      const trends = await trendsWithDemoData(page, 'period=all');
      await expect(trends.section('Maturity score history').getByRole('img')).toBeVisible();
      await page.getByText('Show the data').first().click();
      // The table is built when it is opened, with its caption and rows.
      const data = page.locator('details.tc-data[open]').first().getByRole('table');
      await expect(data).toBeVisible();
      await expect(data.getByRole('row').nth(1)).toBeVisible();
      await page.getByText('How figures are computed').click();
      await expectNoSeriousA11yViolations(page);
    });

    test('passes axe with every team, grouped by team', async ({ page }) => {
      const trends = await trendsWithDemoData(page, 'scope=all&period=all&group=team');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `trends-all-teams-${colorScheme}`);
      for (const [name, heading] of [
        ['compare', 'Compare two periods'],
        ['maturity', 'Maturity score history'],
      ] as const) {
        await trends
          .section(heading)
          .screenshot({ path: `e2e/screenshots/trends-${name}-${colorScheme}.png` });
      }
    });
  });
}
