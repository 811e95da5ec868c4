// Game-day safety: a drill starts only when the facilitator means it to, an accidental double
// press records one mark, and a scenario chosen late does not overwrite what was typed.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { drillEventsOf, dumpDatabase } from '../support/database';
import { AppPage } from './pages/app-page';
import { DrillPlanPage, DrillRunPage } from './pages/drill-run-page';

interface StoredEvent {
  readonly drillId: string;
  readonly seq: number;
  readonly kind: string;
  readonly mark?: string;
}

const marksOf = async (page: Page, drillId: string) =>
  (drillEventsOf(await dumpDatabase(page)) as StoredEvent[])
    .filter((e) => e.drillId === drillId && e.kind === 'mark')
    .sort((a, b) => a.seq - b.seq)
    .map((e) => e.mark);

/** A day `days` from today on the browser's calendar, as the date field takes it and as shown. */
const dayFromToday = (page: Page, days: number) =>
  page.evaluate((offset) => {
    const at = new Date();
    at.setDate(at.getDate() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    const iso = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
    const shown = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
    return { iso, shown };
  }, days);

async function planned(page: Page, title: string, plannedFor?: string): Promise<string> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const plan = new DrillPlanPage(page);
  await plan.open();
  return plan.plan(title, plannedFor);
}

test('planning lands on the drill’s page, and the mark key never starts the run', async ({
  page,
}) => {
  const drillId = await planned(page, 'Deliberate start drill');
  // The drill's page, with the way to its run: nothing has started.
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}$`));
  await page.getByRole('link', { name: 'Open the run' }).click();
  const run = new DrillRunPage(page);
  await expect(run.status()).toHaveText('Not started');
  for (const key of ['n', 'Space']) {
    await page.keyboard.press(key);
    await expect(run.notice()).toHaveText(
      'The drill has not started: press I or the Start button to inject the fault.',
    );
  }
  await expect(run.status()).toHaveText('Not started');
  expect(await marksOf(page, drillId)).toEqual([]);
  await expect(page.getByRole('button', { name: /^Mark / })).toHaveCount(0);

  await run.start();
  expect(await marksOf(page, drillId)).toEqual(['start']);
});

test('starting on another day than the planned one asks first, naming both days', async ({
  page,
}) => {
  const later = await dayFromToday(page, 3);
  const today = await dayFromToday(page, 0);
  const drillId = await planned(page, 'Thursday failover', later.iso);
  const run = new DrillRunPage(page);
  await run.open(drillId);
  await page.keyboard.press('i');
  const dialog = page.getByRole('dialog', { name: 'Start the drill on another day?' });
  await expect(dialog).toContainText(`planned for ${later.shown}, and today is ${today.shown}`);
  // The go / no-go comes with it; the safe choice has focus (the first prerequisite, not yet
  // confirmed): Escape or Cancel starts nothing.
  await expect(dialog.getByRole('combobox').first()).toBeFocused();
  await expect(dialog.getByRole('combobox').first()).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(run.status()).toHaveText('Not started');
  expect(await marksOf(page, drillId)).toEqual([]);

  await page.getByRole('button', { name: /^Start: fault injected/ }).click();
  // No-go until every prerequisite is confirmed: the refusal names what is missing.
  await dialog.getByRole('button', { name: 'Go: start now, fault injected' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say who confirmed “Blast radius agreed”.');
  for (const choice of await dialog.getByRole('combobox').all()) {
    await choice.selectOption('Ana Facilitator');
  }
  await dialog.getByRole('button', { name: 'Go: start now, fault injected' }).click();
  await expect(dialog).toBeHidden();
  await expect(run.status()).toHaveText('Running');
  expect(await marksOf(page, drillId)).toEqual(['start']);
});

test('two presses of N a few milliseconds apart record one mark and say so', async ({ page }) => {
  const drillId = await planned(page, 'Double press drill');
  const run = new DrillRunPage(page);
  await run.open(drillId);
  await run.start();
  await run.markNext('Detected');
  // Clear of the window after Detected: the pair below is judged on its own.
  await page.keyboard.press('o');
  await page
    .getByRole('dialog', { name: 'Add a note' })
    .getByRole('button', { name: 'Cancel' })
    .click();

  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(run.notice()).toHaveText(
    'Second press within a second ignored — press again to record Diagnosed.',
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Acknowledged recorded' }),
  ).toBeAttached();
  expect(await marksOf(page, drillId)).toEqual(['start', 'detected', 'acknowledged']);

  // The deliberate press is one more press away.
  await page.keyboard.press('n');
  await expect(page.getByRole('status').filter({ hasText: 'Diagnosed recorded' })).toBeAttached();
  await expect(run.notice()).toHaveText('');
  expect(await marksOf(page, drillId)).toEqual(['start', 'detected', 'acknowledged', 'diagnosed']);
});

test('choosing a scenario does not overwrite a hypothesis already typed, unless asked to', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const plan = new DrillPlanPage(page);
  await plan.open();
  const form = plan.form();
  await form.getByLabel('Hypothesis').fill('We detect within a minute, by the pager.');
  await form.getByLabel('Detect', { exact: true }).fill('1');
  await form.getByLabel('Scenario').selectOption({ label: 'Instance down with a paging alert' });
  const dialog = page.getByRole('dialog', { name: 'Replace what you wrote?' });
  await expect(dialog).toContainText(
    'Replace the hypothesis you wrote and the phase targets you set with the scenario’s?',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(form.getByLabel('Hypothesis')).toHaveValue(
    'We detect within a minute, by the pager.',
  );
  await expect(form.getByLabel('Detect', { exact: true })).toHaveValue('1');
  // The title was empty, so the scenario filled it.
  await expect(form.getByLabel('Title')).toHaveValue('Instance down with a paging alert');

  await form.getByLabel('Scenario').selectOption({ index: 2 });
  await dialog.getByRole('button', { name: 'Use the scenario’s' }).click();
  await expect(form.getByLabel('Hypothesis')).not.toHaveValue(
    'We detect within a minute, by the pager.',
  );
  await expect(form.getByLabel('Hypothesis')).not.toHaveValue('');
});
