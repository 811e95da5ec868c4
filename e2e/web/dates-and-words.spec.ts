// Dates read one way everywhere: no list, header or card shows a date as YYYY-MM-DD (that is only
// what date fields and files exchange), every form asks for a date with the same date picker, and
// a printed report's PDF carries the report's title, not its file name.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { reportRoute } from '@shared/report-request';
import { expect, test } from '../support/test';
import { dumpDatabase } from '../support/database';
import { printReport } from '../support/pdf';
import { AppPage } from './pages/app-page';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/u;
const PDF_DIR = 'test-results/dates-and-words';

interface StoredDrill {
  readonly id: string;
  readonly status: string;
  readonly teamId: string;
}

async function expectNoIsoDate(page: Page, where: string): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(ISO_DATE.exec(text)?.[0] ?? null, `${where} shows no YYYY-MM-DD date`).toBeNull();
}

async function demoDrills(page: Page): Promise<readonly StoredDrill[]> {
  return (await dumpDatabase(page)).drills as StoredDrill[];
}

test('lists, headers and Home write dates as "19 Dec 2025", never as YYYY-MM-DD', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const drills = await demoDrills(page);
  const team = drills[0]?.teamId ?? '';
  const planned = drills.find((d) => d.status === 'planned' && d.teamId === team);
  const completed = drills.find((d) => d.status === 'completed' && d.teamId === team);
  if (planned === undefined || completed === undefined) throw new Error('demo data changed');

  await app.open('/');
  await expect(page.locator('.action-item').first()).toBeVisible();
  await expectNoIsoDate(page, 'Home');

  await app.goTo('Drills');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expectNoIsoDate(page, 'the drills list');

  await app.open(`/drills/${planned.id}/run`);
  await expect(page.getByText(/planned for \d{1,2} [A-Z][a-z]{2} \d{4}/u)).toBeVisible();
  await expectNoIsoDate(page, 'the run screen’s header');

  await app.open(`/drills/${completed.id}`);
  await expectNoIsoDate(page, 'a drill’s page');
});

test('every form asks for a date with the same date picker', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();

  await app.open('/assessments/new');
  await expect(page.getByLabel('Date', { exact: true })).toHaveAttribute('type', 'date');

  await app.open('/drills/new');
  await expect(page.getByLabel('Planned date')).toHaveAttribute('type', 'date');
  // No form asks the user to type a date in a given pattern.
  await expect(page.getByText('YYYY-MM-DD')).toHaveCount(0);
});

test('a printed report’s PDF Title is the report’s title, not its file name', async ({ page }) => {
  mkdirSync(PDF_DIR, { recursive: true });
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const completed = (await demoDrills(page)).find((d) => d.status === 'completed');
  if (completed === undefined) throw new Error('demo data changed');
  const printed = await printReport(
    page,
    reportRoute({ target: { kind: 'drill', drillId: completed.id }, paper: 'a4' }),
    `${PDF_DIR}/drill.pdf`,
  );
  const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', printed.path], { encoding: 'utf8' });
  const title = /^Title:\s+(.+)$/mu.exec(info)?.[1]?.trim() ?? '';
  expect(title).toBe(`Drill report · ${heading}`);
  expect(title).not.toBe(printed.fileName.replace(/\.pdf$/u, ''));
});
