import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { reportRoute, type PaperSize } from '@shared/report-request';
import { criteriaOf } from '../../renderer/src/domain/maturity/model-types';
import { MODEL_V1 } from '../../renderer/src/domain/maturity/model-v1';
import { SCORING_RULE } from '../../renderer/src/domain/maturity/scoring-rule';
import { DEFAULT_ANSWER_SCALE } from '../../renderer/src/domain/maturity/answer-scale';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { dumpDatabase, putRecords } from '../support/database';
import { printReport, waitForReport, type PrintedReport } from '../support/pdf';
import { AppPage } from './pages/app-page';
import { AssessmentsPage } from './pages/assessments-page';

const PDF_DIR = 'test-results/report-assessment';
const SCREENSHOT_DIR = 'e2e/screenshots';
const ANSWER_LABELS: Readonly<Record<string, string>> = {
  no: 'No',
  partly: 'Partly',
  mostly: 'Mostly',
  yes: 'Yes',
  na: 'Not applicable',
};

interface StoredAnswer {
  readonly assessmentId: string;
  readonly raterId: string;
  readonly criterionId: string;
  readonly value: string | null;
  readonly naReason: string;
  readonly evidence: { readonly text: string };
}

interface StoredItem {
  readonly teamId: string;
  readonly title: string;
  readonly status: string;
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
const route = (assessmentId: string, paper: PaperSize) =>
  reportRoute({ target: { kind: 'assessment', assessmentId }, paper });

/** Each page's text in the PDF's drawing order (a table row reads cell after cell). */
function rawPages(printed: PrintedReport): string[] {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', printed.path, '-'], {
    encoding: 'utf8',
  });
  // A line broken after a hyphen ("high-" / "severity") reads as the word it was.
  return raw
    .split('\f')
    .slice(0, -1)
    .map((page) => collapse(page).replace(/- /gu, '-'));
}

/** Opens the demo data and the newest final assessment of the current team. */
async function demoAssessment(page: Page) {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const teamName = (await app.teamSwitcher().locator('option:checked').textContent()) ?? '';
  const id = await new AssessmentsPage(page).newestAssessmentId();
  const dump = await dumpDatabase(page);
  const answers = (dump.answers as StoredAnswer[]).filter(
    (a) => a.assessmentId === id && a.raterId === 'agreed',
  );
  const teamId = (dump.assessments as { id: string; teamId: string }[]).find(
    (a) => a.id === id,
  )?.teamId;
  const openItems = (dump.actionItems as StoredItem[])
    .filter((item) => item.teamId === teamId && item.status !== 'done')
    .map((item) => item.title);
  return { id, teamName, answers, openItems };
}

/** The result screen's summary rows: [category, level] as the user sees them there. */
async function screenLevels(page: Page, id: string): Promise<[string, string][]> {
  await page.goto(`./#/assessments/${id}`);
  const rows = page
    .getByRole('table', { name: 'Level and score per category' })
    .locator('tbody tr');
  await expect(rows).toHaveCount(MODEL_V1.categories.length);
  return rows.evaluateAll((list) =>
    list.map((row): [string, string] => [
      row.querySelector('th')?.textContent.trim() ?? '',
      row.querySelector('td')?.textContent.trim() ?? '',
    ]),
  );
}

test.beforeAll(() => {
  mkdirSync(PDF_DIR, { recursive: true });
});

