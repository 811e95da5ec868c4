import { expect, test } from '../support/test';
import { AppPage, SCREENS } from './pages/app-page';

test.describe('keyboard', () => {
  test('every screen is reachable from the navigation by keyboard alone', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    for (const screen of SCREENS) {
      const link = app.nav().getByRole('link', { name: screen, exact: true });
      // Start each round from the top of the page, as a keyboard user would after Home/Shift+Tab.
      await page.getByRole('link', { name: 'MTTR Studio' }).focus();
      await app.tabTo(link);
      await page.keyboard.press('Enter');
      await expect(link).toHaveAttribute('aria-current', 'page');
      // Focus moves to the new page's heading so reading starts there.
      await expect(app.heading()).toBeFocused();
    }
  });

  test('the skip link jumps past the navigation', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/settings');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await expect(page).toHaveURL(/#\/settings$/);
  });

  test('a team, a service and a person are created with the keyboard only', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await page.keyboard.type('Data Pipelines');
    await page.keyboard.press('Enter');
    await expect(app.heading()).toHaveText('Data Pipelines');

    await app.open('/teams');
    const serviceName = page
      .getByRole('form', { name: 'Add a service' })
      .getByLabel('Service name');
    await app.tabTo(serviceName);
    await page.keyboard.type('Ingest workers');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp'); // tier 2 → tier 1
    await page.keyboard.press('Tab'); // Enter on a select does not submit; the button does
    await page.keyboard.press('Enter');
    await app.expectToast('Service “Ingest workers” added.');
    await expect(page.getByRole('table', { name: /Services of/ })).toContainText('Tier 1');

    const personName = page.getByRole('form', { name: 'Add a person' }).getByLabel('Name');
    await app.tabTo(personName);
    await page.keyboard.type('Noor Haddad');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Platform engineer');
    await page.keyboard.press('Enter');
    await app.expectToast('Noor Haddad added.');
  });

  test('the team switcher is operable by keyboard and changes every screen', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    const names = await app.teamSwitcher().locator('option').allTextContents();
    await app.teamSwitcher().focus();
    await app.teamSwitcher().selectOption({ label: names[1] ?? '' });
    await expect(app.heading()).toHaveText(names[1] ?? '');
    await app.goTo('Drills');
    await expect(page.getByRole('region', { name: new RegExp(names[1] ?? '') })).toBeVisible();
  });
});
