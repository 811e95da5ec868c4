import { expect, test } from '../support/test';
import { TeamsPage } from './pages/teams-page';
import { dumpDatabase } from '../support/database';

test.describe('teams, services and people', () => {
  test('create, rename and delete a team with its services and people', async ({ page }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Checkout Web');
    await expect(page.getByRole('heading', { level: 2, name: 'Checkout Web' })).toBeVisible();

    await teams.addService('Cart API', 1);
    await teams.app.expectToast('Service “Cart API” added.');
    await teams.addService('Promotions', 3);
    const services = teams.table(/Services of Checkout Web/);
    await expect(services.getByRole('row')).toHaveCount(3);
    await expect(services.getByRole('row').nth(1)).toContainText('Cart API');
    await expect(services.getByRole('row').nth(1)).toContainText('Tier 1');

    await teams.addPerson('Amara Okafor', 'Site reliability engineer');
    await teams.app.expectToast('Amara Okafor added.');
    await expect(teams.table(/People of Checkout Web/)).toContainText('Site reliability engineer');

    await teams.rename('Checkout Experience');
    await teams.app.expectToast('Team renamed to “Checkout Experience”.');
    await expect(teams.teamList().getByRole('link', { name: 'Checkout Experience' })).toBeVisible();
    await expect(teams.app.teamSwitcher().locator('option:checked')).toHaveText(
      'Checkout Experience',
    );

    const dialog = await teams.deleteCurrentTeam();
    await expect(dialog).toContainText('2 services, 1 person');
    await dialog.getByRole('button', { name: 'Delete team and its data' }).click();
    await teams.app.expectToast('Team “Checkout Experience” deleted.');
    const dump = await dumpDatabase(page);
    expect(dump.teams).toEqual([]);
    expect(dump.services).toEqual([]);
    expect(dump.people).toEqual([]);
  });

  test('edit a service and a person in place, and remove them after confirming', async ({
    page,
  }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Identity');
    await teams.addService('Login', 2);
    await teams.addPerson('Jun Park', 'Backend engineer');

    await page.getByRole('button', { name: 'Edit service Login' }).click();
    const edit = page.getByRole('form', { name: 'Edit service Login' });
    await edit.getByLabel('Service name').fill('Login API');
    await edit.getByLabel('Tier').selectOption('1');
    await edit.getByRole('button', { name: 'Save' }).click();
    await teams.app.expectToast('Service “Login API” saved.');
    await expect(teams.table(/Services of Identity/)).toContainText('Tier 1');

    await page.getByRole('button', { name: 'Edit person Jun Park' }).click();
    const person = page.getByRole('form', { name: 'Edit person Jun Park' });
    await person.getByLabel('Role').fill('On-call lead');
    await person.getByRole('button', { name: 'Save' }).click();
    await expect(teams.table(/People of Identity/)).toContainText('On-call lead');

    await page.getByRole('button', { name: 'Remove service Login API' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(teams.table(/Services of Identity/)).toContainText('Login API');

    await page.getByRole('button', { name: 'Remove service Login API' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove service' }).click();
    await teams.app.expectToast('Service “Login API” removed.');
    await expect(page.getByText('No services yet.')).toBeVisible();
  });

  test('bad input shows clear messages and saves nothing wrong', async ({ page }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    await teams.createTeam('Payments');
    await teams.addService('Ledger', 1);
    await teams.addPerson('Sam Rivera', 'Engineering manager');
    const before = await dumpDatabase(page);

    // Team names: empty, duplicate (ignoring case and spacing), too long, with a line break.
    await teams.submitNewTeam('   ');
    const create = page.getByRole('form', { name: 'Create a team' });
    await expect(create.getByText('Give the team a name.')).toBeVisible();
    await expect(create.getByLabel('Team name')).toHaveAttribute('aria-invalid', 'true');
    await create.getByLabel('Team name').fill(' payments ');
    await create.getByRole('button', { name: 'Create team' }).click();
    await expect(create.getByText('There is already a team called “Payments”.')).toBeVisible();
    await create.getByLabel('Team name').fill('x'.repeat(500));
    await create.getByRole('button', { name: 'Create team' }).click();
    await expect(create.getByText(/80 characters or fewer \(this one has 500\)/)).toBeVisible();

    // Services and people of the existing team.
    await teams.selectTeam('Payments');
    await teams.addService('', 2);
    await expect(teams.addServiceForm().locator('.error')).toHaveText(/name/i);
    await teams.addService('LEDGER', 2);
    await expect(teams.addServiceForm().locator('.error')).toContainText('Ledger');
    await teams.addPerson('Sam  Rivera', 'Engineer');
    await expect(teams.addPersonForm().locator('.error')).toContainText('Sam Rivera');
    await teams.addPerson('Alex Kim', '');
    await expect(teams.addPersonForm().locator('.error')).toHaveText(/role/i);
    await teams.rename('');
    await expect(teams.renameForm().getByText('Give the team a name.')).toBeVisible();

    expect(await dumpDatabase(page)).toEqual(before);
  });
});
