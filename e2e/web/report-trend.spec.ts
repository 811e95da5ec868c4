import { mkdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { reportRoute, type PaperSize, type ReportPeriod } from '@shared/report-request';
import { shiftDate } from '../../renderer/src/domain/dates/iso-date';
import { resolveReportPeriod } from '../../renderer/src/domain/reports/trend-report';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { dumpDatabase } from '../support/database';
import { printReport, waitForReport, type PrintedReport } from '../support/pdf';
import { AppPage, chooseOption } from './pages/app-page';
import { TrendsPage } from './pages/trends-page';

const PDF_DIR = 'test-results/report-trend';
const SCREENSHOT_DIR = 'e2e/screenshots';

interface Team {
  readonly id: string;
  readonly name: string;
}

/** What the Trends screen shows for a period, to hold the report to. */
interface ScreenFigures {
  readonly completed: number;
  /** "Time to recover 37.5 242.0", "Detect phase 6.9 14.6", … (measure, median, p90). */
  readonly measureRows: readonly string[];
  readonly rates: readonly string[];
  readonly sentence: string;
  readonly categories: readonly string[];
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
const route = (
  teamId: string,
  period: ReportPeriod,
  paper: PaperSize,
  range: { from?: string; to?: string } = {},
) => reportRoute({ target: { kind: 'trend', teamId, period, ...range }, paper });

/** The team the switcher has chosen, with its id from the database. */
async function currentTeam(app: AppPage): Promise<Team> {
  const name = collapse((await app.teamSwitcher().locator('option:checked').textContent()) ?? '');
  const teams = (await dumpDatabase(app.page)).teams as Team[];
  const team = teams.find((t) => t.name === name);
  if (team === undefined) throw new Error(`No stored team named ${name}`);
  return team;
}

/** Today on the browser's calendar, as the report resolves its period. */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

async function readTrendsScreen(page: Page, query: string): Promise<ScreenFigures> {
  const trends = new TrendsPage(page);
  await trends.open(query);
  const completed = await trends.completedCount();
  const measureRows = await trends
    .section('Over time')
    .locator('table.trends-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'))
          .slice(0, 3)
          .map((cell) => cell.textContent.trim())
          .join(' '),
      ),
    );
  const rates = await trends
    .section('Key measures of the standard')
    .locator('.trends-key-value')
    .allTextContents();
  const sentence = collapse((await trends.sentence().textContent()) ?? '');
  const categories = await trends
    .section('Maturity score history')
    .locator('.tc-legend li')
    .allTextContents();
  return { completed, measureRows, rates: rates.slice(2, 5), sentence, categories };
}

/** The screen's comparison set to the report's: period A before, period B this period. */
function comparisonQuery(period: ReportPeriod, today: string): string {
  const resolved = resolveReportPeriod({ period, from: null, to: null }, today, []);
  if (!resolved.ok) throw new Error(resolved.problem.message);
  const { a, b } = resolved.value.compared;
  return `a-from=${a.from ?? ''}&a-to=${a.to ?? ''}&b-from=${b.from ?? ''}&b-to=${b.to ?? ''}`;
}

function expectScreenFigures(printed: PrintedReport, screen: ScreenFigures): void {
  const { text } = printed;
  expect(text).toContain(`${screen.completed} completed drills measured`);
  expect(screen.measureRows).toHaveLength(7);
  for (const row of screen.measureRows) expect(text).toContain(row);
  for (const rate of screen.rates) expect(text).toContain(rate);
  expect(screen.categories.length).toBeGreaterThanOrEqual(3);
  for (const category of screen.categories) expect(text).toContain(category);
  for (const label of ['Runbook usage rate', 'Recovery automation coverage', 'Review rate']) {
    expect(text).toContain(label);
  }
  expect(text).toContain('Latency per phase');
  expect(text).toContain('All services, all severities and all scenarios are included.');
}

function expectPrintedFrame(printed: PrintedReport, team: Team, generated: string): void {
  expect(printed.imageCount).toBe(0);
  expect(printed.pages.length).toBeGreaterThanOrEqual(3);
  expect(printed.pages.length).toBeLessThanOrEqual(12);
  expect(printed.text).toContain(team.name);
  expect(printed.text).toContain(generated);
  expect(printed.text).toContain(`Page 1 of ${printed.pages.length}`);
  expect(printed.text).toContain(`Page ${printed.pages.length} of ${printed.pages.length}`);
}

