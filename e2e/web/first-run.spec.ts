import { expect, test } from '../support/test';
import { AppPage } from './pages/app-page';
import { dumpDatabase } from '../support/database';

test.describe('first run', () => {
  test('an empty profile is guided to create its first team', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.heading()).toHaveText('Welcome to MTTR Studio');
    await expect(app.teamSwitcher()).toBeDisabled();
    await expect(app.teamSwitcher()).toHaveText('No teams yet');

    const form = page.getByRole('form', { name: 'Create a team' });
    await expect(form.getByLabel('Team name')).toBeFocused();
    await form.getByLabel('Team name').fill('  Payments   Platform ');
    await form.getByRole('button', { name: 'Create first team' }).click();

    await expect(app.heading()).toHaveText('Payments Platform');
    await expect(app.teamSwitcher()).toBeEnabled();
    await expect(app.teamSwitcher().locator('option:checked')).toHaveText('Payments Platform');
    const dump = await dumpDatabase(page);
    expect(dump.teams).toHaveLength(1);
    expect(dump.teams?.[0]).toMatchObject({ name: 'Payments Platform' });
  });

  test('load demo data fills every team, and loading it twice changes nothing', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    await expect(app.heading()).not.toHaveText('Welcome to MTTR Studio');
    const teamOptions = app.teamSwitcher().locator('option');
    expect(await teamOptions.count()).toBeGreaterThanOrEqual(3);
    const before = await dumpDatabase(page);
    expect(before.services?.length).toBeGreaterThan(0);
    expect(before.people?.length).toBeGreaterThan(0);

    await app.goTo('Settings');
    await app.loadDemoData();
    const after = await dumpDatabase(page);
    expect(after.teams).toEqual(before.teams);
    expect(after.services).toEqual(before.services);
    expect(after.people).toEqual(before.people);
  });

  test('the chosen team and the data survive a reload', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    const names = await app.teamSwitcher().locator('option').allTextContents();
    const last = names.at(-1) ?? '';
    await app.switchTeam(last);
    await expect(app.heading()).toHaveText(last);
    await page.reload();
    await expect(app.heading()).toHaveText(last);
    await expect(app.teamSwitcher().locator('option:checked')).toHaveText(last);
  });
});
