import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { drillEventsOf, dumpDatabase } from '../support/database';
import { AppPage } from './pages/app-page';
import { DrillPlanPage, DrillRunPage } from './pages/drill-run-page';

interface StoredEvent {
  readonly drillId: string;
  readonly seq: number;
  readonly kind: string;
  readonly mark?: string;
  readonly at: number;
}

const eventsOf = async (page: Page, drillId: string) =>
  (drillEventsOf(await dumpDatabase(page)) as StoredEvent[])
    .filter((e) => e.drillId === drillId)
    .sort((a, b) => a.seq - b.seq);

/** The demo data loaded and a drill planned: its id, and its run screen open in `page`. */
async function plannedDrillRun(page: Page): Promise<{ drillId: string; run: DrillRunPage }> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const plan = new DrillPlanPage(page);
  await plan.open();
  const drillId = await plan.plan();
  const run = new DrillRunPage(page);
  await run.open(drillId);
  return { drillId, run };
}

test('a drill runs from start to review by keyboard alone', async ({ page }) => {
  const { drillId, run } = await plannedDrillRun(page);
  await run.start();
  await run.markNext('Detected');
  await run.addNote('Alert reached the on-call phone.');
  await run.markNext('Acknowledged');
  await run.undoLastMark('Acknowledged');
  await expect(run.timeline()).toContainText('(undone)');
  for (const label of ['Acknowledged', 'Diagnosed', 'Mitigated', 'Recovered']) {
    await run.markNext(label);
  }
  await run.close(drillId);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Review');
  // The review form, by keyboard.
  await page.getByLabel('Yes, it held').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('What went well').focus();
  await page.keyboard.type('The page arrived within a minute.');
  await page
    .getByRole('radiogroup', { name: 'Was a review meeting held?' })
    .or(page.getByRole('group', { name: 'Was a review meeting held?' }))
    .getByLabel('Yes')
    .focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Save review' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}$`));
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('The page arrived');
  const events = await eventsOf(page, drillId);
  expect(events.filter((e) => e.kind === 'mark').map((e) => e.mark)).toEqual([
    'start',
    'detected',
    'acknowledged',
    'acknowledged',
    'diagnosed',
    'mitigated',
    'recovered',
    'closed',
  ]);
});

test('a mark is timed by its key press, to within 2 ms', async ({ page }) => {
  const { drillId, run } = await plannedDrillRun(page);
  // The page records each key event's own time, captured before the app's handler runs.
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { keyTimes: number[] }).keyTimes = times;
    window.addEventListener('keydown', (e) => times.push(performance.timeOrigin + e.timeStamp), {
      capture: true,
    });
  });
  await run.start();
  // The start is timed by I, the first press; the go / no-go dialog's keys come after it.
  let pressed = await page.evaluate(
    () => (window as unknown as { keyTimes: number[] }).keyTimes.length,
  );
  // A press within a second of the last mark is ignored as a repeat: the mark is timed by the
  // press that recorded it, the last of its presses.
  const recording = [0];
  for (const label of ['Detected', 'Acknowledged']) {
    pressed += await run.markNext(label);
    recording.push(pressed - 1);
  }
  const keyTimes = await page.evaluate(
    () => (window as unknown as { keyTimes: number[] }).keyTimes,
  );
  const stored = (await eventsOf(page, drillId)).filter((e) => e.kind === 'mark').map((e) => e.at);
  expect(stored).toHaveLength(3);
  stored.forEach((at, i) => {
    expect(Math.abs(at - (keyTimes[recording[i] ?? -1] ?? 0))).toBeLessThanOrEqual(2);
  });
});