/**
 * Laid out at the width of an A4 page's text column, nothing is wider than the column: Chromium
 * would otherwise shrink every page of the print to fit the widest line.
 */
async function expectFitsTheColumn(page: Page): Promise<void> {
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  // 210 mm less 2 × 16 mm of margin, at 96 px to the inch.
  await page.setViewportSize({ width: 673, height: 900 });
  const tooWide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > 674)
      .map((element) => `${element.tagName}.${element.className}`),
  );
  expect(tooWide).toEqual([]);
  await page.emulateMedia({ media: null });
  if (viewport !== null) await page.setViewportSize(viewport);
}

test.beforeAll(() => {
  mkdirSync(PDF_DIR, { recursive: true });
});

test.describe('the team trend report on the demo data', () => {
  test.beforeEach(async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
  });

  test('exported from Trends, the report carries the period, filters and comparison on screen', async ({
    page,
  }) => {
    const teamName = (await currentTeam(new AppPage(page))).name;
    const trends = new TrendsPage(page);
    await trends.open(
      'period=all&a-from=2020-01-01&a-to=2025-06-30&b-from=2025-07-01&b-to=2100-01-01',
    );
    await trends.choose('Severity', 'SEV2');
    const service = trends.filters().getByLabel('Service', { exact: true });
    await chooseOption(service, { index: 1 });
    const serviceName = collapse((await service.locator('option:checked').textContent()) ?? '');
    const completed = await trends.completedCount();
    const sentence = collapse((await trends.sentence().textContent()) ?? '');
    const periodNs = await trends
      .section('Compare two periods')
      .locator('fieldset')
      .evaluateAll((sets) => sets.map((set) => /n = (\d+)/u.exec(set.textContent)?.[1] ?? ''));

    await page.getByRole('link', { name: 'Open the report' }).click();
    await waitForReport(page);
    const url = decodeURIComponent(page.url());
    for (const part of ['period=all', 'severity=SEV2', 'a-from=2020-01-01', 'b-to=2100-01-01']) {
      expect(url).toContain(part);
    }
    await expect(page.getByTestId('rt-filters')).toHaveText(
      `Team ${teamName} only; service ${serviceName} only; SEV2 drills only; all scenarios.`,
    );
    await expect(page.locator('.rt-counts')).toHaveText(
      new RegExp(`^${completed} completed drills? measured`, 'u'),
    );
    const reportNs = await page
      .locator('.rt-periods tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => row.lastElementChild?.textContent.replace('⚠ ', '') ?? ''),
      );
    expect(reportNs).toEqual(periodNs);
    expect(collapse((await page.locator('.rt-sentence').textContent()) ?? '')).toBe(sentence);
    await expect(page.locator('.report-trend')).toContainText(
      'The two periods chosen on the Trends screen are compared.',
    );
    // Back returns to the same view of Trends.
    await page
      .getByRole('link', { name: /Trends/u })
      .first()
      .click();
    await expect(page).toHaveURL(/severity=SEV2/u);
    expect(await trends.completedCount()).toBe(completed);
  });

  test('prints all time and the last 12 months on A4 and Letter with the screen’s figures', async ({
    page,
  }) => {
    const team = await currentTeam(new AppPage(page));
    const today = await browserToday(page);
    for (const period of ['all', '12m'] as const) {
      const screen = await readTrendsScreen(page, `period=${period}`);
      const a4 = await printReport(
        page,
        route(team.id, period, 'a4'),
        `${PDF_DIR}/${period}-a4.pdf`,
      );
      const generated = collapse((await page.locator('.report-generated').textContent()) ?? '');
      await expectFitsTheColumn(page);
      const again = await printReport(
        page,
        route(team.id, period, 'a4'),
        `${PDF_DIR}/${period}-a4-again.pdf`,
      );
      const letter = await printReport(
        page,
        route(team.id, period, 'letter'),
        `${PDF_DIR}/${period}-letter.pdf`,
      );
      expect(a4.pageSize).toContain('(A4)');
      expect(letter.pageSize).toMatch(/^612 x 792 pts/u);
      expect(again.pages.length).toBe(a4.pages.length);
      expect(again.text).toBe(a4.text);
      expect(generated).toMatch(/^Generated \d{1,2} [A-Z][a-z]{2} \d{4}$/u);
      expectPrintedFrame(a4, team, generated);
      expectPrintedFrame(letter, team, generated);
      expectScreenFigures(a4, screen);
      expect(letter.text).toContain(`${screen.completed} completed drills measured`);
      expect(a4.fileName).toMatch(
        new RegExp(`^mttr-trend-[a-z0-9-]+-${period}-${today}\\.pdf$`, 'u'),
      );
      expect(a4.text).toContain(period === 'all' ? 'All time: ' : 'Last 12 months: ');
      expect(a4.text).toContain('both days included');
      expect(a4.text).toContain('Fewer than 5 drills: not reliable');
      if (period === '12m') {
        // The comparison the screen makes for the same two periods, word for word.
        const compared = await readTrendsScreen(
          page,
          `period=12m&${comparisonQuery('12m', today)}`,
        );
        expect(a4.text).toContain(compared.sentence);
      } else {
        expect(a4.text).toMatch(/first half is compared with its second half/u);
        expect(a4.text).toMatch(/Period B's median|cannot tell the two periods apart|Too few/u);
      }
    }
  });

  test('a custom period prints its own days and the screen’s count', async ({ page }) => {
    const team = await currentTeam(new AppPage(page));
    const today = await browserToday(page);
    const range = { from: shiftDate(today, { days: -300 }), to: shiftDate(today, { days: -30 }) };
    const day = (date: string) =>
      new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.parse(`${date}T00:00:00Z`));
    const screen = await readTrendsScreen(page, `period=custom&from=${range.from}&to=${range.to}`);
    const printed = await printReport(
      page,
      route(team.id, 'custom', 'a4', range),
      `${PDF_DIR}/custom-a4.pdf`,
    );
    expect(printed.fileName).toContain(`-${range.from}-to-${range.to}-`);
    expect(printed.text).toContain(
      `Dates chosen: ${day(range.from)} to ${day(range.to)}, both days included`,
    );
    expect(printed.text).toContain(
      screen.completed === 0
        ? 'No completed drills in this period'
        : `${screen.completed} completed drill`,
    );

    // Years before any drill: a ready report that says so, not an error.
    const empty = await printReport(
      page,
      route(team.id, 'custom', 'a4', { from: '2001-01-01', to: '2001-12-31' }),
      `${PDF_DIR}/empty-a4.pdf`,
    );
    expect(empty.text).toContain('0 completed drills measured.');
    expect(empty.text).toContain('No completed drills in this period');
    expect(empty.text).toContain('Maturity score history');
    expect(empty.pages.length).toBeLessThanOrEqual(3);
  });

  test('the Trends screen opens and exports the report for its team and period', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls += 1;
      };
    });
    // The stub is installed on the next document load.
    await page.reload();
    const team = await currentTeam(new AppPage(page));
    const trends = new TrendsPage(page);
    await trends.open('period=6m');
    await page.getByRole('link', { name: 'Open the report' }).click();
    await expect(page).toHaveURL(new RegExp(`#/reports/trend/${team.id}\\?.*period=6m`, 'u'));
    await waitForReport(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `${team.name} — Last 6 months`,
    );

    await page.getByRole('link', { name: '← Trends' }).click();
    await expect(trends.counts()).toBeVisible();
    await expect(page).toHaveURL(/period=6m/u);
    await page.getByRole('button', { name: 'Export PDF report…' }).click();
    await expect(page).toHaveURL(new RegExp(`#/reports/trend/${team.id}\\?`, 'u'));
    await waitForReport(page);
    const printCalls = () =>
      page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
    await expect.poll(printCalls).toBe(1);
    // The flag that asked for printing is gone, so nothing prints it again.
    await expect(page).not.toHaveURL(/print=1/u);
    expect(await printCalls()).toBe(1);

    // With every team in scope the screen says the report is per team, and offers none.
    await trends.open('scope=all');
    await expect(page.getByText('PDF reports are per team')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the report' })).toHaveCount(0);
  });

  test('an unknown team gives a plain error', async ({ page }) => {
    await page.goto(`./#${route('no-such-team', '12m', 'a4')}`);
    await expect(page.locator('html')).toHaveAttribute('data-report-state', 'error');
    await expect(page.getByRole('alert').filter({ hasText: /\S/u })).toHaveText(
      'This team no longer exists.',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team trends');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the trend report in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('passes axe and is captured', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.loadDemoData();
      const team = await currentTeam(app);
      await page.goto(`./#${route(team.id, 'all', 'a4')}`);
      // A fresh load, so the demo data's toast does not cover the captured page.
      await page.reload();
      await waitForReport(page);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/report-trend-${colorScheme}.png`,
        fullPage: true,
      });
    });
  });
}
