// The facilitator's kit, end to end: a drill planned from a scenario carries its script; the run
// is driven by keyboard (go / no-go, injects, a hint, checklist ticks), the review records the
// results, and the drill's page and its PDF report say all of it with times. A second drill hits
// a stop condition, which aborts it with that reason in one step. The results recorded in reviews
// filter Trends and its trend report.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { reportRoute } from '@shared/report-request';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { printReport, waitForReport } from '../support/pdf';
import { AppPage } from './pages/app-page';
import { DrillPlanPage, DrillRunPage } from './pages/drill-run-page';
import { TrendsPage } from './pages/trends-page';

const CFO = 'Tell the incident commander the load balancer shows one target unhealthy.';
const CUSTOMER = 'Tell responders a customer reports slow checkouts.';
const HINT = 'Look at the load balancer’s target health page.';
const RUNBOOK_1 = 'Confirm which instance is unhealthy and that traffic has moved away from it.';
const RUNBOOK_2 = 'Check error rates and latency of the remaining instances.';
const OBSERVER_1 = 'The page is acknowledged in the incident channel.';
const TIME = /\+\d+:\d{2} \(\d{2}:\d{2}:\d{2}\)/u;

test('a scenario’s inject that is not a duration is refused and changes nothing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('/drills/scenarios/new');
  const form = page.getByRole('form', { name: 'New scenario' });
  await form.getByLabel('Name').fill('Queue backlog');
  await form.getByLabel('Description').fill('A consumer stops.');
  await form.getByLabel('Hypothesis template').fill('We notice within 10 minutes.');
  await form.getByLabel('Injection steps').fill('Stop the consumer');
  await form.getByLabel('Injects').fill('T+5m Fine\nT+5x Tell them the queue is full');
  await form.getByRole('button', { name: 'Save scenario' }).click();
  await expect(form.getByText('Line 2: “T+5x” is not a duration.', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/#\/drills\/scenarios\/new$/u);
  await expectNoSeriousA11yViolations(page);
  await page.goto('./#/drills/scenarios');
  await expect(page.getByText('Queue backlog')).toHaveCount(0);
});

test('a drill runs with its kit by keyboard, and its page and report show it with times', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const plan = new DrillPlanPage(page);
  await plan.open();
  await plan
    .form()
    .getByLabel('Scenario')
    .selectOption({ label: 'Instance down with a paging alert' });
  // The plan shows what the drill will take from the scenario.
  const taken = page.getByRole('region', { name: 'Copied into the drill when planned' });
  await expect(taken).toContainText(CFO);
  await expect(taken).toContainText('Health-check failures on the load balancer');
  const drillId = await plan.plan('Kit drill');
  await expect(page.getByRole('region', { name: 'From the scenario' })).toContainText(RUNBOOK_1);
  // Role cards print for the room before the run: one card per role.
  await expect(page.getByRole('link', { name: 'Role cards' })).toBeVisible();
  const cards = await printReport(
    page,
    reportRoute({ target: { kind: 'role-cards', drillId }, paper: 'a4' }),
    'test-results/facilitator-kit/role-cards-a4.pdf',
  );
  await expectNoSeriousA11yViolations(page);
  expect(cards.fileName).toMatch(/^mttr-role-cards-.*kit-drill-\d{4}-\d{2}-\d{2}\.pdf$/u);
  for (const line of [
    'Facilitator Ana Facilitator',
    'Incident commander Ben Commander',
    'Scribe Not named',
    'Responders Cleo, Dev',
    'Observers Not named',
    'Expected actions to tick',
  ]) {
    expect(cards.text).toContain(line);
  }
  // Injects are on the facilitator's card only: it comes first, before the incident commander's.
  expect(cards.text.indexOf(CFO)).toBeLessThan(cards.text.indexOf('Incident commander Ben'));
  expect(cards.text.split(CFO)).toHaveLength(2);

  const run = new DrillRunPage(page);
  await run.open(drillId);
  await expect(page.getByTestId('stop-conditions')).toContainText('Data loss or corruption');
  await page.keyboard.press('i');
  await expect(page.getByRole('dialog', { name: 'Go / no-go' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await run.start();

  await run.markNext('Detected');
  await run.giveHint(HINT);
  await run.markNext('Acknowledged');
  // Diagnose has started: its inject is due and first in the list.
  const due = page.getByTestId('due-injects').locator('li').first();
  await expect(due).toContainText('Due');
  await expect(due).toContainText(CFO);
  await expectNoSeriousA11yViolations(page);
  await run.deliverInject(CFO);
  await run.deliverInject(CUSTOMER);
  await expect(page.getByRole('region', { name: 'Injects' })).toContainText(
    'All 2 injects delivered or skipped.',
  );
  await run.tickChecklist(RUNBOOK_1);
  await run.tickChecklist(RUNBOOK_2);
  // Runbook items 3 and 4 are not ticked; the observer list follows them.
  await run.tickChecklist(OBSERVER_1, 2);
  for (const label of ['Diagnosed', 'Mitigated', 'Recovered']) await run.markNext(label);
  await run.close(drillId);

  const review = page.getByRole('form', { name: 'Drill review' });
  await review.getByRole('radio', { name: 'Unsure: the drill could not tell' }).check();
  await review.getByRole('radio', { name: 'By people' }).check();
  await review.getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(
    page.getByRole('region', { name: 'Results and the facilitator’s kit' }),
  ).toContainText('3 of 7 (43 %)');
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}$`, 'u'));

  const results = page.getByTestId('drill-results');
  await expect(results).toContainText('Unsure');
  await expect(results).toContainText('By people');
  await expect(results).toContainText('3 of 7 (43 %)');
  const kit = page.getByRole('region', { name: 'Results and the facilitator’s kit' });
  const row = (text: string) => kit.getByRole('row').filter({ hasText: text });
  await expect(row(CFO)).toContainText(/Delivered\s*\+\d+:\d{2}/u);
  await expect(row(HINT)).toContainText('Given');
  await expect(row(RUNBOOK_1)).toContainText('Done');
  await expect(row('Replace or restart the instance.')).toContainText('Not done');
  await expect(row('Blast radius agreed')).toContainText('Confirmed by Ana Facilitator');
  await expectNoSeriousA11yViolations(page);

  const printed = await printReport(
    page,
    reportRoute({ target: { kind: 'drill', drillId }, paper: 'a4' }),
    'test-results/facilitator-kit/kit-drill-a4.pdf',
  );
  const text = printed.text;
  expect(text).toContain('From the scenario');
  expect(text).toContain('Health-check failures on the load balancer');
  expect(text).toContain('Facilitator’s kit');
  // Table cells wrap in the PDF, so each row is read by its outcome and times.
  expect(text).toMatch(new RegExp(`T\\+5:00 Delivered ${TIME.source}`, 'u'));
  expect(text).toMatch(new RegExp(`when Diagnose Delivered ${TIME.source}`, 'u'));
  expect(text).toMatch(new RegExp(`Given ${TIME.source}`, 'u'));
  expect(text).toContain('Not given —');
  expect(text).toContain('Runbook checklist: 2 of 4 (50 %) done');
  expect(text).toMatch(new RegExp(`Any time Done ${TIME.source}`, 'u'));
  expect(text).toContain('Any time Not done —');
  expect(text).toContain('Observer checklist: 1 of 3 (33 %) done');
  expect(text).toContain('Confirmed by Ana Facilitator');
  expect(text).toContain('Hypothesis held Unsure');
  expect(text).toContain('Detected By people');
  expect(text).toContain('Checklist completion 3 of 7 (43 %)');
  expect(text).toContain('Inject delivered: Tell the incident commander');
});

test('a stop condition hit aborts the drill in one step, with that condition as the reason', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const plan = new DrillPlanPage(page);
  await plan.open();
  const drillId = await plan.plan('Stopped drill');
  const run = new DrillRunPage(page);
  await run.open(drillId);
  await run.start();
  await run.markNext('Detected');
  await run.hitStopCondition(1, 'Data loss or corruption is suspected');
  await expect(
    page.getByText('Aborted: Stop condition hit: Data loss or corruption is suspected'),
  ).toHaveCount(2);

  await page.goto(`./#/drills/${drillId}`);
  await expect(run.timeline()).toContainText('Aborted: Stop condition hit: Data loss');
  const printed = await printReport(
    page,
    reportRoute({ target: { kind: 'drill', drillId }, paper: 'a4' }),
    'test-results/facilitator-kit/stopped-drill-a4.pdf',
  );
  expect(printed.text).toMatch(
    /\+\d+:\d{2} \d{2}:\d{2}:\d{2} Abort Aborted: Stop condition hit: Data loss or corruption is suspected/u,
  );
});

/** Plans a drill, runs it through every mark by keyboard and saves its review with these results. */
async function runAndReview(
  page: Page,
  title: string,
  held: 'Yes, it held' | 'No, it did not hold',
  detected: 'By monitoring' | 'By people',
): Promise<void> {
  const plan = new DrillPlanPage(page);
  await plan.open();
  const drillId = await plan.plan(title);
  const run = new DrillRunPage(page);
  await run.open(drillId);
  await run.start();
  for (const label of ['Detected', 'Acknowledged', 'Diagnosed', 'Mitigated', 'Recovered']) {
    await run.markNext(label);
  }
  await run.close(drillId);
  const review = page.getByRole('form', { name: 'Drill review' });
  await review.getByRole('radio', { name: held }).check();
  await review.getByRole('radio', { name: detected }).check();
  await review.getByRole('radio', { name: 'Yes', exact: true }).check();
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}$`, 'u'));
}

test('results recorded in reviews filter Trends, and the trend report names the filter', async ({
  page,
}) => {
  // The web shell's export prints the report itself; this test prints it with Chromium instead.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const trends = new TrendsPage(page);
  await trends.open('period=all');
  const all = await trends.completedCount();
  await trends.choose('Hypothesis', { label: 'Held' });
  await expect(page).toHaveURL(/hypothesis=yes/u);
  await expect.poll(() => trends.completedCount()).toBeLessThan(all);
  const heldBefore = await trends.completedCount();
  expect(heldBefore).toBeGreaterThan(0);
  // The demo's reviews never said who detected the fault.
  await trends.choose('Detected by', { label: 'Monitoring' });
  await expect(trends.counts()).toHaveText(/^0 completed drills measured/u);

  await runAndReview(page, 'Held, seen by monitoring', 'Yes, it held', 'By monitoring');
  await runAndReview(page, 'Not held, seen by people', 'No, it did not hold', 'By people');

  await trends.open('period=all&hypothesis=yes');
  expect(await trends.completedCount()).toBe(heldBefore + 1);
  await trends.choose('Detected by', { label: 'Monitoring' });
  await expect(trends.counts()).toHaveText(
    /^1 completed drill measured\. Only drills where the hypothesis held and monitoring detected the fault first are shown\.$/u,
  );
  expect(await trends.figure('n')).toBe(1);
  // Incidents have no results: the reality section says it shows them all.
  await expect(page.getByTestId('reality-results-note')).toContainText(
    'Not filtered by drill results',
  );
  // Both new drills left checklist items of their scenario unticked; no demo drill has one.
  await trends.choose('Hypothesis', { label: 'Any' });
  await trends.choose('Detected by', { label: 'Any' });
  await trends.choose('Checklists', { label: 'Some not done' });
  await expect(trends.counts()).toHaveText(/^2 completed drills measured/u);
  await trends.choose('Checklists', { label: 'Any' });
  await trends.choose('Hypothesis', { label: 'Did not hold' });
  await expect(page).toHaveURL(/hypothesis=no/u);
  const notHeld = await trends.completedCount();
  await trends.choose('Detected by', { label: 'People' });
  await expect(trends.counts()).toHaveText(/^1 completed drill measured/u);
  expect(notHeld).toBeGreaterThanOrEqual(1);
  await expectNoSeriousA11yViolations(page);

  // The trend report carries the same results filters and names them.
  await trends.choose('Hypothesis', { label: 'Held' });
  await trends.choose('Detected by', { label: 'Monitoring' });
  await expect(trends.counts()).toHaveText(/^1 completed drill measured/u);
  await page.getByRole('button', { name: 'Export PDF report…' }).click();
  await expect(page).toHaveURL(/#\/reports\/trend\/[^?]+\?.*hypothesis=yes&detected=monitoring/u);
  await waitForReport(page);
  await expect(page).not.toHaveURL(/print=1/u);
  const filterLine =
    'Drill results: only drills where the hypothesis held and monitoring detected the fault first (incidents are not filtered by drill results).';
  await expect(page.getByTestId('rt-filters')).toContainText(filterLine);
  const route = new URL(page.url()).hash.slice(1);
  const printed = await printReport(page, route, 'test-results/facilitator-kit/trend-held-a4.pdf');
  expect(printed.text).toContain(filterLine);
  // Page 1, often read alone, says which drills its figures count.
  expect(printed.pages[0]?.replace(/\s+/gu, ' ')).toContain(
    'Filtered: drills where the hypothesis held and monitoring detected the fault first. Every drill figure in this report counts these drills only.',
  );
  expect(printed.text).toMatch(/1 completed drill measured/u);
  expect(printed.text).toContain('Held, seen by monitoring');
  expect(printed.text).not.toContain('Not held, seen by people');
});
