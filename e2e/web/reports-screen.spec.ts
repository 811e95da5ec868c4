import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { readPdf, waitForReport } from '../support/pdf';
import { AppPage } from './pages/app-page';
import { printCalls, REPORT_KINDS, ReportsPage, stubPrint } from './pages/reports-page';

const TEAM = 'Payments Platform';

async function reportsWithDemo(page: Page): Promise<ReportsPage> {
  const reports = new ReportsPage(page);
  await reports.app.open();
  await reports.app.loadDemoData();
  await reports.app.switchTeam(TEAM);
  await reports.app.goTo('Reports');
  return reports;
}

/** "20 Mar 2026" out of a choice's text such as "20 Mar 2026 (final)". */
const dateOf = (choice: string) => /^\d{1,2} \w{3,4} \d{4}/u.exec(choice)?.[0] ?? choice;

/** The paper the view is laid out for, as the printed PDF's page size says it. */
async function printedPageSize(page: Page, path: string): Promise<string> {
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return readPdf(path).pageSize;
}

test.describe('the Reports screen', () => {
  test('each kind opens its view for the chosen record, period and paper', async ({
    page,
  }, testInfo) => {
    const reports = await reportsWithDemo(page);
    await reports.choosePaper('US Letter');

    // An older final assessment than the one offered first.
    const assessment = await reports.chooseAt('Assessment report', 1);
    expect(assessment).toMatch(/\(final\)$/u);
    await reports.openLink('Assessment report').click();
    await waitForReport(page);
    await expect(page).toHaveURL(/#\/reports\/assessment\/[^?]+\?paper=letter&back=/u);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(dateOf(assessment));
    await expect(page.getByRole('main')).toContainText(TEAM);
    await expect(page.getByRole('combobox', { name: 'Paper' })).toHaveValue('letter');
    expect(await printedPageSize(page, testInfo.outputPath('assessment.pdf'))).toContain(
      '612 x 792',
    );

    // "Back" in the browser returns to the same choices (they are kept in the URL).
    await page.goBack();
    await expect(reports.choice('Assessment report').locator('option:checked')).toHaveText(
      assessment,
    );
    await reports.choosePaper('A4');
    const drill = await reports.chooseAt('Drill report', 2);
    // Date and title; a drill stopped early says so after them.
    const [date, title, status] = drill.split(' · ');
    expect([undefined, 'aborted']).toContain(status);
    await reports.openLink('Drill report').click();
    await waitForReport(page);
    await expect(page).toHaveURL(/#\/reports\/drill\/[^?]+\?paper=a4&back=/u);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title ?? '');
    await expect(page.getByRole('main')).toContainText(date ?? '');
    expect(await printedPageSize(page, testInfo.outputPath('drill.pdf'))).toContain('(A4)');

    await page.goBack();
    await reports.choosePeriod('Last 6 months');
    await reports.openLink('Team trend report').click();
    await waitForReport(page);
    await expect(page).toHaveURL(/#\/reports\/trend\/[^?]+\?paper=a4&period=6m&back=/u);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TEAM);
    await expect(page.getByRole('main')).toContainText(/last 6 months/iu);

    // The report's own "Back" (the desktop shell has no browser Back) returns to the same choices.
    await page.getByRole('link', { name: '← Reports' }).click();
    await expect(reports.app.heading()).toHaveText('Reports');
    await expect(reports.choice('Team trend report')).toHaveValue('6m');
    await expect(reports.choice('Drill report').locator('option:checked')).toHaveText(drill);
    await expect(reports.paper().getByRole('radio', { name: /^A4/u })).toBeChecked();
  });

  test('Export PDF… opens the view and prints it once, after the ready signal', async ({
    page,
  }) => {
    await stubPrint(page);
    const reports = await reportsWithDemo(page);
    for (const kind of REPORT_KINDS) {
      await reports.exportButton(kind).click();
      await waitForReport(page);
      await expect.poll(() => printCalls(page)).toEqual(['ready']);
      // The flag that asked for printing is gone, so nothing prints it again…
      await expect(page).not.toHaveURL(/print=1/u);
      // …not a change of paper in the view…
      await page.getByRole('combobox', { name: 'Paper' }).selectOption('letter');
      await waitForReport(page);
      await expect(page).toHaveURL(/paper=letter/u);
      expect(await printCalls(page)).toEqual(['ready']);
      // …nor a reload (a new document: its own count starts again at none).
      await page.reload();
      await waitForReport(page);
      expect(await printCalls(page)).toEqual([]);
      await reports.open();
    }
  });

  test('a period of my own dates is checked before anything opens or prints', async ({ page }) => {
    await stubPrint(page);
    const reports = await reportsWithDemo(page);
    const card = reports.card('Team trend report');
    await reports.choosePeriod('Dates I choose');
    await expect(reports.firstDay()).toBeVisible();
    // No complaint before the user has done anything with the dates.
    await expect(card.locator('.error')).toHaveCount(0);

    await reports.openLink('Team trend report').click();
    await expect(card).toContainText('Choose the first day of the period.');
    await expect(card).toContainText('Choose the last day of the period.');
    await expect(reports.firstDay()).toBeFocused();
    await expect(reports.firstDay()).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/#\/reports\?/u);

    await reports.firstDay().fill('2026-03-31');
    await reports.lastDay().fill('2026-01-01');
    await expect(card).toContainText(
      'The last day must be on or after the first day (31 Mar 2026).',
    );
    await expect(reports.firstDay()).toHaveAttribute('aria-invalid', 'false');
    await reports.exportButton('Team trend report').click();
    await expect(reports.lastDay()).toBeFocused();
    await expect(page).toHaveURL(/#\/reports\?/u);
    expect(await printCalls(page)).toEqual([]);
    await expectNoSeriousA11yViolations(page);
    await card.screenshot({ path: 'e2e/screenshots/reports-period-errors-light.png' });

    await reports.lastDay().fill('2026-04-30');
    await expect(card.locator('.error')).toHaveCount(0);
    await reports.openLink('Team trend report').click();
    await waitForReport(page);
    await expect(page).toHaveURL(/period=custom&from=2026-03-31&to=2026-04-30&back=/u);
    await expect(page.getByRole('main')).toContainText('31 Mar 2026');
    await expect(page.getByRole('main')).toContainText('30 Apr 2026');
    expect(await printCalls(page)).toEqual([]);
  });

  test('a report is exported with the keyboard alone, focus always visible', async ({ page }) => {
    await stubPrint(page);
    const reports = await reportsWithDemo(page);
    const expectVisibleFocus = async () => {
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement ?? document.body);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline).not.toMatch(/^none|\s0px$/u);
    };
    const letter = reports.paper().getByRole('radio', { name: /^US Letter/u });
    const a4 = reports.paper().getByRole('radio', { name: /^A4/u });
    await reports.app.tabTo(reports.paper());
    await expectVisibleFocus();
    // Arrow keys move between the radio buttons of a group and choose the one reached.
    await page.keyboard.press((await a4.isChecked()) ? 'ArrowDown' : 'Space');
    await expect(letter).toBeChecked();

    await reports.app.tabTo(reports.choice('Drill report'));
    await expectVisibleFocus();
    const secondDrill =
      (await reports.choice('Drill report').locator('option').nth(1).textContent()) ?? '';
    await page.keyboard.press('ArrowDown');
    // The choice lives in the URL: the select shows it once the router has moved.
    await expect(reports.choice('Drill report').locator('option:checked')).toHaveText(secondDrill);
    const drill = secondDrill;

    await reports.app.tabTo(reports.exportButton('Drill report'));
    await expect(reports.exportButton('Drill report')).toBeFocused();
    await expectVisibleFocus();
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await expect.poll(() => printCalls(page)).toEqual(['ready']);
    await expect(page).toHaveURL(/#\/reports\/drill\/[^?]+\?paper=letter$/u);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      drill.split(' · ')[1] ?? '',
    );
  });

  test('without a team, and for a team with nothing recorded yet', async ({ page }) => {
    const reports = new ReportsPage(page);
    await reports.open();
    const noTeam = page.getByRole('region', { name: 'No team yet' });
    await expect(noTeam).toBeVisible();
    await expect(noTeam.getByRole('link', { name: 'Create your first team' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Assessment report' })).toHaveCount(0);

    await reports.app.open();
    await page.getByRole('form', { name: 'Create a team' }).getByLabel('Team name').fill('Search');
    await page.getByRole('button', { name: 'Create first team' }).click();
    await expect(reports.app.heading()).toHaveText('Search');
    await reports.app.goTo('Reports');
    const assessment = reports.card('Assessment report');
    await expect(assessment).toContainText('Search has no assessments yet.');
    await expect(reports.choice('Assessment report')).toHaveCount(0);
    await expect(reports.openLink('Assessment report')).toHaveCount(0);
    const drill = reports.card('Drill report');
    await expect(drill).toContainText('No drill of Search has run yet.');
    await expect(reports.exportButton('Drill report')).toHaveCount(0);
    // A trend report is always there to print: it says what there is, even nothing yet.
    await expect(reports.openLink('Team trend report')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: 'e2e/screenshots/reports-empty-team-light.png', fullPage: true });

    await assessment.getByRole('link', { name: 'Start an assessment' }).click();
    await expect(page).toHaveURL(/#\/assessments\/new$/u);
    await reports.app.goTo('Reports');
    await drill.getByRole('link', { name: 'Plan a drill' }).click();
    await expect(page).toHaveURL(/#\/drills\/new$/u);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the Reports screen in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('passes axe with every kind available', async ({ page }) => {
      const reports = await reportsWithDemo(page);
      for (const kind of REPORT_KINDS) await expect(reports.openLink(kind)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/reports-${colorScheme}.png`, fullPage: true });
    });
  });
}

test('the Reports screen is reached from the navigation', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  await app.goTo('Reports');
  await expect(app.heading()).toHaveText('Reports');
  await expect(page.getByRole('heading', { level: 2, name: /^Reports on / })).toBeVisible();
});
