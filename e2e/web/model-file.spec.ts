// The maturity model as a file the organisation owns, end to end in the web shell: the built-in
// model exported from Settings, edited as YAML (a criterion reworded, one removed, one added),
// imported after a preview, chosen for a team, answered, and seen in the result, the level history,
// the comparison and the printed report.
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { parseDocument } from 'yaml';
import { reportRoute } from '@shared/report-request';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { dumpDatabase } from '../support/database';
import { printReport } from '../support/pdf';
import { AssessmentsPage } from './pages/assessments-page';
import { TeamsPage } from './pages/teams-page';

const REWORDED =
  'After every incident that customers noticed, the recovery steps are written down.';
const REMOVED = 'At least two people in the team can restore each tier-1 service.';
const ADDED = 'Every new team member shadows an on-call shift in their first month.';
const OWN_NAME = 'Acme recovery maturity';

/** The exported file, edited as an organisation would: its own id, one criterion of each kind. */
function editedModel(exported: string): string {
  const doc = parseDocument(exported);
  doc.set('id', 'acme-recovery');
  doc.set('name', OWN_NAME);
  const criteria = ['categories', 0, 'levels', 0, 'criteria'];
  doc.setIn([...criteria, 0, 'text'], REWORDED);
  doc.deleteIn([...criteria, 1]);
  doc.addIn(criteria, {
    id: 'people.2.shadowing',
    text: ADDED,
    guidance: 'The on-call calendar shows each newcomer’s shadow shift.',
  });
  return doc.toString();
}

