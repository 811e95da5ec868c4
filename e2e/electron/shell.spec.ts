// The desktop shell's security promises, checked against the real Electron app: what the page can
// reach, what it cannot run, and where it cannot go.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
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
import { APP_ORIGIN } from '@shared/app-origin';
import { EXPOSED_API_FUNCTIONS } from '@shared/ipc-contract';
import type { PlatformApi } from '@shared/platform-api';
import type { ReportRequest } from '@shared/report-request';
import { dumpDatabase } from '../support/database';
import { readPdf } from '../support/pdf';
import { AppPage } from '../web/pages/app-page';

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

test.describe('exporting a report to PDF', () => {
  /** What the stand-in save dialog saw, kept on main's global object. */
  type DialogProbe = typeof globalThis & { saveDialogCalls?: unknown[] };

  /**
   * A test cannot click a native dialog, so main's save dialog is replaced with one that answers
   * `chosen` (null: the user cancels) and records the options it was opened with.
   */
  async function answerSaveDialog(app: ElectronApplication, chosen: string | null): Promise<void> {
    await app.evaluate(({ dialog }, filePath) => {
      const probe = globalThis as DialogProbe;
      probe.saveDialogCalls = [];
      const answer = (...args: unknown[]) => {
        probe.saveDialogCalls?.push(args.at(-1));
        return Promise.resolve(
          filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath },
        );
      };
      dialog.showSaveDialog = answer;
    }, chosen);
  }

  const saveDialogCalls = (app: ElectronApplication) =>
    app.evaluate(() => (globalThis as DialogProbe).saveDialogCalls ?? []);

  const exportReport = (page: Page, request: ReportRequest) =>
    page.evaluate((sent) => (window as ShellWindow).api?.exportReportPdf(sent), request);

  /** The demo data, and the ids of one team and its final assessment. */
  async function loadDemo(page: Page): Promise<{ teamId: string; assessmentId: string }> {
    await new AppPage(page).loadDemoData();
    const dump = await dumpDatabase(page);
    const teams = (dump.teams ?? []) as { id: string; name: string }[];
    const team = teams.find((candidate) => candidate.name === 'Payments Platform');
    const assessments = (dump.assessments ?? []) as {
      id: string;
      teamId: string;
      status: string;
    }[];
    const assessment = assessments.find((a) => a.teamId === team?.id && a.status === 'final');
    if (team === undefined || assessment === undefined) throw new Error('no demo assessment');
    return { teamId: team.id, assessmentId: assessment.id };
  }

  let outDir = '';
  test.beforeEach(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'mttr-electron-pdf-'));
  });
  test.afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  test('saves the assessment report (A4) and a trend report (Letter) where the user chose', async ({
    electronApp,
    appWindow,
  }) => {
    const { teamId, assessmentId } = await loadDemo(appWindow);

    const assessmentPdf = path.join(outDir, 'assessment.pdf');
    await answerSaveDialog(electronApp, assessmentPdf);
    const saved = await exportReport(appWindow, {
      target: { kind: 'assessment', assessmentId },
      paper: 'a4',
    });
    expect(saved).toEqual({
      ok: true,
      // The id "Show in folder" names the PDF by; its path never comes back to the page.
      value: {
        outcome: 'saved',
        fileName: 'assessment.pdf',
        savedId: expect.stringMatching(/^[0-9a-f-]{36}$/u),
      },
    });
    const [dialogOptions] = await saveDialogCalls(electronApp);
    expect(dialogOptions).toMatchObject({
      title: 'Save the report as PDF',
      defaultPath: expect.stringMatching(/mttr-assessment-[a-z0-9-]+\.pdf$/u),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect((await readFile(assessmentPdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const assessment = readPdf(assessmentPdf);
    expect(assessment.pageSize).toContain('(A4)');
    expect(assessment.text).toContain('Payments Platform');
    expect(assessment.imageCount).toBe(0);
    // The hidden report window is gone again.
    await expect.poll(() => electronApp.windows().length).toBe(1);

    // A second export right after the first: the one-at-a-time guard was released.
    const trendPdf = path.join(outDir, 'trend.pdf');
    await answerSaveDialog(electronApp, trendPdf);
    const trend = await exportReport(appWindow, {
      target: { kind: 'trend', teamId, period: 'all' },
      paper: 'letter',
    });
    expect(trend).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    const trendText = readPdf(trendPdf);
    expect(trendText.pageSize).toContain('(letter)');
    expect(trendText.text).toContain('Payments Platform');
  });

  test('writes nothing when the user cancels the save dialog', async ({
    electronApp,
    appWindow,
  }) => {
    const { assessmentId } = await loadDemo(appWindow);
    await answerSaveDialog(electronApp, null);
    const result = await exportReport(appWindow, {
      target: { kind: 'assessment', assessmentId },
      paper: 'a4',
    });
    expect(result).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(await saveDialogCalls(electronApp)).toHaveLength(1);
    expect(await readdir(outDir)).toEqual([]);
    await expect.poll(() => electronApp.windows().length).toBe(1);
  });

  test('reports a record that does not exist as an error value, with no dialog', async ({
    electronApp,
    appWindow,
  }) => {
    await answerSaveDialog(electronApp, path.join(outDir, 'never.pdf'));
    const result = await exportReport(appWindow, {
      target: { kind: 'drill', drillId: '00000000-0000-4000-8000-000000000000' },
      paper: 'a4',
    });
    expect(result).toMatchObject({ ok: false, code: 'report-failed' });
    expect(result?.ok === false ? result.message : '').not.toBe('');
    expect(await saveDialogCalls(electronApp)).toEqual([]);
    await expect.poll(() => electronApp.windows().length).toBe(1);
  });

  test('refuses a request that is not a report request', async ({ appWindow }) => {
    const result = await appWindow.evaluate(() =>
      (window as ShellWindow).api?.exportReportPdf({
        target: { kind: 'assessment', assessmentId: '../../etc/passwd' },
        paper: 'a4',
      }),
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid-arguments' });
  });
});