test('the newest demo assessment prints on A4 and Letter with everything it holds', async ({
  page,
}) => {
  const { id, teamName, answers, openItems } = await demoAssessment(page);
  const levels = await screenLevels(page, id);
  const overall = collapse(
    (await page.locator('.result-summary .stat').first().textContent()) ?? '',
  );

  const a4 = await printReport(page, route(id, 'a4'), `${PDF_DIR}/demo-a4.pdf`);
  const generated = collapse((await page.locator('.report-generated').textContent()) ?? '');
  const recovery = await page
    .locator('.report-figures tbody tr')
    .first()
    .locator('td')
    .allTextContents();
  const again = await printReport(page, route(id, 'a4'), `${PDF_DIR}/demo-a4-again.pdf`);
  const letter = await printReport(page, route(id, 'letter'), `${PDF_DIR}/demo-letter.pdf`);

  expect(a4.pageSize).toContain('(A4)');
  expect(letter.pageSize).toMatch(/^612 x 792 pts/u);
  expect(a4.pages.length).toBeGreaterThanOrEqual(4);
  expect(a4.pages.length).toBeLessThanOrEqual(16);
  expect(letter.pages.length).toBeGreaterThanOrEqual(4);
  expect(letter.pages.length).toBeLessThanOrEqual(16);
  expect(again.pages.length).toBe(a4.pages.length);
  expect(again.text).toBe(a4.text);
  expect(a4.imageCount).toBe(0);
  expect(letter.imageCount).toBe(0);
  expect(a4.fileName).toMatch(/^mttr-assessment-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/u);

  const { text } = a4;
  expect(generated).toMatch(/^Generated \d{1,2} [A-Z][a-z]{2} \d{4}$/u);
  expect(text).toContain(generated);
  expect(a4.pages[0]).toContain(`Page 1 of ${a4.pages.length}`);
  expect(text).toContain(`Page ${a4.pages.length} of ${a4.pages.length}`);
  expect(text).toContain(teamName);
  const pages = rawPages(a4);
  expect(pages[0]).toContain(`Overall level ${overall}`);
  for (const [category, level] of levels) expect(text).toContain(`${category} ${level}`);
  for (const sentence of SCORING_RULE) expect(text).toContain(sentence);
  for (const { label, meaning } of Object.values(DEFAULT_ANSWER_SCALE)) {
    expect(text).toContain(`${label} ${meaning}`);
  }
  const rawText = pages.join(' ');
  // Table cells wrap: in drawing order a cell's words stay together.
  for (const title of openItems) expect(rawText).toContain(title);
  const [n = '', median = '', p90 = ''] = recovery;
  expect(Number(n)).toBeGreaterThan(0);
  expect(text).toContain(`Time to recover ${n} ${median} ${p90}`);

  // Every criterion prints whole on one page, followed by its agreed answer.
  for (const criterion of criteriaOf(MODEL_V1)) {
    const answer = answers.find((a) => a.criterionId === criterion.id);
    const label = answer?.value ? (ANSWER_LABELS[answer.value] ?? '') : 'Unanswered';
    const line = `${criterion.level} ${criterion.text} ${label}`.replace(/- /gu, '-');
    expect(
      pages.filter((p) => p.includes(line)),
      `"${line}" on exactly one page`,
    ).toHaveLength(1);
  }
  const withEvidence = answers.filter((a) => a.evidence.text !== '');
  expect(withEvidence.length).toBeGreaterThan(0);
  for (const answer of withEvidence) expect(rawText).toContain(answer.evidence.text);
});

/** Gives one criterion of the assessment a link and two drills as evidence, straight in storage. */
async function addEvidence(page: Page, assessmentId: string, drillId: string): Promise<string> {
  const criterionId = 'people.2.recovery-notes';
  const answer = ((await dumpDatabase(page)).answers as (StoredAnswer & { id: string })[]).find(
    (a) =>
      a.assessmentId === assessmentId && a.criterionId === criterionId && a.raterId === 'agreed',
  );
  if (answer === undefined)
    throw new Error(`The assessment has no agreed answer to ${criterionId}`);
  await putRecords(page, 'answers', [
    {
      ...answer,
      evidence: {
        ...answer.evidence,
        text: 'Recovery notes are in the incident tracker.',
        links: ['https://runbooks.example.com/payments/recovery-notes'],
        drillIds: [drillId, 'a-drill-deleted-since'],
      },
    },
  ]);
  return criterionId;
}

