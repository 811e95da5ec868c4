import { expect, test } from '../support/test';
import { AssessmentsPage, type Answer } from './pages/assessments-page';
import { TeamsPage } from './pages/teams-page';
import { dumpDatabase } from '../support/database';
import { DEFAULT_ANSWER_SCALE } from '../../renderer/src/domain/maturity/answer-scale';
import { ANSWER_VALUES } from '../../renderer/src/domain/records/answers';

const CATEGORIES = [
  'People & Culture',
  'Process & Governance',
  'Technology & Tools',
  'Measurement & Metrics',
];

test.describe('maturity assessments', () => {
  test('a full assessment answered and finalised by keyboard only', async ({ page }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Checkout Web');
    const assessments = new AssessmentsPage(page);
    await assessments.open();
    const keyboard = page.keyboard;

    await assessments.tabTo(page.getByRole('link', { name: 'Start an assessment' }));
    await keyboard.press('Enter');
    await assessments.tabTo(page.getByLabel('Facilitator'));
    await keyboard.type('Amara Okafor');
    await assessments.tabTo(page.getByRole('button', { name: 'Start assessment' }));
    await keyboard.press('Enter');

    for (const [index, category] of CATEGORIES.entries()) {
      await expect(page.getByRole('heading', { level: 1, name: category })).toBeVisible();
      const groups = assessments.groups();
      const legends = await groups.locator('legend').allTextContents();
      for (const [i, legend] of legends.entries()) {
        const group = groups.nth(i);
        let answer: Answer = 'Yes';
        if (legend.includes('Everyone knows whom to contact')) answer = 'Not applicable';
        if (legend.includes('Every paging alert links to a runbook')) answer = 'Partly';
        await assessments.answerByKeyboard(group, answer);
        const item = group.locator('xpath=..');
        if (answer === 'Not applicable') {
          await expect(item.getByText('Not saved yet: say why it does not apply.')).toBeVisible();
          await assessments.tabTo(item.getByLabel('Why does this not apply?'));
          await keyboard.type('The team has no out-of-hours service.');
          await keyboard.press('Tab');
        }
        if (index === 2 && i === 0) {
          // Evidence for the first criterion of Technology & Tools, by keyboard too.
          await assessments.tabTo(item.getByText('Evidence', { exact: true }));
          await keyboard.press('Enter');
          await assessments.tabTo(item.getByLabel('What shows this'));
          await keyboard.type('Alert rules reviewed with the team.');
          await keyboard.press('Tab');
          await keyboard.type('https://wiki.example/alerts');
          await keyboard.press('Tab');
          await expect(item.getByText('· saved')).toBeVisible();
        }
      }
      // Every answer of the category is saved (checked once the last is given, as the user moves on
      // while earlier saves finish).
      await expect(assessments.saveStates()).toHaveText(legends.map(() => 'Saved'));
      const next = CATEGORIES[index + 1];
      await assessments.tabTo(
        page.getByRole('link', { name: next ? `Next: ${next} →` : 'See the results' }),
      );
      await keyboard.press('Enter');
    }

    await expect(page.getByRole('heading', { level: 1, name: /^Assessment of / })).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);
    await assessments.tabTo(page.getByRole('button', { name: 'Finalise…' }));
    await keyboard.press('Enter');
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
    await keyboard.press('Tab');
    await keyboard.press('Enter');
    await assessments.app.expectToast('Assessment finalised. It is now read-only.');

    // Process: runbooks (level 3) only Partly, so level 2 on its way to 3: 2 + (⅓+1+1)/3 ≈ 2.8.
    // Every other category is level 5, 5.0; the overall score is their mean, (2.78 + 15)/4 ≈ 4.4.
    await expect(assessments.resultRow('Process & Governance')).toContainText('2 · Managed');
    await expect(assessments.resultRow('Process & Governance')).toContainText('2.8');
    await expect(assessments.resultRow('People & Culture')).toContainText('5 · Optimising');
    await expect(assessments.resultRow('People & Culture')).toContainText('5.0');
    await expect(page.locator('.result-summary')).toContainText('2 · Managed');
    await expect(page.locator('.result-summary')).toContainText('4.4');
    await expect(
      page.getByRole('button', { name: 'Clone to start the next assessment' }),
    ).toBeVisible();

    const dump = await dumpDatabase(page);
    const answers = dump.answers as {
      value: string;
      naReason: string;
      evidence: { links: string[] };
    }[];
    expect(answers).toHaveLength(40);
    expect(answers.filter((a) => a.value === 'na').map((a) => a.naReason)).toEqual([
      'The team has no out-of-hours service.',
    ]);
    expect(answers.flatMap((a) => a.evidence.links)).toEqual(['https://wiki.example/alerts']);
  });

  test('every answer says what it means, as the radio’s description, in one Tab stop', async ({
    page,
  }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Search');
    const assessments = new AssessmentsPage(page);
    await assessments.startAssessment('Amara Okafor');
    const group = assessments.criterion(/someone writes down the steps/);
    for (const value of ANSWER_VALUES) {
      const { label, meaning } = DEFAULT_ANSWER_SCALE[value];
      const radio = group.getByRole('radio', { name: label, exact: true });
      await expect(radio).toHaveAccessibleName(label);
      await expect(radio).toHaveAccessibleDescription(meaning);
      await expect(group.getByText(meaning, { exact: true })).toBeVisible();
    }
    await expect(group).toContainText('True for some of the services or incidents');
    await expect(group).toContainText('True for most of the services and incidents');

    // The meanings add no stop: Tab enters the group on one radio and the next Tab leaves it.
    await assessments.tabTo(group);
    await expect(group.getByRole('radio', { name: 'No', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await group.evaluate((fieldset) => fieldset.contains(document.activeElement))).toBe(
      false,
    );
  });

  test('a draft survives a reload mid-way and resumes where it stopped', async ({ page }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Identity');
    const assessments = new AssessmentsPage(page);
    await assessments.startAssessment('Liam Berg');
    await page.getByRole('link', { name: 'Next: Process & Governance →' }).click();
    await assessments.answer(/A post-incident review is held/, 'Mostly');
    await assessments.answer(/Incidents are recorded in one place/, 'Yes');
    await assessments.answer(/Every paging alert links to a runbook/, 'No');
    const url = page.url();

    await page.reload();
    expect(page.url()).toBe(url);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Process & Governance' }),
    ).toBeVisible();
    await expect(assessments.progress()).toHaveText('3 of 40 criteria answered');
    await expect(
      assessments
        .criterion(/A post-incident review is held/)
        .getByRole('radio', { name: 'Mostly' }),
    ).toBeChecked();
    await expect(
      assessments
        .criterion(/Every paging alert links to a runbook/)
        .getByRole('radio', { name: 'No', exact: true }),
    ).toBeChecked();

    // From the list, "Continue answering" comes back to the same category.
    await assessments.open('/assessments');
    await page.getByRole('row', { name: /Draft/ }).getByRole('link').click();
    await expect(page.getByRole('note')).toContainText('37 criteria have no answer yet');
    await page.getByRole('link', { name: 'Continue answering' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Process & Governance' }),
    ).toBeVisible();
  });

  test('two raters: disagreements first, and only the reconciled answers score', async ({
    page,
  }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Payments');
    await teams.addPerson('Amara Okafor', 'SRE');
    await teams.addPerson('Liam Berg', 'On-call lead');
    const assessments = new AssessmentsPage(page);
    await assessments.startAssessment('Amara Okafor', ['Amara Okafor', 'Liam Berg'], true);

    await page.getByRole('link', { name: 'Answer as Amara Okafor' }).click();
    await expect(page.getByText('answers of Amara Okafor')).toBeVisible();
    await assessments.answer(/someone writes down the steps/, 'Yes');
    await assessments.answer(/At least two people in the team/, 'No');
    await page.getByRole('link', { name: 'Results' }).click();
    await page.getByRole('link', { name: 'Answer as Liam Berg' }).click();
    await assessments.answer(/someone writes down the steps/, 'Yes');
    await assessments.answer(/At least two people in the team/, 'Yes');
    await page.getByRole('link', { name: 'Results' }).click();

    await page.getByRole('link', { name: 'Reconcile answers' }).click();
    await expect(page.getByText('The raters disagree on 1 criterion')).toBeVisible();
    const first = page.locator('ol.reconcile-list > li').first();
    await expect(first).toContainText('At least two people in the team');
    await expect(first).toContainText('Disagree · spread 3 of 3');
    await expect(first).toContainText('Amara Okafor: No');
    await expect(first).toContainText('Liam Berg: Yes');

    await page.getByRole('button', { name: 'Accept every unanimous answer' }).click();
    await assessments.app.expectToast('1 unanimous answer recorded as agreed.');
    await assessments.answer(/At least two people in the team/, 'Mostly');

    await page.getByRole('link', { name: 'Results' }).click();
    // Agreed: Yes and Mostly on level 2 of People (3 criteria, one unanswered): level 1 on its way
    // to 2, 1 + (1 + ⅔ + 0)/3 ≈ 1.6.
    await expect(assessments.resultRow('People & Culture')).toContainText('1.6');
    await expect(page.getByRole('note')).toContainText('38 criteria have no agreed answer yet');
  });

  test('two assessments are compared criterion by criterion', async ({ page }) => {
    const assessments = new AssessmentsPage(page);
    await assessments.open('/');
    await assessments.app.loadDemoData();
    await assessments.open('/assessments/compare');
    const earlier = page.getByLabel('Earlier');
    // The six final demo assessments (waits for the live query, never reads a half-loaded list).
    await expect(earlier.locator('option')).toHaveCount(6);
    await earlier.selectOption({ index: 0 });
    await expect(page.getByRole('heading', { level: 2, name: /criteria changed/ })).toBeVisible();
    const rows = page.getByRole('table', { name: /Changed criteria from/ }).getByRole('row');
    expect(await rows.count()).toBeGreaterThan(3);
    await expect(page.getByRole('table', { name: /Changed criteria from/ })).toContainText(
      'Better',
    );
  });

  test('a gap becomes an action item on the team’s Home', async ({ page }) => {
    const assessments = new AssessmentsPage(page);
    await assessments.open('/');
    await assessments.app.loadDemoData();
    await assessments.open('/assessments/targets');
    await expect(page.getByRole('heading', { level: 2, name: 'Gap to the targets' })).toBeVisible();
    const gap = page.locator('.gap-list > li').first();
    const statement = (await gap.locator('p').first().textContent()) ?? '';
    await gap.getByRole('button', { name: /^Make an action item/ }).click();
    const form = page.getByRole('form', { name: 'New action item' });
    const title = 'Write the missing runbook steps';
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Owner').selectOption({ index: 1 });
    await form.getByLabel('Due date').fill('2031-01-31');
    await form.getByRole('button', { name: 'Add action item' }).click();
    await assessments.app.expectToast(`Action item “${title}” added to the team’s list.`);
    await expect(gap).toContainText(`Action item: ${title} · Open · due 31 Jan 2031`);
    expect(statement).toMatch(/^Level \d:/);

    const dump = await dumpDatabase(page);
    const items = dump.actionItems as {
      title: string;
      source: { kind: string; criterionId: string | null };
    }[];
    const made = items.find((item) => item.title === title);
    expect(made?.source.kind).toBe('assessment');
    expect(made?.source.criterionId).toMatch(/^[a-z]+\.\d\./);

    await assessments.app.goTo('Home');
    await expect(page.getByRole('region', { name: 'Open action items' })).toContainText(title);
  });

  test('a recorded drill is attached to a criterion as evidence', async ({ page }) => {
    const assessments = new AssessmentsPage(page);
    await assessments.open('/');
    await assessments.app.loadDemoData();
    await assessments.startAssessment('Carmen Moretti');
    const first = page.locator('main ol.criteria > li').first();
    await first.locator('summary').click();
    const drills = first.getByRole('group', { name: 'Drills that show this' });
    const choice = drills.getByRole('checkbox').first();
    const drillTitle = (await choice.locator('xpath=..').innerText()).split(' · ')[0] ?? '';
    await choice.check();
    await expect(first.locator('summary')).toContainText('Evidence (1)');

    const dump = await dumpDatabase(page);
    const drillIds = (dump.answers ?? []).flatMap(
      (answer) => (answer as { evidence: { drillIds: string[] } }).evidence.drillIds,
    );
    expect(drillIds).toHaveLength(1);
    const drill = (dump.drills ?? []).find(
      (record) => (record as { id: string }).id === drillIds[0],
    ) as { title: string; status: string } | undefined;
    expect(drill?.status).toBe('completed');
    expect(drillTitle).toContain(drill?.title ?? '∅');

    await page.reload();
    await first.locator('summary').click();
    await expect(first.getByRole('checkbox', { checked: true })).toHaveCount(1);
  });

  test('evidence text is saved while typing, without leaving the field', async ({ page }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Identity');
    const assessments = new AssessmentsPage(page);
    await assessments.startAssessment('Liam Berg');
    const first = page.locator('main ol.criteria > li').first();
    await first.locator('summary').click();
    await first.getByLabel('What shows this').fill('Wiki page of the March outage');
    await expect(first.locator('summary')).toContainText('saved');
    await expect(first.getByLabel('What shows this')).toBeFocused();

    await page.reload();
    await first.locator('summary').click();
    await expect(first.getByLabel('What shows this')).toHaveValue('Wiki page of the March outage');
  });
});
