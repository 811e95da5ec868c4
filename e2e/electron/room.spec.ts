// The desktop shell in the room and in daily use, checked against the real Electron app: the
// presenter's own window, the display kept awake, the right-click menu, recovery from a crashed
// page, the log file, Help's folders and "Show in folder". Native dialogs and menus cannot be
// clicked by a test, so main's dialog, menu and shell functions are replaced with recorders in
// the main process (app.evaluate) where a test needs to see or answer them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
import type { PlatformApi } from '@shared/platform-api';
import { dumpDatabase } from '../support/database';
import { AppPage } from '../web/pages/app-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type ShellWindow = Window & { api?: PlatformApi };
/** What the recorders saw, kept on main's global object. */
type Probe = typeof globalThis & { calls?: Record<string, unknown[][]> };

const test = base.extend<{ profile: string; electronApp: ElectronApplication; appWindow: Page }>({
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'mttr-electron-room-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  electronApp: async ({ profile }, use) => {
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
  },
  appWindow: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await expect(page.getByText('MTTR Studio').first()).toBeVisible();
    await use(page);
  },
});

/** How a recorder answers: a value, a promise of one, a stand-in menu, or the real method. */
type Answer = { readonly value: unknown } | { readonly resolve: unknown } | 'menu' | 'passthrough';

/**
 * Replaces `object.method` in main (an Electron module: dialog, shell, Menu, powerSaveBlocker)
 * with a recorder that answers as told, under calls[`object.method`] (window arguments left out).
 */
async function record(
  app: ElectronApplication,
  object: 'dialog' | 'shell' | 'Menu' | 'powerSaveBlocker',
  method: string,
  answer: Answer,
): Promise<void> {
  await app.evaluate(
    (electronModule, { object, method, answer }) => {
      const probe = globalThis as Probe;
      probe.calls ??= {};
      const key = `${object}.${method}`;
      probe.calls[key] = [];
      const target = (electronModule as unknown as Record<string, Record<string, unknown>>)[object];
      if (target === undefined) throw new Error(`no ${object} in electron`);
      const original = target[method] as (...args: unknown[]) => unknown;
      target[method] = (...args: unknown[]) => {
        probe.calls?.[key]?.push(
          args.filter((arg) => typeof arg !== 'object' || arg === null || !('webContents' in arg)),
        );
        // 'passthrough' keeps the real behaviour while recording (the power-save blocker).
        if (answer === 'passthrough') return original.apply(target, args);
        if (answer === 'menu') return { popup: () => undefined };
        return 'resolve' in answer ? Promise.resolve(answer.resolve) : answer.value;
      };
    },
    { object, method, answer },
  );
}

const calls = (app: ElectronApplication, key: string) =>
  app.evaluate((_electron, name) => (globalThis as Probe).calls?.[name] ?? [], key);

async function demoDrillId(page: Page): Promise<string> {
  await new AppPage(page).loadDemoData();
  const drills = ((await dumpDatabase(page)).drills ?? []) as { id: string }[];
  const id = drills[0]?.id;
  if (id === undefined) throw new Error('no demo drill');
  return id;
}

