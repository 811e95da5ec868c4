import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { dumpDatabase } from '../support/database';
import { AppPage } from './pages/app-page';
import { AssessmentsPage } from './pages/assessments-page';
import { TeamsPage } from './pages/teams-page';

const TIER_1 = /Recovery time is measured for every tier-1 service/;
const STALE = 'Stale: older than 180 days';
/** The demo's written evidence notes. */
const DEMO_EVIDENCE =
  /Checked in the quarterly|Seen in the last two|Shown on the team dashboard|Confirmed by the on-call|Walked through live/;

const snap = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

/** "1 h 2 min 3 s" → minutes. */
function minutesOf(text: string): number {
  const part = (unit: string) => Number(new RegExp(`(\\d+) ${unit}\\b`).exec(text)?.[1] ?? 0);
  return part('h') * 60 + part('min') + part('s') / 60;
}

async function startDraft(page: Page): Promise<AssessmentsPage> {
  const assessments = new AssessmentsPage(page);
  await assessments.startAssessment('Amara Okafor');
  await assessments.openCategory('Measurement & Metrics');
  return assessments;
}

test.describe('drill evidence and the Home overview', () => {
  test('Home shows levels, the last drills, the recovery trend and the next drill', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    await expect(app.heading()).toHaveText('Payments Platform');

    const maturity = page.getByRole('region', { name: 'Maturity' });
    await expect(maturity).toContainText(
      /\d · (Initial|Managed|Defined|Quantitatively managed|Optimising)/,
    );
    for (const category of [
      'People & Culture',
      'Process & Governance',
      'Technology & Tools',
      'Measurement & Metrics',
    ]) {
      await expect(maturity.getByRole('listitem').filter({ hasText: category })).toContainText(
        /Level [1-5] · /,
      );
    }

    const last = page.getByRole('region', { name: 'Last drills' }).getByRole('listitem');
    await expect(last).toHaveCount(3);
    for (const item of await last.all()) {
      await expect(item).toContainText(/Time to recover \d|Aborted before recovery/);
    }

    const trend = page.getByRole('region', { name: 'Time to recover, median per quarter' });
    await expect(
      trend.getByRole('img', { name: /^Median time to recover per quarter/ }),
    ).toBeVisible();
    const rows = trend
      .getByRole('table', { name: 'Median time to recover per quarter' })
      .locator('tbody tr');
    await expect(rows).toHaveCount(6);
    let drills = 0;
    for (const row of await rows.all()) {
      const cells = await row.locator('td').allTextContents();
      const n = Number(cells[1]);
      drills += n;
      if (n > 0) {
        // Demo drills recover in minutes to an hour or two, never in seconds or days.
        expect(minutesOf(cells[0] ?? '')).toBeGreaterThan(2);
        expect(minutesOf(cells[0] ?? '')).toBeLessThan(240);
        expect(cells[2]).toBe(n < 5 ? 'No, fewer than 5 drills' : 'Yes');
      }
    }
    expect(drills).toBeGreaterThanOrEqual(8);

    const next = page.getByRole('region', { name: 'Next drill' });
    await expect(next).toContainText(/\((today|tomorrow|in \d+ days)\)/);
    await next.getByRole('link', { name: /^Run “/ }).click();
    await expect(page).toHaveURL(/#\/drills\/[0-9a-f-]+\/run$/);

    await app.goTo('Home');
    await maturity.getByRole('link', { name: /^Assessment of / }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Assessment of / })).toBeVisible();
    await expect(page.getByText('Final · facilitated by')).toBeVisible();
  });

  test('a new team’s Home says what to do first on every card', async ({ page }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Search');
    await new AppPage(page).goTo('Home');
    const maturity = page.getByRole('region', { name: 'Maturity' });
    await expect(maturity).toContainText('No final assessment yet');
    await expect(page.getByRole('region', { name: 'Last drills' })).toContainText(
      'No drill has run yet',
    );
    await expect(
      page.getByRole('region', { name: 'Time to recover, median per quarter' }),
    ).toContainText('No completed drill in these quarters yet');
    await expect(
      page.getByRole('region', { name: 'Time to recover, median per quarter' }).getByRole('img'),
    ).toHaveCount(0);
    await snap(page, 'home-empty-light');
    await page
      .getByRole('region', { name: 'Next drill' })
      .getByRole('link', { name: 'Plan a drill' })
      .click();
    await expect(page).toHaveURL(/#\/drills\/new$/);
    await page.goBack();
    await maturity.getByRole('link', { name: 'Start an assessment' }).click();
    await expect(page).toHaveURL(/#\/assessments\/new$/);
  });

  test('a criterion’s drill suggestion is added as evidence only when accepted', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    const assessments = await startDraft(page);

    const suggestion = assessments.suggestion(TIER_1);
    await expect(suggestion).toContainText(/of \d tier-1 services? ha(s|ve) a completed drill/);
    const suggested = await suggestion.getByRole('listitem').count();
    expect(suggested).toBeGreaterThan(0);
    // Nothing is added until the user asks.
    await expect(await assessments.evidenceDrills(TIER_1)).toHaveCount(0);

    await assessments.acceptSuggestion(TIER_1);
    await expect(await assessments.evidenceDrills(TIER_1)).toHaveCount(suggested);
    await expect(assessments.criterionEntry(TIER_1).locator('summary')).toContainText(
      `Evidence (${suggested})`,
    );

    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Measurement & Metrics' }),
    ).toBeVisible();
    await expect(await assessments.evidenceDrills(TIER_1)).toHaveCount(suggested);
    const dump = await dumpDatabase(page);
    const answers = dump.answers as { criterionId: string; evidence: { drillIds: string[] } }[];
    const saved = answers.filter(
      (a) => a.criterionId === 'measurement.3.every-tier-1' && a.evidence.drillIds.length > 0,
    );
    expect(saved.map((a) => a.evidence.drillIds.length)).toEqual([suggested]);
  });

  test('old evidence is marked stale by the date it is judged at', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    await app.switchTeam('Identity & Access');

    // A drill that ran more than 180 days ago makes evidence that is stale today.
    const assessments = await startDraft(page);
    const entry = assessments.criterionEntry(/Recovery time is reported regularly/);
    await entry.locator('summary').click();
    const old = entry.getByRole('checkbox', { name: /older than 180 days/ }).first();
    await old.check();
    await expect(entry.locator('summary')).toContainText(STALE);

    // The oldest final assessment is judged at its own date: its evidence was fresh then.
    await app.goTo('Assessments');
    await page
      .getByRole('table', { name: /newest first/ })
      .getByRole('link')
      .last()
      .click();
    await expect(page.getByText('Final · facilitated by')).toBeVisible();
    await page.locator('summary', { hasText: 'People & Culture ·' }).click();
    await expect(page.locator('table.data').getByText(DEMO_EVIDENCE).first()).toBeVisible();
    await expect(page.getByText(STALE)).toHaveCount(0);
    const finalUrl = page.url();

    // Read-only: the drills are explained, judged at the assessment's date, but cannot be added.
    await page.goto(`${finalUrl}/answer/agreed/measurement`);
    const readOnly = new AssessmentsPage(page).suggestion(TIER_1);
    await expect(readOnly).toContainText(/tier-1 service/);
    await expect(readOnly.getByRole('button')).toHaveCount(0);
    await page.goto(finalUrl);

    // Cloned today, the same written evidence is more than 180 days old.
    await page.getByRole('button', { name: 'Clone to start the next assessment' }).click();
    await app.expectToast('New draft started from this assessment.');
    await expect(page.getByText('Draft · facilitated by')).toBeVisible();
    const people = page.locator('details', {
      has: page.locator('summary', { hasText: 'People & Culture ·' }),
    });
    await people.locator('summary').click();
    await expect(people.getByText(STALE)).toBeVisible();
    await expect(people.getByRole('row').filter({ hasText: STALE })).toContainText(DEMO_EVIDENCE);
    await snap(page, 'evidence-stale-light');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Home and evidence in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    // One screen per test: each stays short on a slow machine, and a failure names its screen.
    test('Home passes axe', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.loadDemoData();
      await expect(page.getByRole('region', { name: 'Next drill' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `home-${colorScheme}`);
    });

    test('an answering page with suggestions passes axe', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.loadDemoData();
      const assessments = await startDraft(page);
      await expect(assessments.suggestion(TIER_1)).toBeVisible();
      await assessments.acceptSuggestion(TIER_1);
      await expectNoSeriousA11yViolations(page);
      await snap(page, `evidence-suggestions-${colorScheme}`);
    });
  });
}
