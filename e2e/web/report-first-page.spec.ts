// Page 1 of every report is its executive summary: the headline figures with n, the chart, whether
// the hypothesis held (drills) and the top overdue action items, on A4 and on US Letter. Each PDF
// is printed as both shells print it, page 1 is read back with Poppler (`pdftotext -f 1 -l 1`) and
// saved as a PNG (`pdftoppm`) for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PAPER_SIZES, reportRoute, type ReportTarget } from '@shared/report-request';
import { expect, test } from '../support/test';
import { dumpDatabase } from '../support/database';
import { printReport } from '../support/pdf';
import { AppPage } from './pages/app-page';
import { AssessmentsPage } from './pages/assessments-page';

const PDF_DIR = 'test-results/report-first-page';

interface StoredDrill {
  readonly id: string;
  readonly teamId: string;
  readonly status: string;
  readonly review: unknown;
}

/** Page 1's text as Poppler reads it, white space collapsed. */
function firstPageText(path: string): string {
  const text = execFileSync(
    'pdftotext',
    ['-f', '1', '-l', '1', '-raw', '-enc', 'UTF-8', path, '-'],
    {
      encoding: 'utf8',
    },
  );
  return text.replace(/\s+/gu, ' ');
}

/** Page 1 as a PNG beside the PDF, for looking at. */
function firstPagePng(path: string): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path,
    path.replace(/\.pdf$/u, ''),
  ]);
}

async function printFirstPages(page: Page, name: string, target: ReportTarget) {
  const pages: string[] = [];
  for (const paper of PAPER_SIZES) {
    const path = `${PDF_DIR}/${name}-${paper}.pdf`;
    await printReport(page, reportRoute({ target, paper }), path);
    firstPagePng(path);
    pages.push(firstPageText(path));
  }
  return pages;
}

test.beforeAll(() => {
  mkdirSync(PDF_DIR, { recursive: true });
});

test('the assessment report’s page 1 holds the levels, the scores with n and the radar', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const assessmentId = await new AssessmentsPage(page).newestAssessmentId();
  for (const first of await printFirstPages(page, 'assessment', {
    kind: 'assessment',
    assessmentId,
  })) {
    expect(first).toMatch(/Overall level \d · [A-Z]/u);
    expect(first).toMatch(/Overall score \d\.\d/u);
    expect(first).toMatch(/Criteria answered \d+ of \d+/u);
    expect(first).toContain('Compared with the previous assessment and the targets');
    expect(first).toContain('Overdue action items');
  }
});

test('the drill report’s page 1 holds time to recover against its target, the hypothesis and the phase chart', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const drills = (await dumpDatabase(page)).drills as StoredDrill[];
  const drill = drills.find((d) => d.status === 'completed' && d.review !== null);
  if (drill === undefined) throw new Error('the demo data has no reviewed drill');
  for (const first of await printFirstPages(page, 'drill', { kind: 'drill', drillId: drill.id })) {
    expect(first).toMatch(/Time to recover \d+:\d\d/u);
    expect(first).toMatch(/(within the \d+ min target|\d+ min over the \d+ min target)/u);
    expect(first).toMatch(/Hypothesis held (Yes|No|Partly)/u);
    expect(first).toMatch(/Phases on target \d of \d/u);
    expect(first).toContain('Phase durations against targets');
    expect(first).toContain('Overdue action items');
  }
});

test('the trend report’s page 1 holds the median time to recover with n and its chart', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const teamId = ((await dumpDatabase(page)).drills as StoredDrill[])[0]?.teamId ?? '';
  for (const first of await printFirstPages(page, 'trend', {
    kind: 'trend',
    teamId,
    period: 'all',
  })) {
    expect(first).toMatch(/Median time to recover \d+\.\d min/u);
    expect(first).toMatch(/n = \d+ drills with a recovery time/u);
    expect(first).toContain('One dot per completed drill');
    expect(first).toContain('Overdue action items');
  }
});