test.describe('the presenter window', () => {
  test('opens the drill’s presenter in a window of its own, once, made by main', async ({
    electronApp,
    appWindow,
  }) => {
    const drillId = await demoDrillId(appWindow);
    const opened = electronApp.waitForEvent('window');
    const result = await appWindow.evaluate(
      (id) => (window as ShellWindow).api?.openPresenter(id),
      drillId,
    );
    // The test display (Xvfb) is one screen: a window beside the app's, not full screen.
    expect(result).toEqual({ ok: true, value: { placement: 'same-display' } });
    const presenter = await opened;
    await expect(presenter).toHaveURL(new RegExp(`#/drills/${drillId}/present\\?window=own$`));
    await expect(presenter.getByRole('main', { name: 'Presenter view' })).toBeVisible();
    // Made by the same secure factory as the app window: no Node in the page, the same bridge.
    const globals = await presenter.evaluate(() => ({
      process: typeof (window as unknown as { process?: unknown }).process,
      require: typeof (window as unknown as { require?: unknown }).require,
      api: Object.keys((window as ShellWindow).api ?? {}).length > 0,
    }));
    expect(globals).toEqual({ process: 'undefined', require: 'undefined', api: true });
    // Asking again brings the same window forward.
    await appWindow.evaluate((id) => (window as ShellWindow).api?.openPresenter(id), drillId);
    expect(electronApp.windows()).toHaveLength(2);
    // Escape closes it; the app window stays.
    await presenter.keyboard.press('Escape').catch(() => undefined);
    await expect.poll(() => electronApp.windows().length).toBe(1);
  });

  test('refuses anything but a drill UUID, and the page still cannot open windows', async ({
    electronApp,
    appWindow,
  }) => {
    for (const bad of ['drill-1', '../settings', 'app://mttr-studio/index.html']) {
      const result = await appWindow.evaluate(
        (id) => (window as ShellWindow).api?.openPresenter(id),
        bad,
      );
      expect(result).toMatchObject({ ok: false, code: 'invalid-arguments' });
    }
    await appWindow.evaluate(() => window.open('app://mttr-studio/index.html#/drills'));
    expect(electronApp.windows()).toHaveLength(1);
  });
});

test('keeps the display awake while asked, and lets go when told or when the window goes', async ({
  electronApp,
  appWindow,
}) => {
  await record(electronApp, 'powerSaveBlocker', 'start', 'passthrough');
  await record(electronApp, 'powerSaveBlocker', 'stop', 'passthrough');
  const keepAwake = (awake: boolean) =>
    appWindow.evaluate((flag) => (window as ShellWindow).api?.keepDisplayAwake(flag), awake);
  expect(await keepAwake(true)).toEqual({ ok: true, value: null });
  expect(await calls(electronApp, 'powerSaveBlocker.start')).toEqual([['prevent-display-sleep']]);
  await keepAwake(false);
  expect(await calls(electronApp, 'powerSaveBlocker.stop')).toHaveLength(1);

  // A crashed page's request ends with it.
  await record(electronApp, 'dialog', 'showMessageBox', { resolve: { response: 1 } });
  await keepAwake(true);
  await electronApp.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer();
  });
  await expect.poll(() => calls(electronApp, 'powerSaveBlocker.stop')).toHaveLength(2);
});

test('a right-click in a text field offers cut, copy, paste and select all', async ({
  electronApp,
  appWindow,
}) => {
  await expect(appWindow.getByRole('main')).toBeVisible();
  await record(electronApp, 'Menu', 'buildFromTemplate', 'menu');
  await electronApp.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.webContents.emit(
      'context-menu',
      { preventDefault: () => undefined },
      {
        isEditable: true,
        selectionText: '',
        editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
      },
    );
  });
  const [[template]] = (await calls(electronApp, 'Menu.buildFromTemplate')) as [
    [{ role?: string }[]],
  ];
  expect(template.map((item) => item.role)).toEqual([
    'cut',
    'copy',
    'paste',
    undefined,
    'selectAll',
  ]);
});

test('a crashed page offers to reload, and reloading brings the app back', async ({
  electronApp,
  appWindow,
}) => {
  await record(electronApp, 'dialog', 'showMessageBox', { resolve: { response: 0 } });
  await electronApp.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer();
  });
  await expect.poll(() => calls(electronApp, 'dialog.showMessageBox')).toHaveLength(1);
  const [[options]] = (await calls(electronApp, 'dialog.showMessageBox')) as [
    [{ buttons: string[]; message: string }],
  ];
  expect(options.message).toBe('This window stopped working.');
  expect(options.buttons).toEqual(['Reload', 'Close window']);
  await expect(appWindow.getByText('MTTR Studio').first()).toBeVisible();
});

