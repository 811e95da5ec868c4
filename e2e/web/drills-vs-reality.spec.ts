// Real incidents beside the drills: Trends compares them per phase with the source filter kept in
// the URL, Home shows both medians, an assessment suggests incidents as evidence, and the team
// trend report carries an incidents section. Incidents come in through a restored backup.
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { printReport } from '../support/pdf';
import { dumpDatabase } from '../support/database';
import { AppPage } from './pages/app-page';
import { AssessmentsPage } from './pages/assessments-page';
import { restoreWithIncidents, type SeedIncident } from './pages/incident-seed';
import { SettingsPage } from './pages/settings-page';
import { TrendsPage } from './pages/trends-page';

const TEAM = 'Payments Platform';
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Recovered in 40 … 90 min (median 55, p90 82.5), one without a recovery time, one open. */
const INCIDENTS: readonly SeedIncident[] = [
  { daysAgo: 20, recover: 40, acknowledge: 4, review: true },
  { daysAgo: 40, recover: 45, acknowledge: 6, review: true },
  { daysAgo: 60, recover: 50, acknowledge: 2, review: false },
  { daysAgo: 80, recover: 60, standIn: true },
  { daysAgo: 100, recover: 75, severity: 'SEV1' },
  { daysAgo: 120, recover: 90, severity: 'SEV1' },
  { daysAgo: 140, acknowledge: 5 },
  { daysAgo: 2, open: true },
];

async function seeded(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  await restoreWithIncidents(new SettingsPage(page), TEAM, INCIDENTS);
  return app;
}

