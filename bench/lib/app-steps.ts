// What the benchmark does in the app, one user step per helper, as the e2e page models do: when a
// screen changes (the planning form moves, a button is renamed), only its step changes here.
import type { Page } from '@playwright/test';

/** Opens Home on a new profile and loads the demo data. */
export async function loadDemoData(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await page.getByText(/Demo data loaded/).waitFor();
}

/** Plans a drill of a built-in scenario with one service and three people, ending on its run screen, not started. */
export async function planDrill(page: Page, baseUrl: string): Promise<void> {
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
  // Planning lands on the drill's page; the run screen is a step of its own.
  await page.waitForURL(/#\/drills\/(?!new$)[^/]+$/);
  await page.goto(`${page.url()}/run`);
  await page.getByRole('button', { name: /^Start: fault injected/ }).waitFor();
  await page.getByTestId('total-clock').waitFor();
}

/** The run screen's log of marks, one item per recorded mark, skip or undo. */
export function runLog(page: Page) {
  return page.getByTestId('timeline').locator('li');
}

/**
 * Starts the drill on its run screen with I, as a facilitator does, and returns how many entries
 * the run log then holds. A drill planned from a scenario asks its go / no-go first: each
 * prerequisite is confirmed by `by` (one of the drill's roles) and Go is pressed, which logs the go before the start.
 */
export async function startDrill(page: Page, by = 'Ana'): Promise<number> {
  await page.keyboard.press('i');
  const goNoGo = page.getByRole('dialog', { name: 'Go / no-go' });
  const started = runLog(page).first();
  await goNoGo.or(started).first().waitFor({ state: 'attached' });
  if (!(await goNoGo.isVisible())) return 1;
  const choices = goNoGo.getByRole('combobox');
  const count = await choices.count();
  for (let index = 0; index < count; index++) await choices.nth(index).selectOption(by);
  await goNoGo.getByRole('button', { name: 'Go: start now, fault injected' }).click();
  await runLog(page).nth(1).waitFor({ state: 'attached' });
  return 2;
}

/** Presses a run key and waits until the log holds `entries` items: the command was recorded. */
export async function pressRunKey(page: Page, key: string, entries: number): Promise<void> {
  await page.keyboard.press(key);
  await runLog(page)
    .nth(entries - 1)
    .waitFor({ state: 'attached' });
}