test('writes a log file in the data folder, which Help → Show logs opens', async ({
  electronApp,
  appWindow,
  profile,
}) => {
  await expect(appWindow.getByText('MTTR Studio').first()).toBeVisible();
  const log = await readFile(path.join(profile, 'logs', 'main.log'), 'utf8');
  expect(log).toMatch(/ info MTTR Studio .* started\./u);

  await record(electronApp, 'shell', 'openPath', { resolve: '' });
  await electronApp.evaluate(({ Menu }) => {
    const find = (label: string) =>
      Menu.getApplicationMenu()
        ?.items.flatMap((item) => item.submenu?.items ?? [])
        .find((item) => item.label === label);
    find('Show data folder')?.click();
    find('Show logs')?.click();
  });
  expect(await calls(electronApp, 'shell.openPath')).toEqual([
    [profile],
    [path.join(profile, 'logs')],
  ]);
});

test('a saved file can be shown in its folder, by the id its save answered with', async ({
  electronApp,
  appWindow,
  profile,
}) => {
  const chosen = path.join(profile, 'backup.json');
  await record(electronApp, 'dialog', 'showSaveDialog', {
    resolve: { canceled: false, filePath: chosen },
  });
  await record(electronApp, 'shell', 'showItemInFolder', { value: undefined });
  const saved = await appWindow.evaluate(() =>
    (window as ShellWindow).api?.saveFile({
      suggestedName: 'backup.json',
      content: '{}',
      kind: 'backup',
    }),
  );
  const savedId = saved?.ok === true ? (saved.value.savedId ?? '') : '';
  expect(savedId).toMatch(/^[0-9a-f-]{36}$/u);
  expect(
    await appWindow.evaluate((id) => (window as ShellWindow).api?.showSavedFile(id), savedId),
  ).toEqual({ ok: true, value: null });
  expect(await calls(electronApp, 'shell.showItemInFolder')).toEqual([[chosen]]);
  // A path is never accepted in place of the id.
  expect(
    await appWindow.evaluate((file) => (window as ShellWindow).api?.showSavedFile(file), chosen),
  ).toMatchObject({ ok: false, code: 'invalid-arguments' });
});

test('a saved PDF report can be shown in its folder, as a saved backup can', async ({
  electronApp,
  appWindow,
  profile,
}) => {
  const drillId = await demoDrillId(appWindow);
  const chosen = path.join(profile, 'drill report.pdf');
  await record(electronApp, 'dialog', 'showSaveDialog', {
    resolve: { canceled: false, filePath: chosen },
  });
  await record(electronApp, 'shell', 'showItemInFolder', { value: undefined });
  const exported = await appWindow.evaluate(
    (id) =>
      (window as ShellWindow).api?.exportReportPdf({
        target: { kind: 'drill', drillId: id },
        paper: 'a4',
      }),
    drillId,
  );
  expect(exported).toMatchObject({ ok: true, value: { outcome: 'saved' } });
  expect(JSON.stringify(exported)).not.toContain(profile);
  const savedId =
    exported?.ok === true && exported.value.outcome === 'saved'
      ? (exported.value.savedId ?? '')
      : '';
  expect(savedId).toMatch(/^[0-9a-f-]{36}$/u);
  expect(
    await appWindow.evaluate((id) => (window as ShellWindow).api?.showSavedFile(id), savedId),
  ).toEqual({ ok: true, value: null });
  expect(await calls(electronApp, 'shell.showItemInFolder')).toEqual([[chosen]]);

  // The toast after the export button offers the same action, and it shows the same file.
  await appWindow.evaluate((id) => {
    window.location.hash = `#/drills/${id}`;
  }, drillId);
  await appWindow
    .getByRole('button', { name: /Export PDF/u })
    .first()
    .click();
  await appWindow.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => calls(electronApp, 'shell.showItemInFolder')).toHaveLength(2);
});
