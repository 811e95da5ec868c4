import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { AppPage } from './pages/app-page';
import { DrillPlanPage, DrillRunPage } from './pages/drill-run-page';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`drill screens in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('planning, run, presenter, review and detail pass axe', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.loadDemoData();
      await app.goTo('Drills');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-list-${colorScheme}`);

      const plan = new DrillPlanPage(page);
      await plan.open();
      await plan.form().getByRole('button', { name: 'Plan drill' }).click();
      await expect(plan.form().getByText('Choose a scenario from the library.')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-plan-errors-${colorScheme}`);
      const drillId = await plan.plan();

      const run = new DrillRunPage(page);
      await run.markNext('Fault injected');
      await run.markNext('Detected');
      await run.addNote('Pager went off on time.');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-run-${colorScheme}`);

      await page.keyboard.press('f');
      await expect(page.getByTestId('presenter-total')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `e2e/screenshots/drill-presenter-${colorScheme}.png` });
      await page.keyboard.press('Escape');
      await expect(run.totalClock()).toBeVisible();

      for (const label of ['Acknowledged', 'Diagnosed', 'Mitigated', 'Recovered']) {
        await run.markNext(label);
      }
      await page.keyboard.press('n');
      await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}/review$`));
      await page.getByRole('button', { name: 'Save review' }).click();
      await expect(
        page.getByText('Say whether the hypothesis held: yes, partly or no.'),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-review-${colorScheme}`);

      // A demo drill has a full history: targets met and missed, side events, a review.
      await app.goTo('Drills');
      await page.getByLabel('Status').selectOption('completed');
      await page.getByRole('table').getByRole('link').nth(3).click();
      await expect(page.getByRole('heading', { name: 'Measures' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-detail-${colorScheme}`);

      await page.goto('./#/drills/scenarios');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenario library');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `drill-scenarios-${colorScheme}`);
    });
  });
}