/** Each size, light and dark: a screenshot of the part that changed, and no sideways scroll. */
async function lookAt(page: Page, part: Locator, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const root = await page.evaluate(() => {
        const el = document.scrollingElement ?? document.documentElement;
        return { scroll: el.scrollWidth, client: el.clientWidth };
      });
      // Nothing scrolls sideways at any size.
      expect(root.scroll, `${name} ${scheme} ${size.width}`).toBeLessThanOrEqual(root.client);
      // No table runs past the edge of its section.
      const overflow = await part.evaluate((el) => {
        const right = el.getBoundingClientRect().right;
        return [...el.querySelectorAll('table')].filter(
          (t) => t.getBoundingClientRect().right > right + 1,
        ).length;
      });
      expect(overflow, `${name} ${scheme} ${size.width}: tables wider than the section`).toBe(0);
      await part.screenshot({
        path: `e2e/screenshots/reality-${name}-${size.width}-${scheme}.png`,
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(SIZES[1]);
}

test.describe('drills vs reality', () => {
  test.use({ colorScheme: 'light' });

  test('Trends sets incidents beside drills, the source filter is kept in the URL, and Home shows both medians', async ({
    page,
  }) => {
    await seeded(page);
    const trends = new TrendsPage(page);
    await trends.open('period=all');
    const reality = trends.section('Drills vs reality');
    await expect(reality).toContainText('7 recovered incidents (7 PagerDuty) in these filters.');
    const sentence = reality.locator('.trends-sentence');
    await expect(sentence).toContainText(
      /^In drills the team recovers in a median of \d+(\.\d)? min; in real incidents, 55 min \(n = 6 vs \d+ drills\)\./,
    );
    await expect(sentence).toContainText(
      '1 recovered incident has no recovery time recorded and is left out.',
    );
    await expect(sentence).toContainText(
      "For 1 of the 6 incidents, detection is the incident's creation",
    );
    const table = reality.getByRole('table', {
      name: 'Drills and incidents per phase, in minutes',
    });
    const recover = table.getByRole('row', { name: /^Time to recover/ });
    // Drills' median, p90, n, then the incidents' median, p90, n.
    const cells = await recover.locator('td').allTextContents();
    expect(cells.slice(3, 6)).toEqual(['55.0', '82.5', '6']);
    expect(cells[6]).toMatch(/^[+−]?\d+\.\d \([+−]?\d+\.\d to [+−]?\d+\.\d\)/);
    await expect(recover).toContainText('1 not recorded · 1 detected at creation');
    // Acknowledged in 4, 6, 2 and 5 minutes: median 4.5.
    const keyMeasures = reality.getByRole('table', { name: /^Key measures/ });
    await expect(keyMeasures.getByRole('row', { name: /^Time to acknowledge/ })).toContainText(
      'median 4.5 · p90 5.7 · n = 4',
    );
    await expect(keyMeasures.getByRole('row', { name: /^Review rate/ })).toContainText(
      /2 of 3 \(67 %\)\s*4 not recorded/,
    );
    await expectNoSeriousA11yViolations(page);
    await lookAt(page, reality, 'trends');

    // The severity filter narrows incidents too.
    await trends.choose('Severity', 'SEV1');
    await expect(reality).toContainText('2 recovered incidents (2 PagerDuty) in these filters.');
    await expect(reality.locator('.trends-sentence')).toHaveText(
      /^Not enough SEV1 incidents to compare: 2 recovered incidents have a recovery time/,
    );
    await trends.choose('Severity', 'All severities');

    // Incidents only: the drills' views give way to the incidents' own figures.
    await trends.choose('Source', 'Incidents only');
    await expect(page).toHaveURL(/source=incidents/);
    await expect(trends.section('Real incidents')).toBeVisible();
    await expect(trends.section('Over time')).toHaveCount(0);
    await expect(
      trends
        .section('Real incidents')
        .getByRole('table', { name: 'Incidents per phase, in minutes' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.reload();
    await expect(trends.filters().getByLabel('Source', { exact: true })).toHaveValue('incidents');
    await expect(trends.section('Real incidents')).toBeVisible();

    // Drills only: as before incidents came in.
    await trends.choose('Source', 'Drills only');
    await expect(page).toHaveURL(/source=drills/);
    await expect(trends.section('Over time')).toBeVisible();
    await expect(trends.section('Drills vs reality')).toHaveCount(0);

    // Home: both medians over the last twelve months, each with its n.
    await page.goto('./#/');
    const card = page.getByRole('region', { name: 'Drills and real incidents' });
    await expect(card).toContainText(/Drills\s*\d+(\.\d)? min \(n = \d+ completed drills\)/);
    await expect(card).toContainText(/Real incidents\s*55 min \(n = 6 recovered incidents\)/);
    await expectNoSeriousA11yViolations(page);
    await lookAt(page, card, 'home');
  });

  test('an assessment suggests incidents as evidence and keeps them once accepted', async ({
    page,
  }) => {
    await seeded(page);
    const assessments = new AssessmentsPage(page);
    await assessments.startAssessment('Amara Okafor');
    await assessments.openCategory('Measurement & Metrics');
    const TIMES = /Start and recovery times are recorded for every high-impact incident/;
    const suggestion = assessments
      .criterionEntry(TIMES)
      .getByRole('group', { name: 'Your incidents support this' });
    // SEV2 incidents detected 20, 40, 60 and 80 days ago, each with both times.
    await expect(suggestion).toContainText(
      '4 of 4 recovered SEV1 or SEV2 incidents in the last 91 days have both a start and a recovery time recorded.',
    );
    await expect(suggestion.getByRole('listitem')).toHaveCount(4);
    await expectNoSeriousA11yViolations(page);
    await lookAt(page, assessments.criterionEntry(TIMES), 'evidence');
    await suggestion.getByRole('button', { name: 'Add these incidents as evidence' }).click();
    const entry = assessments.criterionEntry(TIMES);
    await expect(entry.locator('summary')).toContainText('Evidence (4)');
    await expect(entry.getByRole('group', { name: 'Incidents that show this' })).toBeVisible();
    await expect(suggestion).toContainText('These incidents are in the evidence.');

    await page.reload();
    await expect(assessments.criterionEntry(TIMES).locator('summary')).toContainText(
      'Evidence (4)',
    );
    const answers = (await dumpDatabase(page)).answers as {
      criterionId: string;
      evidence: { incidentIds?: string[] };
    }[];
    // Only the evidence just accepted names incidents; older answers are left as they were.
    const saved = answers.filter(
      (a) => a.criterionId === 'measurement.2.manual-times' && a.evidence.incidentIds !== undefined,
    );
    expect(saved.map((a) => a.evidence.incidentIds?.length)).toEqual([4]);
    // An incident's review recorded either way: the review criterion reads only those.
    await assessments.openCategory('Process & Governance');
    await expect(
      assessments.criterionEntry(/A post-incident review is held for every high-severity incident/),
    ).toContainText(
      'A review was held for 2 of 3 SEV1 or SEV2 incidents in the last 182 days whose tool records reviews.',
    );
  });

  test('the team trend report carries the incidents section, read back from the PDF', async ({
    page,
  }) => {
    await seeded(page);
    const trends = new TrendsPage(page);
    await trends.open('period=all');
    await page.getByRole('link', { name: 'Open the report' }).click();
    // The route is read once the report view has it, not while the click is still on its way.
    await expect(page).toHaveURL(/#\/reports\/trend\//u);
    const route = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const section = page.getByRole('region', { name: 'Real incidents: drills vs reality' });
    await expect(section).toContainText('7 recovered incidents (7 PagerDuty) in this period.');
    await expectNoSeriousA11yViolations(page);
    const printed = await printReport(
      page,
      route,
      'test-results/drills-vs-reality/trend-report.pdf',
    );
    expect(printed.text).toContain('Real incidents: drills vs reality');
    expect(printed.text).toContain('7 recovered incidents (7 PagerDuty) in this period.');
    expect(printed.text).toMatch(
      /In drills the team recovers in a median of \d+(\.\d)? min; in real incidents, 55 min \(n = 6 vs \d+ drills\)/u,
    );
    expect(printed.text).toContain('Key measures from drills and incidents');
    expect(printed.text).toMatch(/Acknowledge [\d.]+ [\d.]+ \d+ 4\.5 5\.7 4 too few/u);
    expect(printed.imageCount).toBe(0);
  });
});
