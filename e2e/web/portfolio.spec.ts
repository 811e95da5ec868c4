// The organisation's view: the backups of four teams, each made in its own browser profile, are
// merged at once; the portfolio shows them, a team group filters and summarises them, and the
// portfolio PDF prints the heatmap, the group's summary and the slowest recoveries with n.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { dumpDatabase } from '../support/database';
import { printReport, waitForReport } from '../support/pdf';
import { DEMO_TEAMS } from './pages/app-page';
import { PortfolioPage } from './pages/portfolio-page';
import { SettingsPage } from './pages/settings-page';
import { TeamsPage } from './pages/teams-page';

interface BackupFile {
  readonly name: string;
  readonly text: string;
}

/** A fresh profile that keeps one sample team (with its history) and backs it up. */
async function teamBackup(browser: Browser, baseURL: string, keep: string): Promise<BackupFile> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const teams = new TeamsPage(page);
  await teams.app.open();
  await teams.app.loadDemoData();
  await teams.open();
  for (const other of DEMO_TEAMS.filter((name) => name !== keep)) {
    await teams.selectTeam(other);
    const dialog = await teams.deleteCurrentTeam();
    await dialog.getByRole('button', { name: 'Delete team and its data' }).click();
    await teams.app.expectToast(`Team “${other}” deleted.`);
  }
  const settings = new SettingsPage(page);
  await settings.open();
  const backup = await settings.backUp();
  await context.close();
  const slug = keep.toLowerCase().replace(/[^a-z]+/gu, '-');
  return { name: `${slug}.json`, text: backup.text };
}

async function chooseBackups(page: Page, files: readonly BackupFile[]): Promise<void> {
  await new SettingsPage(page)
    .data()
    .getByLabel('Backup files to merge')
    .setInputFiles(
      files.map((file) => ({
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.text, 'utf8'),
      })),
    );
}

const manyPreview = (page: Page) => page.getByRole('region', { name: /^Before you merge/u });

