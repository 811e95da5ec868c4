// The desktop app keeping the metrics snapshot up to date in a folder the user chose, against the
// real Electron app (skipped, with the suite, where Electron's runtime is absent). The OS folder
// dialog cannot be clicked by a test, so main's dialog is replaced with one that answers a folder.
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron as electron,
  expect,
  test as base,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { METRICS_SNAPSHOT_FILE_NAME } from '@shared/metrics-folder';
import type { PlatformApi } from '@shared/platform-api';
import { AppPage } from '../web/pages/app-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type ShellWindow = Window & { api?: PlatformApi };

const test = base.extend<{ electronApp: ElectronApplication; appWindow: Page; folder: string }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  electronApp: async ({}, use) => {
    const profile = await mkdtemp(path.join(tmpdir(), 'mttr-electron-e2e-'));
    const app = await electron.launch({
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ROOT,
        `--user-data-dir=${profile}`,
      ],
      cwd: ROOT,
    });
    await use(app);
    await app.close();
    await rm(profile, { recursive: true, force: true });
  },
  appWindow: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await expect(page.getByText('MTTR Studio').first()).toBeVisible();
    await use(page);
  },
  // eslint-disable-next-line no-empty-pattern
  folder: async ({}, use) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'mttr-textfile-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
});

async function answerFolderDialog(app: ElectronApplication, folder: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [chosen] });
  }, folder);
}

async function openSettings(page: Page) {
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  const section = page.getByRole('region', { name: 'Metrics for Prometheus' });
  await expect(section).toBeVisible();
  return section;
}

const snapshotIn = (folder: string) =>
  readFile(path.join(folder, METRICS_SNAPSHOT_FILE_NAME), 'utf8').catch(() => '');

test('keeps the snapshot up to date in the chosen folder after every change, until stopped', async ({
  electronApp,
  appWindow,
  folder,
}) => {
  await answerFolderDialog(electronApp, folder);
  const section = await openSettings(appWindow);
  await expect(section.getByText(/^Off\./u)).toBeVisible();
  await section.getByRole('button', { name: 'Keep it up to date in a folder…' }).click();
  await expect(section.getByText(`Kept up to date in ${folder}`, { exact: false })).toBeVisible();

  // Written at once: no data yet, so only the metric descriptions.
  await expect
    .poll(() => snapshotIn(folder))
    .toContain('# TYPE mttr_studio_time_to_recover_seconds histogram\n');
  expect(await snapshotIn(folder)).not.toContain('mttr_studio_drills_completed_total{');

  // A change: the demo data. The snapshot follows within the debounce's longest wait.
  await new AppPage(appWindow).loadDemoData();
  await expect
    .poll(() => snapshotIn(folder), { timeout: 30_000 })
    .toMatch(/^mttr_studio_drills_completed_total\{source="drill",team="Payments Platform",/mu);
  await expect(section.getByText(/last written at \d\d:\d\d:\d\d\./u)).toBeVisible();
  // Only the snapshot is there: the temporary file was renamed into place.
  expect(await readdir(folder)).toEqual([METRICS_SNAPSHOT_FILE_NAME]);

  await section.getByRole('button', { name: 'Stop keeping it up to date' }).click();
  await expect(section.getByText(/^Off\./u)).toBeVisible();
  const before = await stat(path.join(folder, METRICS_SNAPSHOT_FILE_NAME));
  // Another change, after stopping: the file stays as it was.
  await appWindow.getByRole('button', { name: 'Remove sample data…' }).click();
  await appWindow
    .getByRole('dialog', { name: 'Remove the sample data?' })
    .getByRole('button', { name: 'Remove sample data' })
    .click();
  await new AppPage(appWindow).expectToast(/^Sample data removed/u);
  // Longer than the debounce: a keeper still running would have written by now.
  await appWindow.waitForTimeout(4000);
  const after = await stat(path.join(folder, METRICS_SNAPSHOT_FILE_NAME));
  expect(after.mtimeMs).toBe(before.mtimeMs);
});

test('main writes only snapshot text, and only where the user chose', async ({
  electronApp,
  appWindow,
  folder,
}) => {
  const write = (content: string) =>
    appWindow.evaluate(
      (text) => (window as ShellWindow).api?.writeMetricsSnapshot?.(text),
      content,
    );
  // No folder chosen yet: nothing is written.
  expect(await write('# HELP mttr_studio_a b\n')).toEqual({ ok: true, value: { written: false } });
  await answerFolderDialog(electronApp, folder);
  await appWindow.evaluate(() => (window as ShellWindow).api?.chooseMetricsFolder?.());
  expect(await write('#!/bin/sh\nrm -rf ~\n')).toMatchObject({
    ok: false,
    code: 'invalid-arguments',
  });
  expect(await write('# HELP mttr_studio_a b\n')).toEqual({ ok: true, value: { written: true } });
  expect(await readFile(path.join(folder, METRICS_SNAPSHOT_FILE_NAME), 'utf8')).not.toContain(
    'rm -rf',
  );
});