test('evidence links, drills and action items from the gaps print as text', async ({ page }) => {
  const { id } = await demoAssessment(page);
  const dump = await dumpDatabase(page);
  const teamId = (dump.assessments as { id: string; teamId: string }[]).find(
    (a) => a.id === id,
  )?.teamId;
  const drill = (dump.drills as { id: string; teamId: string; status: string; title: string }[])
    .filter((d) => d.teamId === teamId && d.status === 'completed')
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (drill === undefined) throw new Error('The demo team has no completed drill');
  await addEvidence(page, id, drill.id);
  // An action item for the first gap, made where users make them: the Targets screen.
  await page.goto('./#/assessments/targets');
  await page
    .getByRole('button', { name: /^Make an action item: / })
    .first()
    .click();
  const form = page.getByRole('form', { name: 'New action item' });
  await form.getByLabel('Title').fill('Write the on-call feedback survey');
  await form.getByLabel('Due date').fill('2030-01-15');
  await form.getByRole('button', { name: 'Add action item' }).click();
  await new AppPage(page).expectToast(/added to the team’s list/u);

  const printed = await printReport(page, route(id, 'a4'), `${PDF_DIR}/evidence-a4.pdf`);
  const raw = rawPages(printed).join(' ');
  expect(raw).toContain('Recovery notes are in the incident tracker.');
  // A long link wraps in its column; its characters are all there, in order.
  expect(raw.replace(/\s+/gu, '')).toContain(
    'https://runbooks.example.com/payments/recovery-notes',
  );
  expect(raw).toContain(`Drill: ${collapse(drill.title)} · `);
  expect(raw).toContain('A drill that has been deleted');
  expect(raw).toContain('Action item: Write the on-call feedback survey · Open · due 15 Jan 2030');
  expect(raw).toMatch(/Write the on-call feedback survey \S.* 15 Jan 2030 Open This assessment/u);
});

test('the assessment screen opens the report, and exports it with one print', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () => {
      calls.push(document.documentElement.getAttribute('data-report-state') ?? 'none');
    };
  });
  const { id } = await demoAssessment(page);
  const reportUrl = new RegExp(`#/reports/assessment/${id}\\?paper=(a4|letter)$`, 'u');

  // "Open the report" reaches the view; its back link returns to the assessment.
  await page.goto(`./#/assessments/${id}`);
  await page.getByRole('link', { name: 'Open the report' }).click();
  await expect(page).toHaveURL(reportUrl);
  await waitForReport(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('assessment of');
  await page.getByRole('link', { name: '← Assessment' }).click();
  await expect(page).toHaveURL(new RegExp(`#/assessments/${id}$`, 'u'));

  // "Export PDF report…" in the web shell opens the view and prints once it is ready.
  const calls = () =>
    page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);
  await page.getByRole('button', { name: 'Export PDF report…' }).click();
  await expect(page).toHaveURL(reportUrl);
  await waitForReport(page);
  await expect.poll(calls).toEqual(['ready']);
  // The flag is gone: reloading the view does not print again.
  await page.reload();
  await waitForReport(page);
  expect(await calls()).toEqual([]);
});

test('a draft says it is a draft on every page', async ({ page }) => {
  const { id } = await demoAssessment(page);
  await page.goto(`./#/assessments/${id}`);
  await page.getByRole('button', { name: 'Clone to start the next assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`#/assessments/${id}$`));
  const draftId = /#\/assessments\/([^/?]+)$/u.exec(page.url())?.[1] ?? '';
  const printed = await printReport(page, route(draftId, 'a4'), `${PDF_DIR}/draft-a4.pdf`);
  expect(printed.text).toContain('Draft: this assessment has not been finalised.');
  expect(printed.text).toContain('Status Draft (not final)');
  for (const pageText of printed.pages) expect(collapse(pageText)).toContain('draft assessment of');
});

test('an unknown assessment shows the error state', async ({ page }) => {
  await new AppPage(page).open();
  await page.goto(`./#${route('no-such-assessment', 'a4')}`);
  await expect(page.locator('html')).toHaveAttribute('data-report-state', 'error');
  await expect(page.locator('.report-error')).toHaveText(
    'This assessment no longer exists. It may have been deleted.',
  );
  await expect(page.getByRole('button', { name: /Export PDF/u })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the report view in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('passes axe and is captured', async ({ page }) => {
      const { id } = await demoAssessment(page);
      await page.goto(`./#${route(id, 'a4')}`);
      // A fresh load: the demo data's toast is not part of the report.
      await page.reload();
      await waitForReport(page);
      await expectNoSeriousA11yViolations(page);
      // One h1 (the report's title), and headings that never skip a level.
      const levels = await page
        .locator('main h1, main h2, main h3, main h4')
        .evaluateAll((list) => list.map((heading) => Number(heading.tagName.slice(1))));
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      levels.forEach((level, index) => {
        expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1);
      });
      // The document fits its sheet: nothing pushes the page wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        page.viewportSize()?.width ?? 0,
      );
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/report-assessment-${colorScheme}.png`,
        fullPage: true,
      });
    });
  });
}
