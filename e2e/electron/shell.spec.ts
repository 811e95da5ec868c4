// The desktop shell's security promises, checked against the real Electron app: what the page can
// reach, what it cannot run, and where it cannot go.
import { mkdtemp, rm } from 'node:fs/promises';
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
import { APP_ORIGIN } from '../../electron/shared/app-origin';
import { EXPOSED_API_FUNCTIONS } from '../../electron/shared/ipc-contract';
import type { PlatformApi } from '../../electron/shared/platform-api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the page sees: the preload's bridge, when it is there. */
type ShellWindow = Window & { api?: PlatformApi; __injected?: boolean };

const test = base.extend<{ electronApp: ElectronApplication; appWindow: Page }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  electronApp: async ({}, use) => {
    const profile = await mkdtemp(path.join(tmpdir(), 'mttr-electron-e2e-'));
    const app = await electron.launch({
      args: [
        // Chromium refuses to run as root with its sandbox (CI containers); the app's own
        // renderer sandbox (no Node, isolated preload) is unaffected by this flag.
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
});

test('opens one window showing the app from its own origin', async ({ electronApp, appWindow }) => {
  expect(appWindow.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);
  await expect(appWindow.getByText('MTTR Studio').first()).toBeVisible();
  expect(electronApp.windows()).toHaveLength(1);
});

test('window.api exposes exactly the reviewed functions', async ({ appWindow }) => {
  const keys = await appWindow.evaluate(() => Object.keys((window as ShellWindow).api ?? {}));
  expect(keys.sort()).toEqual([...EXPOSED_API_FUNCTIONS].sort());
});

test('getAppInfo reports the Electron shell', async ({ appWindow }) => {
  const info = await appWindow.evaluate(() => (window as ShellWindow).api?.getAppInfo());
  expect(info).toMatchObject({ ok: true, value: { shell: 'electron', name: 'MTTR Studio' } });
});

test('the page has no Node: process and require are undefined', async ({ appWindow }) => {
  const globals = await appWindow.evaluate(() => ({
    process: typeof (window as unknown as { process?: unknown }).process,
    require: typeof (window as unknown as { require?: unknown }).require,
  }));
  expect(globals).toEqual({ process: 'undefined', require: 'undefined' });
});

test('the CSP blocks an injected inline script', async ({ appWindow }) => {
  const outcome = await appWindow.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      // A blocked script reports at once; the timeout only keeps a failure from hanging the test.
      setTimeout(() => {
        resolve('none');
      }, 5_000);
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          resolve(event.violatedDirective);
        },
        { once: true },
      );
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const directive = await violation;
    return { directive, injected: (window as ShellWindow).__injected === true };
  });
  expect(outcome.injected).toBe(false);
  expect(outcome.directive).toMatch(/^script-src/);
});

test('navigating the window to another site is refused', async ({ electronApp, appWindow }) => {
  type Probe = typeof globalThis & { navigationPrevented?: boolean };
  // Listen in main for the navigation; the app's own guard was registered first, so by the time
  // this listener runs the event already says whether it was prevented.
  await electronApp.evaluate(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    win?.webContents.once('will-navigate', (event) => {
      (globalThis as Probe).navigationPrevented = event.defaultPrevented;
    });
  });
  await appWindow.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await expect
    .poll(() => electronApp.evaluate(() => (globalThis as Probe).navigationPrevented))
    .toBe(true);
  expect(appWindow.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);
  await expect(appWindow.getByText('MTTR Studio').first()).toBeVisible();
});

test('window.open opens nothing', async ({ electronApp, appWindow }) => {
  const opened = await appWindow.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(electronApp.windows()).toHaveLength(1);
});

test('openExternal refuses a link that is not allow-listed', async ({ appWindow }) => {
  const result = await appWindow.evaluate(() =>
    (window as ShellWindow).api?.openExternal('https://example.com/'),
  );
  expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
});
