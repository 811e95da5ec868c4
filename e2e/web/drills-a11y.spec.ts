import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { AppPage, chooseOption } from './pages/app-page';
import { DrillPlanPage, DrillRunPage } from './pages/drill-run-page';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

async function withDemoData(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  return app;
}

/** A drill planned and started on the demo data: two marks and a note recorded. */
async function runningDrill(page: Page): Promise<{ drillId: string; run: DrillRunPage }> {
  await withDemoData(page);
  const plan = new DrillPlanPage(page);
  await plan.open();
  const drillId = await plan.plan();
  const run = new DrillRunPage(page);
  await run.open(drillId);
  await run.start();
  await run.markNext('Detected');
  await run.addNote('Pager went off on time.');
  return { drillId, run };
}

// One screen per test: each stays short on a slow machine, and a failure names its screen.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`drill screens in the ${colorScheme} theme pass axe`, () => {
    test.use({ colorScheme });

    test('the list', async ({ page }) => {
      const app = await withDemoData(page);
      await app.goTo('Drills');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-list-${colorScheme}`);
    });

    test('planning, with its errors', async ({ page }) => {
      await withDemoData(page);
      const plan = new DrillPlanPage(page);
      await plan.open();
      await plan.form().getByRole('button', { name: 'Plan drill' }).click();
      await expect(plan.form().getByText('Choose a scenario from the library.')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-plan-errors-${colorScheme}`);
    });

    test('the run', async ({ page }) => {
      await runningDrill(page);
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-run-${colorScheme}`);
    });

    test('the presenter view', async ({ page }) => {
      const { run } = await runningDrill(page);
      await page.keyboard.press('f');
      await expect(page.getByTestId('presenter-total')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/drill-presenter-${colorScheme}.png` });
      await page.keyboard.press('Escape');
      await expect(run.totalClock()).toBeVisible();
    });

    test('the review, with its errors', async ({ page }) => {
      const { drillId, run } = await runningDrill(page);
      for (const label of ['Acknowledged', 'Diagnosed', 'Mitigated', 'Recovered']) {
        await run.markNext(label);
      }
      await run.close(drillId);
      await page.getByRole('button', { name: 'Save review' }).click();
      await expect(
        page.getByText('Say whether the hypothesis held: yes, partly, no or unsure.'),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-review-${colorScheme}`);
    });

    test('a demo drill’s detail', async ({ page }) => {
      // A demo drill has a full history: targets met and missed, side events, a review.
      const app = await withDemoData(page);
      await app.goTo('Drills');
      await chooseOption(page.getByLabel('Status'), 'completed');
      await page.getByRole('table').getByRole('link').nth(2).click();
      await expect(page.getByRole('heading', { name: 'Measures' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-detail-${colorScheme}`);
    });

    test('the scenario library', async ({ page }) => {
      await withDemoData(page);
      await page.goto('./#/drills/scenarios');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenario library');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-scenarios-${colorScheme}`);
    });
  });
}
