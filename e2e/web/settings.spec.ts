import { expect, test } from '../support/test';
import { AppPage } from './pages/app-page';

test.describe('settings', () => {
  test.use({ colorScheme: 'light' });

  test('a forced theme overrides the system one and survives a reload', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/settings');
    const html = page.locator('html');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();

    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(light);

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(html).toHaveAttribute('data-theme', 'dark');

    await page.getByRole('radio', { name: 'Follow the system' }).check();
    await expect(html).not.toHaveAttribute('data-theme', /.+/);
    expect(await background()).toBe(light);
  });

  test('about names the web shell and the version', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/settings');
    const about = page.getByRole('region', { name: 'About' });
    await expect(about).toContainText('Web shell (in your browser)');
    await expect(about).toContainText(/\d+\.\d+\.\d+/);
  });
});
