// Sample data is easy to get and easy to be rid of: a screen that needs a team offers to load it
// right there, and Settings removes it in one action that deletes the sample teams with all they
// own and nothing the user recorded.
import { expect, test } from '../support/test';
import { dumpDatabase } from '../support/database';
import { AppPage, DEMO_TEAMS } from './pages/app-page';
import { TeamsPage } from './pages/teams-page';

interface Owned {
  readonly id: string;
  readonly teamId: string;
}

test('a screen that needs a team offers to load the demo data right there', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/drills');
  const empty = page.getByRole('region', { name: 'No team yet' });
  await expect(empty).toContainText('load the demo data');
  await empty.getByRole('button', { name: 'Load demo data' }).click();
  await app.expectToast(/Demo data loaded/);
  await expect(page.locator('tbody tr').first()).toBeVisible();
});

test('Remove sample data deletes the sample teams and all they own, and keeps the user’s team', async ({
  page,
}) => {
  const teams = new TeamsPage(page);
  await teams.app.open();
  await teams.app.loadDemoData();
  await teams.open();
  await teams.createTeam('Our Platform');
  await teams.addService('Billing API', 1);
  await teams.app.expectToast(/Billing API/);
  const before = await dumpDatabase(page);
  const ours = (before.teams as { id: string; name: string }[]).find(
    (t) => t.name === 'Our Platform',
  );
  if (ours === undefined) throw new Error('the team was not created');
  const ownedBy = (dump: typeof before, teamId: string) =>
    Object.fromEntries(
      Object.entries(dump)
        .filter(([store]) => store !== 'teams' && store !== 'settings')
        .map(([store, rows]) => [store, (rows as Owned[]).filter((r) => r.teamId === teamId)]),
    );

  await teams.app.goTo('Settings');
  await page.getByRole('button', { name: 'Remove sample data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the sample data?' });
  for (const name of DEMO_TEAMS) await expect(dialog).toContainText(`“${name}”`);
  await expect(dialog).not.toContainText('Our Platform');
  await dialog.getByRole('button', { name: 'Remove sample data' }).click();
  await teams.app.expectToast(`Sample data removed: ${DEMO_TEAMS.length} sample teams.`);
  await expect(page.getByText('No sample data is loaded.')).toBeVisible();

  const after = await dumpDatabase(page);
  expect(after.teams).toEqual([ours]);
  expect(ownedBy(after, ours.id)).toEqual(ownedBy(before, ours.id));
  for (const [store, rows] of Object.entries(after)) {
    if (store === 'teams' || store === 'settings') continue;
    expect(
      (rows as Owned[]).filter((r) => 'teamId' in r).every((r) => r.teamId === ours.id),
      `${store} holds nothing of the sample teams`,
    ).toBe(true);
  }
  await expect(teams.app.teamSwitcher().locator('option')).toHaveText(['Our Platform']);
});
