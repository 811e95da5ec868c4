import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import Papa from 'papaparse';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { dumpDatabase, recordedStores, type DatabaseDump } from '../support/database';
import { SettingsPage, expectScreens, screenTexts, seedDatabase } from './pages/settings-page';
import { TeamsPage } from './pages/teams-page';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

const total = (dump: DatabaseDump) =>
  Object.values(recordedStores(dump)).reduce((n, list) => n + list.length, 0);

test.describe('backup and restore', () => {
  test.use({ colorScheme: 'light' });

  test('a backup restored into an empty profile shows the same data, and a second import changes nothing', async ({
    page,
    browser,
    baseURL,
  }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.app.loadDemoData();
    const before = await dumpDatabase(page);
    const texts = await screenTexts(settings);

    await settings.open();
    const backup = await settings.backUp();
    expect(backup.name).toMatch(/^mttr-studio-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await settings.app.expectToast(`Backup saved as ${backup.name}.`);
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'mttr-studio-backup' });

    // A new browser context is a new, empty profile.
    const context = await browser.newContext({ baseURL, colorScheme: 'light' });
    const fresh = new SettingsPage(await context.newPage());
    await fresh.open();
    await fresh.chooseBackup(backup.name, backup.text);
    await expect(fresh.preview()).toContainText(/Made by\s*MTTR Studio \d+\.\d+\.\d+/);
    expect(await fresh.totals()).toEqual([total(before), 0, 0]);
    await expect(fresh.preview().getByRole('heading')).toBeFocused();
    await fresh.confirmImport();
    await fresh.app.expectToast(/Backup imported: \d+ added, 0 updated, 0 unchanged/);
    expect(await fresh.totals(fresh.resultTable())).toEqual([total(before), 0, 0]);
    expect(await dumpDatabase(fresh.page)).toEqual(before);
    await expectScreens(fresh, texts);

    // The same file again: everything is already there.
    await fresh.open();
    await fresh.chooseBackup(backup.name, backup.text);
    await expect(fresh.preview()).toContainText('importing it changes nothing');
    expect(await fresh.totals()).toEqual([0, 0, total(before)]);
    await fresh.confirmImport();
    expect(await dumpDatabase(fresh.page)).toEqual(before);
    await context.close();
  });

  test('a file that is not a backup is refused with its reason, and nothing changes', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.app.loadDemoData();
    const backup = await settings.backUp();
    const before = await dumpDatabase(page);

    const wrongFormat = JSON.stringify({ ...JSON.parse(backup.text), format: 'spreadsheet' });
    await settings.chooseBackup('wrong-format.json', wrongFormat);
    await expect(settings.restoreAlert()).toContainText(
      '"wrong-format.json" cannot be imported. The file is not an MTTR Studio backup',
    );
    await expect(settings.restoreAlert()).toContainText('spreadsheet');
    await expect(settings.preview()).toHaveCount(0);

    await settings.chooseBackup('notes.json', 'Meeting notes, not JSON {');
    await expect(settings.restoreAlert()).toContainText('"notes.json" cannot be imported');
    await expect(settings.restoreAlert()).toContainText('not valid JSON');

    await settings.chooseBackup('drills.csv', 'Team,Drill,Status\nPayments,Failover,completed\n');
    await expect(settings.restoreAlert()).toContainText(
      "this looks like a CSV file (perhaps the drills export); choose the backup's .json file",
    );

    const shadowed = backup.text.replace('{\n', '{\n  "schemaVersion": 999,\n');
    await settings.chooseBackup('shadowed.json', shadowed);
    await expect(settings.restoreAlert()).toContainText(
      'The file has "schemaVersion" twice in one object (schemaVersion, line 4)',
    );
    expect(await dumpDatabase(page)).toEqual(before);
  });

  test('Cancel leaves the data as it was and returns to the file control', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.app.loadDemoData();
    const backup = await settings.backUp();
    const edited = JSON.parse(backup.text) as {
      stores: { teams: { name: string; updatedAt: number }[] };
    };
    const [first] = edited.stores.teams;
    if (first === undefined) throw new Error('demo data has no team');
    first.name = 'Renamed in the backup';
    first.updatedAt += 60_000;
    const before = await dumpDatabase(page);

    await settings.chooseBackup('edited.json', JSON.stringify(edited));
    expect(await settings.totals()).toEqual([0, 1, total(before) - 1]);
    await settings.preview().getByRole('button', { name: 'Cancel' }).click();
    await expect(settings.preview()).toHaveCount(0);
    await expect(settings.data().getByLabel('Backup file to restore')).toBeFocused();
    expect(await dumpDatabase(page)).toEqual(before);
  });

  test('drills export as CSV: a header row and one row per drill', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.app.loadDemoData();
    const dump = await dumpDatabase(page);
    const drills = dump.drills as { teamId: string }[];

    const all = await settings.exportCsv('all teams');
    expect(all.name).toMatch(/^mttr-studio-drills-all-teams-\d{4}-\d{2}-\d{2}\.csv$/);
    await settings.app.expectToast(`Drills saved as ${all.name}.`);
    const rows = Papa.parse<string[]>(all.text.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.join(' ')).toMatch(/team/i);
    expect(rows).toHaveLength(drills.length + 1);

    const teamName = await settings.app.teamSwitcher().locator('option:checked').innerText();
    const teams = dump.teams as { id: string; name: string }[];
    const teamId = teams.find((team) => team.name === teamName)?.id;
    const one = await settings.exportCsv('current team');
    const teamRows = Papa.parse<string[]>(one.text.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(teamRows).toHaveLength(drills.filter((drill) => drill.teamId === teamId).length + 1);
  });

  test('the whole flow works from the keyboard', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.app.loadDemoData();
    const backupButton = settings.data().getByRole('button', { name: 'Back up all data' });
    await settings.app.tabTo(backupButton, 80);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mttr-studio-backup-/);
    const text = JSON.stringify(JSON.parse(await readFile(await download.path(), 'utf8')));

    await settings.chooseBackup('backup.json', text);
    await expect(settings.preview().getByRole('heading')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(settings.preview().getByRole('button', { name: 'Import' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(settings.resultTable()).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Settings → Data in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('passes axe with a preview and with a refused file', async ({ page }) => {
      const settings = new SettingsPage(page);
      await settings.open();
      await settings.app.loadDemoData();
      const backup = await settings.backUp();
      await settings.chooseBackup(backup.name, backup.text);
      await expect(settings.previewTable()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `settings-restore-preview-${colorScheme}`);

      await settings.chooseBackup('notes.json', 'not a backup');
      await expect(settings.restoreAlert()).toContainText('cannot be imported');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `settings-restore-error-${colorScheme}`);
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`data from a newer version, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('shows a clear screen, exports what it can read, and writes nothing', async ({ page }) => {
      // Dexie version 99 (IndexedDB 990): far beyond any this app knows, with a store it lacks.
      await seedDatabase(page, {
        name: 'mttr-studio',
        version: 990,
        stores: [
          {
            name: 'teams',
            keyPath: 'id',
            records: [
              { id: 't-1', name: 'Future team', createdAt: 1, updatedAt: 1, colour: 'teal' },
            ],
          },
          { name: 'holograms', keyPath: 'id', records: [] },
        ],
      });
      const before = await dumpDatabase(page);

      await page.goto('./#/');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText('This data was saved by a newer version of MTTR Studio');
      await expect(page.getByText('format version 99')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
      await snap(page, `newer-database-${colorScheme}`);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export a backup of what can be read' }).click(),
      ]);
      const text = await readFile(await download.path(), 'utf8');
      expect(JSON.parse(text)).toMatchObject({
        format: 'mttr-studio-backup',
        schemaVersion: 99,
        stores: { teams: [{ id: 't-1', name: 'Future team', colour: 'teal' }], holograms: [] },
      });
      await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toBeVisible();
      expect(await dumpDatabase(page)).toEqual(before);
      const version = await page.evaluate(async () => {
        const databases = await indexedDB.databases();
        return databases.find((db) => db.name === 'mttr-studio')?.version;
      });
      expect(version).toBe(990);
    });
  });
}

test.describe('backups made before upgrades', () => {
  test('are listed in Settings and download as they were kept', async ({ page }) => {
    const kept = JSON.stringify({ format: 'mttr-studio-backup', schemaVersion: 1, stores: {} });
    // The copy an upgrade would have left, as the app stores it.
    const createdAt = Date.UTC(2026, 2, 14, 9, 30);
    await seedDatabase(page, {
      name: 'mttr-studio-pre-upgrade-backups',
      version: 10,
      stores: [
        {
          name: 'backups',
          keyPath: 'id',
          indexes: ['createdAt'],
          records: [
            {
              id: `${new Date(createdAt).toISOString()}_v1`,
              createdAt,
              fromVersion: 1,
              toVersion: 2,
              appVersion: '1.1.0',
              length: kept.length,
              text: kept,
            },
          ],
        },
      ],
    });
    const settings = new SettingsPage(page);
    await settings.open();
    const row = settings.data().getByRole('row', { name: /March 14, 2026/ });
    await expect(row).toContainText('version 1 → 2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^Download the backup made/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'mttr-studio-backup-before-upgrade-v1-2026-03-14.json',
    );
    expect(await readFile(await download.path(), 'utf8')).toBe(kept);
  });
});

test.describe('a full disk', () => {
  test('a write refused for lack of space raises an alert that stays until dismissed', async ({
    page,
    baseURL,
  }) => {
    const teams = new TeamsPage(page);
    await teams.open();
    // Chromium's own quota, shrunk to nothing: the next IndexedDB commit fails as on a full disk.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(baseURL ?? '').origin,
      quotaSize: 1,
    });
    await teams.submitNewTeam('Checkout Web');
    const alert = page.getByRole('alert').filter({ hasText: 'The disk is full' });
    await expect(alert).toHaveText(
      'The disk is full: the last change was not saved. Free some space, then try again.Dismiss',
    );
    expect((await dumpDatabase(page)).teams).toEqual([]);
    await expectNoSeriousA11yViolations(page);
    await snap(page, 'disk-full-light');

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('The disk is full')).toHaveCount(0);
  });
});