/** Answers every criterion of every category Yes, except those named, then finalises. */
async function answerAndFinalise(page: Page, except: ReadonlyMap<string, 'No'> = new Map()) {
  const assessments = new AssessmentsPage(page);
  for (;;) {
    const groups = assessments.groups();
    await expect(groups.first()).toBeVisible();
    const legends = await groups.locator('legend').allTextContents();
    for (const [i, legend] of legends.entries()) {
      const answer = [...except].find(([text]) => legend.includes(text))?.[1] ?? 'Yes';
      await groups.nth(i).getByRole('radio', { name: answer, exact: true }).check();
    }
    await expect(assessments.saveStates()).toHaveText(legends.map(() => 'Saved'));
    const next = page.getByRole('link', { name: /^Next: .+ →$/ });
    if ((await next.count()) === 0) break;
    await next.click();
    // The next category's criteria, not the last ones still on screen while the click lands.
    await expect(groups.locator('legend').first()).not.toHaveText(legends[0] ?? '');
  }
  await page.getByRole('link', { name: 'See the results' }).click();
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finalise' }).click();
  await assessments.app.expectToast('Assessment finalised. It is now read-only.');
}

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** The screen at each size, light and dark: never wider than the window; kept for a look. */
async function lookAt(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(
        overflow,
        `${name} at ${size.width}×${size.height} fits the window`,
      ).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/model-file/${name}-${size.width}-${colorScheme}.png`,
        fullPage: true,
      });
    }
  }
  await page.setViewportSize(SIZES[1]);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function start(page: Page, takenOn: string) {
  const assessments = new AssessmentsPage(page);
  await assessments.open('/assessments/new');
  const form = page.getByRole('form', { name: 'Start an assessment' });
  await form.getByLabel('Date').fill(takenOn);
  await form.getByLabel('Facilitator').fill('Amara Okafor');
  await form.getByRole('button', { name: 'Start assessment' }).click();
  await assessments.app.expectToast(/Assessment started/);
}

test('a team switches to its own edited model, answers it and sees its result, history and report', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const teams = new TeamsPage(page);
  await teams.open();
  await teams.createTeam('Payments');

  // A first assessment on the built-in model.
  await start(page, '2025-01-15');
  await answerAndFinalise(page);

  // Settings → Maturity models: export the built-in model as YAML.
  await page.goto('./#/settings');
  const models = page.getByRole('region', { name: 'Maturity models' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    models.getByRole('button', { name: /^Export MTTR recovery maturity.*mttr-maturity@1/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mttr-maturity-v1.yaml');
  const exported = await readFile(await download.path(), 'utf8');
  expect(exported).toContain('format: mttr-studio-maturity-model');

  // A bad file: every problem with its line and path, and nothing is added.
  const fileInput = models.getByLabel('Model file to import');
  const bad = editedModel(exported).replace(
    'id: people.2.shadowing',
    'id: people.2.recovery-notes',
  );
  await fileInput.setInputFiles({
    name: 'bad.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(bad),
  });
  const problems = models.locator('.model-problems li');
  await expect(problems.first()).toContainText(
    /^Line \d+, categories\[0\]\.levels\[0\]\.criteria\[\d\]\.id: /,
  );
  await expect(models.getByText('Nothing was changed.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'settings-problems');
  await models.getByRole('button', { name: 'Close' }).click();
  await expect(models.getByRole('table').locator('tbody tr')).toHaveCount(1);

  // The edited file: previewed with its id and counts, then added.
  const own = editedModel(exported);
  await fileInput.setInputFiles({
    name: 'acme.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(own),
  });
  const summary = models.locator('.model-summary');
  await expect(summary).toContainText('acme-recovery@1');
  await expect(summary).toContainText('Criteria40');
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'settings-preview');
  await models.getByRole('button', { name: 'Add model' }).click();
  await expect(models.getByRole('status')).toContainText(`Added ${OWN_NAME} (acme-recovery@1)`);
  await expect(models.getByRole('table').locator('tbody tr')).toHaveCount(2);
  // The same file again is already there, and adds nothing.
  await fileInput.setInputFiles({
    name: 'acme.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(own),
  });
  await expect(
    models.getByText(/This very model is already there \(acme-recovery@1\)/),
  ).toBeVisible();
  await expect(models.getByRole('button', { name: 'Add model' })).toHaveCount(0);

  // The team switches to it.
  await teams.open();
  await teams.selectTeam('Payments');
  const choice = page.getByRole('form', { name: 'Team maturity model' });
  await choice.getByLabel('Model for new assessments').selectOption('acme-recovery@1');
  await choice.getByRole('button', { name: 'Use this model' }).click();
  await teams.app.expectToast('Payments now takes new assessments on acme-recovery@1.');
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'team-model');

  // A second assessment, on the edited model: the reworded and added criteria, not the removed one.
  await start(page, '2025-04-15');
  await expect(page.getByRole('group', { name: new RegExp(REWORDED) })).toBeVisible();
  await expect(page.getByRole('group', { name: new RegExp(ADDED) })).toBeVisible();
  await expect(page.getByRole('group', { name: new RegExp(REMOVED) })).toHaveCount(0);
  await answerAndFinalise(page, new Map([[ADDED, 'No']]));

  // Its result: People & Culture is held at level 1 by the added criterion; the rest are level 5.
  const assessments = new AssessmentsPage(page);
  await expect(assessments.resultRow('People & Culture')).toContainText('1 · Initial');
  await expect(assessments.resultRow('Process & Governance')).toContainText('5 · Optimising');
  const dump = await dumpDatabase(page);
  const stored = dump.assessments as { id: string; modelId: string; takenOn: string }[];
  expect(stored.map((a) => [a.takenOn, a.modelId]).sort()).toEqual([
    ['2025-01-15', 'mttr-maturity@1'],
    ['2025-04-15', 'acme-recovery@1'],
  ]);

  // The level history marks where the model changed.
  await assessments.open('/assessments');
  await expect(page.locator('.model-change-note')).toContainText(
    `The model changed (Apr 2025: MTTR recovery maturity, version 1 (mttr-maturity@1) → ${OWN_NAME} (acme-recovery@1))`,
  );
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'level-history');

  // The comparison matches by id and names the criteria only one model has.
  await assessments.open('/assessments/compare');
  const changes = page.locator('table.data tbody tr');
  await expect(page.locator('.model-change-note')).toContainText('Taken on two models');
  await expect(changes.filter({ hasText: REMOVED })).toContainText('Only in earlier model');
  await expect(changes.filter({ hasText: ADDED })).toContainText('Only in later model');
  await expect(changes.filter({ hasText: REWORDED })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await lookAt(page, 'compare');

  // The report names the model and version on its cover and prints the edited criteria.
  const id = stored.find((a) => a.modelId === 'acme-recovery@1')?.id ?? '';
  const printed = await printReport(
    page,
    reportRoute({ target: { kind: 'assessment', assessmentId: id }, paper: 'a4' }),
    'test-results/model-file/acme.pdf',
  );
  expect(printed.pages[0]?.replace(/\s+/gu, ' ')).toContain(
    `Maturity model: ${OWN_NAME} (acme-recovery@1)`,
  );
  expect(printed.text).toContain('This rule is the same for every maturity model');
  expect(printed.text).toContain('The model changed');
  expect(printed.text).not.toContain(REMOVED);
});
