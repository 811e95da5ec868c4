import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Planning a drill: the form with the fields a facilitator fills in. */
export class DrillPlanPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Plan a drill' });
  }

  async open(): Promise<void> {
    await this.app.open('/drills/new');
    await expect(this.form()).toBeVisible();
  }

  /**
   * Fills a valid plan and submits it; lands on the drill's page (never the run: starting is a
   * deliberate act of its own). Returns the drill id.
   */
  async plan(title = 'Checkout instance down', plannedFor?: string): Promise<string> {
    const form = this.form();
    await form.getByLabel('Scenario').selectOption({ label: 'Instance down with a paging alert' });
    await form.getByLabel('Title').fill(title);
    if (plannedFor !== undefined) await form.getByLabel('Planned date').fill(plannedFor);
    await form
      .getByRole('group', { name: 'Services involved' })
      .getByRole('checkbox')
      .first()
      .check();
    await form.getByLabel('Facilitator').fill('Ana Facilitator');
    await form.getByLabel('Incident commander').fill('Ben Commander');
    await form.getByLabel('Responders').fill('Cleo, Dev');
    await form.getByRole('button', { name: 'Plan drill' }).click();
    await expect(this.page).toHaveURL(/#\/drills\/[^/]+$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title);
    return /#\/drills\/([^/]+)$/.exec(this.page.url())?.[1] ?? '';
  }
}

/** The run screen, driven by keyboard as a facilitator would. */
export class DrillRunPage {
  constructor(readonly page: Page) {}

  async open(drillId: string): Promise<void> {
    await this.page.goto(`./#/drills/${drillId}/run`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Run:');
  }

  timeline(): Locator {
    return this.page.getByTestId('timeline');
  }

  status(): Locator {
    return this.page.getByTestId('run-status');
  }

  totalClock(): Locator {
    return this.page.getByTestId('total-clock');
  }

  /** Why the last press did nothing: an ignored repeat, or a key pressed before the start. */
  notice(): Locator {
    return this.page.getByTestId('run-notice');
  }

  /**
   * Presses I on a drill not started yet (on its planned day) and waits for the start. A drill
   * planned from a scenario has a go / no-go first: each prerequisite is confirmed by `by`, typed
   * into its choice as a facilitator would, and Go is pressed, all by keyboard.
   */
  async start(by = 'Ana Facilitator'): Promise<void> {
    // The run screen listens for keys once it has loaded the drill.
    await expect(this.page.getByRole('button', { name: /^Start: fault injected/ })).toBeVisible();
    await this.page.keyboard.press('i');
    const recorded = this.page.getByRole('status').filter({ hasText: 'Fault injected recorded' });
    const goNoGo = this.page.getByRole('dialog', { name: 'Go / no-go' });
    await expect(recorded.or(goNoGo).first()).toBeAttached();
    if (await goNoGo.isVisible()) {
      const choices = goNoGo.getByRole('combobox');
      const count = await choices.count();
      for (let index = 0; index < count; index++) {
        await expect(choices.nth(index)).toBeFocused();
        await this.page.keyboard.type(by);
        await expect(choices.nth(index)).toHaveValue(by);
        await this.page.keyboard.press('Tab');
      }
      await this.page.keyboard.press('Tab');
      const go = goNoGo.getByRole('button', { name: 'Go: start now, fault injected' });
      await expect(go).toBeFocused();
      await this.page.keyboard.press('Enter');
      await expect(goNoGo).toBeHidden();
      await expect(this.timeline()).toContainText('Go: Blast radius agreed (confirmed by');
      await expect(this.timeline()).toContainText('Fault injected');
    } else {
      await expect(recorded).toBeAttached();
    }
    await expect(this.status()).toHaveText('Running');
  }

  /**
   * Presses N and waits until the mark shows as recorded (committed, then read back). A press
   * within a second of the last mark is taken as an accidental repeat and says so; as a
   * facilitator would, this presses once more. Returns how many presses it took.
   */
  async markNext(expectedLabel: string): Promise<number> {
    const before = await this.timeline()
      .locator('li')
      .count()
      .catch(() => 0);
    const recorded = this.page.getByRole('status').filter({ hasText: `${expectedLabel} recorded` });
    const ignored = this.notice().filter({ hasText: `press again to record ${expectedLabel}` });
    await this.page.keyboard.press('n');
    await expect(recorded.or(ignored).first()).toBeAttached();
    let presses = 1;
    if ((await ignored.count()) > 0) {
      await this.page.keyboard.press('n');
      presses = 2;
    }
    await expect(recorded).toBeAttached();
    await expect(this.timeline().locator('li')).toHaveCount(before + 1);
    return presses;
  }

  /** Presses N for the Closed mark (once more if taken as a repeat) and lands on the review. */
  async close(drillId: string): Promise<void> {
    const ignored = this.notice().filter({ hasText: 'press again to record Closed' });
    const review = this.page.getByRole('heading', { level: 1, name: /Review/ });
    await this.page.keyboard.press('n');
    await expect(ignored.or(review).first()).toBeVisible();
    if ((await ignored.count()) > 0) await this.page.keyboard.press('n');
    await expect(this.page).toHaveURL(new RegExp(`#/drills/${drillId}/review$`));
  }

  async undoLastMark(expectedLabel: string): Promise<void> {
    await this.page.keyboard.press('u');
    await expect(
      this.page.getByRole('status').filter({ hasText: `${expectedLabel} undone` }),
    ).toBeAttached();
  }

  /** Presses S to skip the current phase and waits until the skip shows as recorded. */
  async skipPhase(expectedMarkLabel: string): Promise<void> {
    const before = await this.timeline().locator('li').count();
    const skipped = this.page
      .getByRole('status')
      .filter({ hasText: `${expectedMarkLabel} skipped` });
    const ignored = this.notice().filter({ hasText: 'press again to skip' });
    await this.page.keyboard.press('s');
    await expect(skipped.or(ignored).first()).toBeAttached();
    if ((await ignored.count()) > 0) await this.page.keyboard.press('s');
    await expect(skipped).toBeAttached();
    await expect(this.timeline().locator('li')).toHaveCount(before + 1);
  }

  /**
   * Moves a recorded mark (by id, e.g. `start`) by `shiftSeconds` on its local time of day, with a
   * reason, through the "Correct a mark" dialog. Returns the time it showed before and after.
   */
  async correctMark(
    mark: string,
    shiftSeconds: number,
    reason: string,
  ): Promise<{ from: string; to: string }> {
    await this.page.getByRole('button', { name: 'Correct a mark…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Correct a mark' });
    await dialog.getByLabel('Mark', { exact: true }).selectOption(mark);
    const time = dialog.getByLabel('Corrected time (your local time)');
    // The field shows the mark to the millisecond ("10:42:13.456"): shift whole seconds, keep
    // the milliseconds, as a facilitator editing the seconds would.
    const [clock = '', millis = '000'] = (await time.inputValue()).split('.');
    const [h = 0, m = 0, s = 0] = clock.split(':').map(Number);
    const day = 24 * 3600;
    const shifted = (((h * 3600 + m * 60 + s + shiftSeconds) % day) + day) % day;
    const to = [Math.floor(shifted / 3600), Math.floor(shifted / 60) % 60, shifted % 60]
      .map((n) => String(n).padStart(2, '0'))
      .join(':');
    await time.fill(`${to}.${millis}`);
    const from = clock;
    await dialog.getByLabel('Why (optional)').fill(reason);
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.timeline()).toContainText('Correction:');
    return { from, to };
  }

