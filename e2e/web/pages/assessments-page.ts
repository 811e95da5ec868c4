import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export type Answer = 'No' | 'Partly' | 'Mostly' | 'Yes' | 'Not applicable';
const STEPS: readonly Answer[] = ['No', 'Partly', 'Mostly', 'Yes', 'Not applicable'];
const VALUES = ['no', 'partly', 'mostly', 'yes', 'na'];

/** The assessment screens: start, answer, results, reconcile, targets, compare. */
export class AssessmentsPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(path = '/assessments'): Promise<void> {
    await this.app.open(path);
  }

  tabTo(target: Locator, limit?: number): Promise<void> {
    return this.app.tabTo(target, limit);
  }

  criterion(text: string | RegExp): Locator {
    return this.page.getByRole('group', { name: text });
  }

  /**
   * Answers the criterion with the keyboard: Tab into its radio group, then arrows, which move and
   * choose, the short way round (they wrap, as in any radio group). Tab lands on the chosen answer,
   * or on the first ("No") when there is none yet; Space chooses that one.
   */
  async answerByKeyboard(group: Locator, answer: Answer): Promise<void> {
    await this.tabTo(group);
    const current = await group.evaluate(
      (fieldset) => fieldset.querySelector<HTMLInputElement>('input:checked')?.value ?? null,
    );
    const target = STEPS.indexOf(answer);
    if (current === null && target === 0) await this.page.keyboard.press('Space');
    const forward = (target - VALUES.indexOf(current ?? 'no') + STEPS.length) % STEPS.length;
    const [key, presses] =
      forward <= STEPS.length / 2 ? ['ArrowRight', forward] : ['ArrowLeft', STEPS.length - forward];
    for (let i = 0; i < presses; i += 1) await this.page.keyboard.press(key);
    await expect(group.getByRole('radio', { name: answer, exact: true })).toBeChecked();
  }

  async answer(text: string | RegExp, answer: Answer): Promise<void> {
    const group = this.criterion(text);
    await group.getByRole('radio', { name: answer, exact: true }).check();
    await expect(group.locator('xpath=..').getByText('Saved', { exact: true })).toBeVisible();
  }

  /** What each criterion of the current page says about saving its answer ("Saved", …). */
  saveStates(): Locator {
    return this.page.locator('main ol.criteria > li.criterion > p.save-state');
  }

  /** Every criterion group on the current category page. */
  groups(): Locator {
    return this.page.locator('main ol.criteria > li fieldset');
  }

  async startAssessment(
    facilitator: string,
    participants: readonly string[] = [],
    independent = false,
  ): Promise<void> {
    await this.open('/assessments/new');
    const form = this.page.getByRole('form', { name: 'Start an assessment' });
    await form.getByLabel('Facilitator').fill(facilitator);
    for (const name of participants)
      await form.getByRole('checkbox', { name: new RegExp(name) }).check();
    if (independent)
      await form.getByRole('checkbox', { name: 'Participants rate independently' }).check();
    await form.getByRole('button', { name: 'Start assessment' }).click();
    await this.app.expectToast(/Assessment started/);
  }

  /** The id of the newest assessment of the current team, from the Assessments screen's list. */
  async newestAssessmentId(): Promise<string> {
    await this.open('/assessments');
    const link = this.page
      .getByRole('table', { name: /^Assessments of / })
      .getByRole('link')
      .first();
    const href = (await link.getAttribute('href')) ?? '';
    const id = /#\/assessments\/([^/?]+)$/u.exec(href)?.[1];
    if (id === undefined) throw new Error(`No assessment link in the list (${href})`);
    return id;
  }

  progress(): Locator {
    return this.page.locator('.take-progress label');
  }

  resultRow(category: string): Locator {
    return this.page
      .getByRole('table', { name: 'Level and score per category' })
      .getByRole('row', { name: new RegExp(category) });
  }

  /** The whole entry of a criterion: answers, drill suggestion and evidence. */
  criterionEntry(text: string | RegExp): Locator {
    return this.page.locator('li.criterion', { has: this.criterion(text) });
  }

  /** What the team's drills show about a criterion with a drill rule. */
  suggestion(text: string | RegExp): Locator {
    return this.criterionEntry(text).getByRole('group', {
      name: /^(Your drills support this|What your drills show so far)$/,
    });
  }

  /** Accepts the suggested drills; resolves once they are ticked in the evidence. */
  async acceptSuggestion(text: string | RegExp): Promise<void> {
    const suggestion = this.suggestion(text);
    await suggestion.getByRole('button', { name: 'Add these drills as evidence' }).click();
    await expect(suggestion.getByText('These drills are in the evidence.')).toBeVisible();
  }

  /** The drills ticked as evidence of a criterion (opens its evidence first). */
  async evidenceDrills(text: string | RegExp): Promise<Locator> {
    const entry = this.criterionEntry(text);
    const details = entry.locator('details.evidence');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    return entry.getByRole('group', { name: 'Drills that show this' }).locator('input:checked');
  }

  async openCategory(name: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Categories' })
      .getByRole('link', { name })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
