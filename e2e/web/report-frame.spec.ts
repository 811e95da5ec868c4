// The frame every report shares, whatever the report: the toolbar, the web shell's print flow, and
// the ready signal the exporters wait for — including when the page cannot show a report at all,
// where the signal must say so at once rather than leave an exporter waiting for its timeout.
import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { REPORT_ERROR_ATTRIBUTE, REPORT_STATE_ATTRIBUTE } from '@shared/report-request';
import { readPdf, waitForReport } from '../support/pdf';
import { printCalls, REPORT_KINDS, ReportsPage, stubPrint } from './pages/reports-page';
import { seedDatabase } from './pages/settings-page';

const html = (page: Page) => page.locator('html');

async function openAssessmentReport(page: Page): Promise<ReportsPage> {
  const reports = new ReportsPage(page);
  await reports.app.open();
  await reports.app.loadDemoData();
  await reports.app.goTo('Reports');
  await reports.openLink('Assessment report').click();
  await waitForReport(page);
  return reports;
}

test('the toolbar works from the keyboard, and its export prints without a step in history', async ({
  page,
}) => {
  await stubPrint(page);
  const reports = await openAssessmentReport(page);
  const reportUrl = page.url();
  const toolbar = page.getByRole('navigation', { name: 'Report' });
  const back = toolbar.getByRole('link', { name: /^← /u });
  const paper = toolbar.getByRole('combobox', { name: 'Paper' });
  const exportButton = toolbar.getByRole('button', { name: 'Export PDF…' });

  // Back, paper, export: in reading order, each with a visible focus ring.
  await page.locator('body').focus();
  await reports.app.tabTo(back);
  for (const control of [back, paper, exportButton]) {
    await expect(control).toBeFocused();
    const outline = await control.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
  }

  const backTo = await back.getAttribute('href');
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => printCalls(page)).toEqual(['ready']);
  await expect(page).toHaveURL(reportUrl);
  await expect(back).toHaveAttribute('href', backTo ?? '');
  // "Back" leaves the report, as it did before printing: printing added no history entry.
  await page.goBack();
  await expect(page).toHaveURL(/#\/reports$/u);
});

test('every report view draws under the app’s CSP without breaking it', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const reports = new ReportsPage(page);
  await reports.app.open();
  await reports.app.loadDemoData();
  for (const kind of REPORT_KINDS) {
    await reports.open();
    await reports.openLink(kind).click();
    await waitForReport(page);
    const response = await page.request.get(page.url());
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations, kind).toEqual([]);
  }
});

test('the ready signal comes up where the page gets no animation frames, as a hidden window may not', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await openAssessmentReport(page);
  await expect(html(page)).toHaveAttribute(REPORT_STATE_ATTRIBUTE, 'ready');
});

test('a storage alert on screen is never printed on the report', async ({ page }, testInfo) => {
  await openAssessmentReport(page);
  // What the app does when a write hits a full disk.
  await page.evaluate(() => {
    const reason = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const promise = Promise.reject(reason);
    promise.catch(() => undefined);
    window.dispatchEvent(new PromiseRejectionEvent('unhandledrejection', { promise, reason }));
  });
  const alert = page.getByRole('alert').filter({ hasText: 'The disk is full' });
  await expect(alert).toBeVisible();
  const path = testInfo.outputPath('with-alert.pdf');
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const printed = readPdf(path);
  expect(printed.text).toContain('Payments Platform');
  expect(printed.text).not.toContain('The disk is full');
});

test.describe('a report page that cannot show the report says so through the ready signal', () => {
  const route = '/reports/assessment/3f1c2b9e-0000-4000-8000-000000000000?paper=a4';

  test('when the data is from a newer version', async ({ page }) => {
    await seedDatabase(page, { name: 'mttr-studio', version: 990, stores: [] });
    await page.goto(`./#${route}`);
    await expect(html(page)).toHaveAttribute(REPORT_STATE_ATTRIBUTE, 'error');
    await expect(html(page)).toHaveAttribute(REPORT_ERROR_ATTRIBUTE, /newer version/u);
  });

  test('when the data cannot be opened', async ({ page }) => {
    // What start-up meets when the browser's storage is broken or blocked.
    await page.addInitScript(() => {
      indexedDB.databases = () =>
        Promise.reject(new DOMException('The storage is not available.', 'UnknownError'));
    });
    await page.goto(`./#${route}`);
    await expect(html(page)).toHaveAttribute(REPORT_STATE_ATTRIBUTE, 'error');
    await expect(html(page)).toHaveAttribute(
      REPORT_ERROR_ATTRIBUTE,
      /could not open its data.*The storage is not available/u,
    );
  });

  test('when the report view itself fails to load', async ({ page }) => {
    await page.route('**/assets/AssessmentReportPage-*.js', (request) => request.abort());
    await new ReportsPage(page).app.open();
    await page.goto(`./#${route}`);
    await expect(html(page)).toHaveAttribute(REPORT_STATE_ATTRIBUTE, 'error');
    await expect(html(page)).toHaveAttribute(REPORT_ERROR_ATTRIBUTE, /could not be shown/u);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Something went wrong on this screen',
    );
  });
});
