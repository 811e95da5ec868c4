import { expect, test } from '../support/test';
import { AppPage } from './pages/app-page';

test('a scenario is copied one way, built-in or not: the copy opens for editing', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('/drills/scenarios');
  const builtIn = page.locator('.scenario-list > li').filter({ hasText: 'Built-in' }).first();
  // One copy action, with one name: no second button that does the same.
  await expect(builtIn.getByRole('button')).toHaveText(['Edit a copy']);
  await expect(builtIn.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  const name = (await builtIn.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await builtIn.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/#\/drills\/scenarios\/[^/]+$/);
  await app.expectToast(/^Copied as “/u);
  await expect(app.heading()).not.toHaveText('Scenario library');

  // A scenario of one's own is edited in place, or copied the same way.
  await app.open('/drills/scenarios');
  const own = page.locator('.scenario-list > li').filter({ hasNotText: 'Built-in' }).first();
  await expect(own).toContainText(name.replace('Built-in', '').trim());
  await expect(own.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  await expect(own.getByRole('button')).toHaveText(['Edit a copy']);
});