  /** O opens the note dialog; the note is typed and saved without the mouse. */
  async addNote(text: string): Promise<void> {
    await this.page.keyboard.press('o');
    const dialog = this.page.getByRole('dialog', { name: 'Add a note' });
    await expect(dialog.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Save note' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.timeline()).toContainText(text);
  }

  /** Presses D (or K to skip) and waits until the run log shows the inject as delivered. */
  async deliverInject(text: string, key: 'd' | 'k' = 'd'): Promise<void> {
    await this.page.keyboard.press(key);
    const verb = key === 'd' ? 'delivered' : 'skipped';
    await expect(this.timeline()).toContainText(`Inject ${verb}: ${text}`);
  }

  /**
   * Presses C (focus moves to the first item not ticked), then Tab `skip` times and Space: the
   * item ticked shows in the run log. Esc leaves the checklists, so run keys work again.
   */
  async tickChecklist(item: string, skip = 0): Promise<void> {
    await this.page.keyboard.press('c');
    await expect(this.page.locator('[data-checklist] input:focus')).toHaveCount(1);
    for (let index = 0; index < skip; index++) await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Space');
    await expect(this.timeline()).toContainText(`ticked “${item}”`);
    await this.page.keyboard.press('Escape');
  }

  /** Presses H and gives the first hint offered, by keyboard. */
  async giveHint(text: string): Promise<void> {
    await this.page.keyboard.press('h');
    const dialog = this.page.getByRole('dialog', { name: 'Give a hint' });
    await expect(dialog.getByRole('radio').first()).toBeFocused();
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Give hint' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.timeline()).toContainText(`Hint given: ${text}`);
  }

  /** Presses X, moves down to stop condition `index` (0-based) and aborts with it. */
  async hitStopCondition(index: number, text: string): Promise<void> {
    await this.page.keyboard.press('x');
    const dialog = this.page.getByRole('dialog', { name: 'Stop condition hit' });
    await expect(dialog.getByRole('radio').first()).toBeFocused();
    for (let step = 0; step < index; step++) await this.page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: text })).toBeChecked();
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Abort the drill' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.status()).toHaveText('Aborted');
    await expect(this.timeline()).toContainText(`Aborted: Stop condition hit: ${text}`);
  }

  /** The total clock in seconds, read from the screen. */
  async totalSeconds(): Promise<number> {
    const text = (await this.totalClock().textContent()) ?? '';
    return text
      .split(':')
      .map(Number)
      .reduce((sum, part) => sum * 60 + part, 0);
  }
}

/** Loads the demo data, plans a drill, opens its run and starts it: a run waiting for Detected. */
export async function startDemoDrill(
  page: Page,
  title: string,
): Promise<{ readonly drillId: string; readonly run: DrillRunPage }> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const plan = new DrillPlanPage(page);
  await plan.open();
  const drillId = await plan.plan(title);
  const run = new DrillRunPage(page);
  await run.open(drillId);
  await run.start();
  return { drillId, run };
}