test('closing the browser mid-drill loses nothing, and the clocks are right on reopening', async ({
  baseURL,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-drill-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(dir, {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      baseURL,
    });
  try {
    let context = await launch();
    let page = await context.newPage();
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    const plan = new DrillPlanPage(page);
    await plan.open();
    const drillId = await plan.plan();
    let run = new DrillRunPage(page);
    await run.open(drillId);
    await run.start();
    await run.markNext('Detected');
    await run.addNote('Dashboards are red.');
    await run.markNext('Acknowledged');
    // The facilitator's kit: an inject delivered and a checklist ticked, killed right after.
    await run.deliverInject(
      'Tell the incident commander the load balancer shows one target unhealthy.',
    );
    await run.tickChecklist(
      'Confirm which instance is unhealthy and that traffic has moved away from it.',
    );
    const before = await eventsOf(page, drillId);
    expect(before.map((event) => event.kind).slice(-2)).toEqual(['inject', 'tick']);
    // No unload warning, no clean-up: the whole browser goes away.
    await context.close();

    context = await launch();
    page = await context.newPage();
    run = new DrillRunPage(page);
    await run.open(drillId);
    await expect(run.status()).toHaveText('Running');
    await expect(page.getByRole('listitem', { name: 'Diagnose phase' })).toContainText('Running');
    const after = await eventsOf(page, drillId);
    expect(after).toEqual(before);
    await expect(run.timeline()).toContainText('Inject delivered: Tell the incident commander');
    await expect(
      page.getByRole('checkbox', { name: /Confirm which instance is unhealthy/ }),
    ).toBeChecked();
    const start = after[0]?.at ?? 0;
    const expected = (Date.now() - start) / 1000;
    expect(Math.abs((await run.totalSeconds()) - expected)).toBeLessThanOrEqual(2);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('marks made in two windows of one drill are all kept, in the order they were made', async ({
  page,
  context,
}) => {
  const { drillId, run: first } = await plannedDrillRun(page);
  await first.start();
  await first.markNext('Detected');
  // The first window now builds its next mark from the run it committed; the second one marks
  // in between, and the first must find that out in its own transaction, not write over it.
  // Each window is brought to the front before its keys, as a facilitator clicks into it.
  const otherPage = await context.newPage();
  const second = new DrillRunPage(otherPage);
  await second.open(drillId);
  const markIn = async (window: Page, run: DrillRunPage, label: string) => {
    await window.bringToFront();
    await run.markNext(label);
  };
  await markIn(otherPage, second, 'Acknowledged');
  await expect(first.timeline()).toContainText('Acknowledged');
  await markIn(page, first, 'Diagnosed');
  await expect(second.timeline()).toContainText('Diagnosed');
  await markIn(otherPage, second, 'Mitigated');
  await expect(first.timeline()).toContainText('Mitigated');
  await markIn(page, first, 'Recovered');
  const marks = (await eventsOf(page, drillId)).filter((event) => event.kind === 'mark');
  expect(marks.map((event) => event.mark)).toEqual([
    'start',
    'detected',
    'acknowledged',
    'diagnosed',
    'mitigated',
    'recovered',
  ]);
  const seqs = (await eventsOf(page, drillId)).map((event) => event.seq);
  expect(seqs).toEqual([...seqs.keys()].map((index) => (seqs[0] ?? 0) + index));
});

test('a planned drill’s plan can be edited until it starts', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const plan = new DrillPlanPage(page);
  await plan.open();
  const drillId = await plan.plan('Tuesday failover');

  await app.open(`/drills/${drillId}`);
  await page.getByRole('link', { name: 'Edit the plan' }).click();
  const form = page.getByRole('form', { name: 'Edit the plan' });
  await expect(form.getByLabel('Title')).toHaveValue('Tuesday failover');
  await expect(form.getByLabel('Responders')).toHaveValue('Cleo, Dev');
  await form.getByLabel('Title').fill('');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await expect(form.locator('.error').first()).toBeVisible();
  await form.getByLabel('Title').fill('Thursday failover');
  await form.getByLabel('Severity').selectOption('SEV1');
  await form.getByRole('button', { name: 'Save plan' }).click();
  await app.expectToast('Plan of “Thursday failover” saved.');
  await expect(app.heading()).toHaveText('Thursday failover');
  const stored = (await dumpDatabase(page)).drills?.find(
    (drill) => (drill as { id: string }).id === drillId,
  );
  expect(stored).toMatchObject({ title: 'Thursday failover', severity: 'SEV1', status: 'planned' });
});