test.describe('the portfolio of many teams', () => {
  test.use({ colorScheme: 'light' });

  test('four teams’ backups merged at once, filtered by group, printed as a PDF', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    const files: BackupFile[] = [];
    for (const team of DEMO_TEAMS) files.push(await teamBackup(browser, baseURL ?? '', team));

    const settings = new SettingsPage(page);
    await settings.open();
    await chooseBackups(page, files);
    const preview = manyPreview(page);
    await expect(preview.getByRole('heading')).toBeFocused();
    const perFile = preview.getByRole('table', { name: 'What each file would change' });
    for (const file of files) {
      await expect(perFile.getByRole('row', { name: new RegExp(file.name, 'u') })).toContainText(
        '1 new, 0 updated',
      );
    }
    await expectNoSeriousA11yViolations(page);
    await preview.getByRole('button', { name: 'Import 4 files' }).click();
    await settings.app.expectToast(/4 backups merged: \d+ added, \d+ updated, \d+ unchanged/u);
    const merged = await dumpDatabase(page);
    expect(merged.teams?.map((t) => (t as { name: string }).name).sort()).toEqual([...DEMO_TEAMS]);

    // The same four files again: the merge is idempotent.
    await chooseBackups(page, files);
    await expect(manyPreview(page)).toContainText('Import 4 files');
    for (const file of files) {
      await expect(perFile.getByRole('row', { name: new RegExp(file.name, 'u') })).toContainText(
        /0 new, 0 updated, \d+ unchanged/u,
      );
    }
    await manyPreview(page).getByRole('button', { name: 'Import 4 files' }).click();
    await settings.app.expectToast(/4 backups merged: 0 added, 0 updated, \d+ unchanged/u);
    expect(await dumpDatabase(page)).toEqual(merged);

    // The portfolio: every team, its levels in text beside its targets, recovery medians with n.
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    expect(await portfolio.teamNames()).toEqual([...DEMO_TEAMS]);
    const payments = portfolio.row('Payments Platform');
    await expect(payments).toContainText(/\d\.\d/u);
    await expect(payments).toContainText(/target \d/u);
    await expect(payments).toContainText(/\(n = \d+\)/u);
    await expectNoSeriousA11yViolations(page);

    // Sorting by a header button, from the keyboard.
    await portfolio.table().getByRole('button', { name: /^Team/u }).focus();
    await page.keyboard.press('Enter');
    await expect(portfolio.table().locator('th[aria-sort="descending"]')).toHaveCount(1);
    expect(await portfolio.teamNames()).toEqual([...DEMO_TEAMS].reverse());

    // A group filters the table and the summary.
    await portfolio.createGroup('Money', ['Payments Platform', 'Checkout Web']);
    const groupId = await portfolio.filterByGroup('Money');
    expect(await portfolio.teamNames()).toEqual(['Payments Platform', 'Checkout Web']);
    await expect(page.getByRole('heading', { name: 'Money: 2 teams' })).toBeVisible();
    await expect(page.getByText('Showing 2 teams of 4.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The PDF: the web shell shows the report and asks the browser to print it.
    // The browser's print dialog would block the page: counted instead, in this document.
    await page.evaluate(() => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls += 1;
      };
    });
    await page.getByRole('button', { name: 'Export portfolio PDF…' }).click();
    await expect(page).toHaveURL(new RegExp(`#/reports/portfolio\\?.*group=${groupId}`, 'u'));
    await waitForReport(page);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
      .toBe(1);
    const printed = await printReport(
      page,
      `/reports/portfolio?paper=a4&group=${groupId}`,
      'test-results/web/portfolio.pdf',
    );
    expect(printed.fileName).toBe(`mttr-portfolio-money-${printed.fileName.slice(-14)}`);
    expect(printed.text).toContain('Group “Money” (2 teams)');
    expect(printed.text).toContain('Levels against targets');
    expect(printed.text).toContain('Payments Platform');
    expect(printed.text).not.toContain('Data Pipelines');
    expect(printed.text).toMatch(/Money: 2 teams/u);
    expect(printed.text).toContain('Slowest recoveries');
    expect(printed.text).toMatch(/\(n = \d+\)/u);
    expect(printed.text).toMatch(/▲ target \d|✓ target \d/u);
  });

  test('a folder of backups is read as one choice; other files are skipped', async ({
    page,
    browser,
    baseURL,
  }) => {
    const one = await teamBackup(browser, baseURL ?? '', 'Data Pipelines');
    const folder = await mkdtemp(join(tmpdir(), 'team-backups-'));
    await writeFile(join(folder, one.name), one.text);
    await writeFile(join(folder, 'README.md'), 'Each team keeps its latest backup here.');
    await writeFile(join(folder, 'broken.json'), '{ not a backup');
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.data().getByLabel('Or a folder of backups').setInputFiles(folder);
    const preview = manyPreview(page);
    await expect(preview).toContainText('1 other file in the folder is not a backup');
    await expect(preview.getByRole('row', { name: /broken\.json/u })).toContainText('Refused:');
    await expect(preview.getByRole('row', { name: /data-pipelines\.json/u })).toContainText(
      '1 new, 0 updated',
    );
    await preview.getByRole('button', { name: 'Import 1 file' }).click();
    await settings.app.expectToast(/1 backup merged/u);
    await new PortfolioPage(page).open();
    expect(await new PortfolioPage(page).teamNames()).toEqual(['Data Pipelines']);
  });

  test('desktop: a folder chosen once is refreshed in one action', async ({
    page,
    browser,
    baseURL,
  }) => {
    const first = await teamBackup(browser, baseURL ?? '', 'Identity & Access');
    const second = await teamBackup(browser, baseURL ?? '', 'Checkout Web');
    // The desktop shell's bridge, as its preload exposes it: the OS dialog and the folder's
    // files are the main process's, played here by a folder that gains a file between reads.
    await page.addInitScript(
      ({ one, two }) => {
        let reads = 0;
        const file = (f: { name: string; text: string }) => ({
          name: f.name,
          text: f.text,
          byteLength: f.text.length,
        });
        const ok = <T>(value: T) => Promise.resolve({ ok: true, value });
        (window as unknown as { api: unknown }).api = {
          getAppInfo: () =>
            ok({ name: 'MTTR Studio', version: '1.0.0', shell: 'electron', platform: 'linux' }),
          openExternal: () => ok(null),
          saveFile: () => ok({ saved: false }),
          exportReportPdf: () => ok({ outcome: 'cancelled' }),
          onMenuCommand: () => () => undefined,
          openBackupFiles: ({ from }: { from: string }) => {
            if (from === 'files')
              return ok({ cancelled: true, folderName: null, files: [], skipped: 0 });
            reads += 1;
            const files = reads === 1 ? [file(one)] : [file(one), file(two)];
            return ok({ cancelled: false, folderName: 'team-backups', files, skipped: 1 });
          },
        };
      },
      { one: first, two: second },
    );
    const settings = new SettingsPage(page);
    await settings.open();
    const refresh = settings.data().getByRole('button', { name: /^Refresh from/u });
    await expect(refresh).toBeDisabled();
    await settings.data().getByRole('button', { name: 'Choose a folder…' }).click();
    await manyPreview(page).getByRole('button', { name: 'Import 1 file' }).click();
    await settings.app.expectToast(/1 backup merged/u);

    await expect(refresh).toHaveText('Refresh from “team-backups”');
    await refresh.click();
    const preview = manyPreview(page);
    await expect(preview.getByRole('row', { name: /identity-access\.json/u })).toContainText(
      /0 new, 0 updated, \d+ unchanged/u,
    );
    await expect(preview.getByRole('row', { name: /checkout-web\.json/u })).toContainText(
      '1 new, 0 updated',
    );
    await preview.getByRole('button', { name: 'Import 2 files' }).click();
    await settings.app.expectToast(/2 backups merged/u);
    await new PortfolioPage(page).open();
    expect(await new PortfolioPage(page).teamNames()).toEqual([
      'Checkout Web',
      'Identity & Access',
    ]);
  });

  test('the heatmap fits the window: only its own box scrolls, header and team names stay', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.app.open();
    await portfolio.app.loadDemoData();
    await portfolio.open();
    const box = page.getByRole('region', { name: 'Teams and levels' });
    for (const size of [
      { width: 1024, height: 700 },
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme });
        const at = `${size.width}x${size.height}-${colorScheme}`;
        await page.screenshot({ path: `e2e/screenshots/portfolio-${at}.png`, fullPage: true });
        const layout = await box.evaluate((element) => {
          const root = document.scrollingElement ?? document.documentElement;
          element.scrollTo({ left: element.scrollWidth, top: element.scrollHeight });
          const frame = element.getBoundingClientRect();
          const header = element.querySelector('thead th')?.getBoundingClientRect();
          const team = element.querySelector('tbody th')?.getBoundingClientRect();
          element.scrollTo({ left: 0, top: 0 });
          return {
            pageScrollsSideways: root.scrollWidth > root.clientWidth,
            headerAtTop: Math.abs((header?.top ?? -1) - frame.top) <= 2,
            teamAtLeft: Math.abs((team?.left ?? -1) - frame.left) <= 2,
          };
        });
        expect(layout, at).toEqual({
          pageScrollsSideways: false,
          headerAtTop: true,
          teamAtLeft: true,
        });
      }
    }
  });
});
