import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/app-origin';
import type { ReportRequest } from '../../shared/report-request';
import { ok } from '../../shared/result';
import type { SaveDialogOptions } from '../ipc/save-file';
import { registerHandlers, type IpcMainLike } from '../ipc/validated-ipc';
import {
  FALLBACK_FILE_NAME,
  createReportExporter,
  suggestedFileName,
  type PdfOptions,
  type ReportExportDeps,
  type ReportWindow,
} from './export-report';
import type { ReportSignal } from './report-signal';
import { idleMetricsFolderHandlers } from '../metrics-folder-fakes';

const ASSESSMENT_ID = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
const assessmentA4: ReportRequest = {
  target: { kind: 'assessment', assessmentId: ASSESSMENT_ID },
  paper: 'a4',
};
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"
const SUGGESTED = 'mttr-assessment-payments-2026-11-21.pdf';
const CHOSEN_PATH = '/home/sam/Documents/payments assessment.pdf';

interface WindowScript {
  /** What the view answers; `never` leaves it loading forever. */
  readonly signal?: ReportSignal | 'never' | Promise<ReportSignal>;
  readonly loadError?: Error;
  readonly printError?: Error;
}

/** Records every call, in order, across the window, the dialog and the file system. */
function setUp(script: WindowScript = {}, overrides: Partial<ReportExportDeps> = {}) {
  const events: string[] = [];
  const loaded: string[] = [];
  const printed: PdfOptions[] = [];
  const openReportWindow = vi.fn((): ReportWindow => {
    events.push('open');
    return {
      load: (url) => {
        events.push('load');
        loaded.push(url);
        return script.loadError === undefined
          ? Promise.resolve()
          : Promise.reject(script.loadError);
      },
      waitForSignal: () => {
        const { signal = { state: 'ready', fileName: SUGGESTED } } = script;
        return signal === 'never'
          ? new Promise<ReportSignal>(() => undefined)
          : Promise.resolve(signal);
      },
      printToPdf: (options) => {
        events.push('print');
        printed.push(options);
        return script.printError === undefined
          ? Promise.resolve(PDF_BYTES)
          : Promise.reject(script.printError);
      },
      close: () => {
        events.push('close');
      },
    };
  });
  const showSaveDialog = vi.fn((_options: SaveDialogOptions) => {
    events.push('dialog');
    return Promise.resolve({ canceled: false, filePath: CHOSEN_PATH });
  });
  const writeFile = vi.fn((_path: string, _bytes: Uint8Array) => {
    events.push('write');
    return Promise.resolve();
  });
  const deps = { openReportWindow, showSaveDialog, writeFile, ...overrides };
  return { exportPdf: createReportExporter(deps), events, loaded, printed, ...deps };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('exporting a report that prints and is saved', () => {
  it('prints the app’s own report route and writes the bytes where the user chose', async () => {
    const { exportPdf, loaded, printed, showSaveDialog, writeFile, events } = setUp();
    await expect(exportPdf(assessmentA4)).resolves.toEqual({
      ok: true,
      value: { outcome: 'saved', fileName: 'payments assessment.pdf' },
    });
    expect(loaded).toEqual([`${APP_ENTRY_URL}#/reports/assessment/${ASSESSMENT_ID}?paper=a4`]);
    expect(printed).toEqual([
      { pageSize: 'A4', preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true },
    ]);
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: 'Save the report as PDF',
      defaultPath: SUGGESTED,
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(writeFile).toHaveBeenCalledWith(CHOSEN_PATH, PDF_BYTES);
    // The hidden window is gone before the dialog opens, and only one was ever made.
    expect(events).toEqual(['open', 'load', 'print', 'close', 'dialog', 'write']);
  });

  it('prints US Letter when the request asks for it', async () => {
    const { exportPdf, printed, loaded } = setUp();
    await exportPdf({ target: { kind: 'drill', drillId: 'd-1' }, paper: 'letter' });
    expect(printed[0]?.pageSize).toBe('Letter');
    expect(loaded).toEqual([`${APP_ENTRY_URL}#/reports/drill/d-1?paper=letter`]);
  });

  it('carries a custom trend period into the route', async () => {
    const { exportPdf, loaded } = setUp();
    await exportPdf({
      target: {
        kind: 'trend',
        teamId: 't-1',
        period: 'custom',
        from: '2026-01-01',
        to: '2026-03-31',
      },
      paper: 'a4',
    });
    expect(loaded).toEqual([
      `${APP_ENTRY_URL}#/reports/trend/t-1?paper=a4&period=custom&from=2026-01-01&to=2026-03-31`,
    ]);
  });
});

describe('cancelling the save dialog', () => {
  it.each([
    ['cancelled', { canceled: true, filePath: '' }],
    ['closed without a path', { canceled: false, filePath: '' }],
    ['answered with no path at all', { canceled: false }],
  ])('writes nothing when the dialog is %s, and closes the window', async (_name, answer) => {
    const { exportPdf, writeFile, events } = setUp(
      {},
      { showSaveDialog: () => Promise.resolve(answer) },
    );
    await expect(exportPdf(assessmentA4)).resolves.toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    expect(writeFile).not.toHaveBeenCalled();
    expect(events.filter((event) => event === 'close')).toHaveLength(1);
  });
});

describe('a write that fails', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'you do not have permission to write there'],
    ['EROFS', 'that place is read-only'],
  ])('returns %s as an io-error value saying what went wrong', async (code, reason) => {
    const failure = Object.assign(new Error(`${code}: refused`), { code });
    const { exportPdf } = setUp({}, { writeFile: () => Promise.reject(failure) });
    const result = await exportPdf(assessmentA4);
    expect(result).toMatchObject({ ok: false, code: 'io-error' });
    expect(result.ok ? '' : result.message).toContain(reason);
    expect(result.ok ? '' : result.message).toMatch(/^The file could not be saved/);
  });
});

describe('a report view that cannot be drawn', () => {
  it('returns the view’s own message and prints nothing', async () => {
    const message = 'This assessment no longer exists. It may have been deleted.';
    const { exportPdf, events, showSaveDialog } = setUp({ signal: { state: 'error', message } });
    await expect(exportPdf(assessmentA4)).resolves.toEqual({
      ok: false,
      code: 'report-failed',
      message,
    });
    expect(events).toEqual(['open', 'load', 'close']);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('says something useful when the view gives no reason', async () => {
    const { exportPdf } = setUp({ signal: { state: 'error', message: null } });
    const result = await exportPdf(assessmentA4);
    expect(result.ok ? '' : result.message).toBe(
      'The report could not be prepared, so no PDF was made.',
    );
  });

  it('flattens control characters and shortens a very long message', async () => {
    const message = `Line one\nline\u0000two ${'x'.repeat(500)}`;
    const { exportPdf } = setUp({ signal: { state: 'error', message } });
    const result = await exportPdf(assessmentA4);
    const text = result.ok ? '' : result.message;
    expect(text.startsWith('Line one line two x')).toBe(true);
    expect(text).toHaveLength(300);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('a report view that never becomes ready', () => {
  it('gives up after 30 seconds with an error value and closes the window', async () => {
    vi.useFakeTimers();
    const { exportPdf, events, showSaveDialog } = setUp({ signal: 'never' });
    const pending = exportPdf(assessmentA4);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(events).not.toContain('close');
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(result).toMatchObject({ ok: false, code: 'report-failed' });
    expect(result.ok ? '' : result.message).toContain('longer than 30 seconds');
    expect(events).toEqual(['open', 'load', 'close']);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('counts the page load in the time allowed', async () => {
    vi.useFakeTimers();
    const { exportPdf, events } = setUp(
      {},
      {
        readyTimeoutMs: 5_000,
        openReportWindow: () => ({
          load: () => new Promise<void>(() => undefined),
          waitForSignal: () => Promise.resolve({ state: 'ready', fileName: null }),
          printToPdf: () => Promise.resolve(PDF_BYTES),
          close: () => {
            events.push('close');
          },
        }),
      },
    );
    const pending = exportPdf(assessmentA4);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(pending).resolves.toMatchObject({ ok: false, code: 'report-failed' });
    expect(events).toEqual(['close']);
  });
});

describe('failures inside the hidden window', () => {
  it.each<[string, WindowScript, RegExp]>([
    [
      'the page fails to load',
      { loadError: new Error('ERR_FILE_NOT_FOUND') },
      /ERR_FILE_NOT_FOUND/,
    ],
    ['printing fails', { printError: new Error('Printing failed') }, /Printing failed/],
  ])('when %s: an error value, and the window is closed', async (_name, script, detail) => {
    const { exportPdf, events, showSaveDialog } = setUp(script);
    const result = await exportPdf(assessmentA4);
    expect(result).toMatchObject({ ok: false, code: 'report-failed' });
    expect(result.ok ? '' : result.message).toMatch(detail);
    expect(events.filter((event) => event === 'close')).toHaveLength(1);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('returns an error value when the window cannot even be made', async () => {
    const { exportPdf } = setUp(
      {},
      {
        openReportWindow: () => {
          throw new Error('no display');
        },
      },
    );
    await expect(exportPdf(assessmentA4)).resolves.toMatchObject({
      ok: false,
      code: 'report-failed',
    });
  });
});

describe('the suggested file name', () => {
  it.each([
    [SUGGESTED, SUGGESTED],
    ['Report.PDF', 'Report.PDF'],
    ['mttr-drill-payments-2026-11-21', 'mttr-drill-payments-2026-11-21.pdf'],
    ['  spaced.pdf  ', 'spaced.pdf'],
  ])('keeps a bare file name: %j → %j', (fromView, expected) => {
    expect(suggestedFileName(fromView)).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty name', ''],
    ['a path', '/etc/cron.d/report.pdf'],
    ['a parent folder', '../report.pdf'],
    ['a Windows path', 'C:\\Users\\sam\\report.pdf'],
    ['a hidden file', '.report.pdf'],
    ['a control character', 'rep\u0007ort.pdf'],
    ['a Windows device name', 'CON.pdf'],
    ['a name too long for a file system', `${'a'.repeat(197)}.pdf`],
  ])('falls back to the default for %s', (_name, fromView) => {
    expect(suggestedFileName(fromView)).toBe(FALLBACK_FILE_NAME);
  });

  it('offers the default name in the dialog when the view suggests a path', async () => {
    const { exportPdf, showSaveDialog } = setUp({
      signal: { state: 'ready', fileName: '../../.bashrc' },
    });
    await exportPdf(assessmentA4);
    expect(vi.mocked(showSaveDialog).mock.calls[0]?.[0].defaultPath).toBe('mttr-report.pdf');
  });
});

describe('one export at a time', () => {
  it('refuses a second export while the first is printing, without opening a window', async () => {
    let finishDrawing: (signal: ReportSignal) => void = () => undefined;
    const drawn = new Promise<ReportSignal>((resolve) => {
      finishDrawing = resolve;
    });
    const { exportPdf, openReportWindow } = setUp({ signal: drawn });
    const first = exportPdf(assessmentA4);
    await expect(exportPdf(assessmentA4)).resolves.toMatchObject({ ok: false, code: 'busy' });
    expect(openReportWindow).toHaveBeenCalledTimes(1);
    finishDrawing({ state: 'ready', fileName: SUGGESTED });
    await expect(first).resolves.toMatchObject({ ok: true });
    // Once the first is done, the next one runs.
    await expect(exportPdf(assessmentA4)).resolves.toMatchObject({ ok: true });
    expect(openReportWindow).toHaveBeenCalledTimes(2);
  });

  it('stays busy while the save dialog is open', async () => {
    let answer: (choice: { canceled: boolean }) => void = () => undefined;
    const dialogAnswered = new Promise<{ canceled: boolean }>((resolve) => {
      answer = resolve;
    });
    const showSaveDialog = vi.fn(() => dialogAnswered);
    const { exportPdf } = setUp({}, { showSaveDialog });
    const first = exportPdf(assessmentA4);
    await vi.waitFor(() => {
      expect(showSaveDialog).toHaveBeenCalled();
    });
    await expect(exportPdf(assessmentA4)).resolves.toMatchObject({ code: 'busy' });
    answer({ canceled: true });
    await expect(first).resolves.toEqual({ ok: true, value: { outcome: 'cancelled' } });
  });

  it('is free again after an export that failed', async () => {
    const { exportPdf } = setUp({ signal: { state: 'error', message: 'Gone.' } });
    await exportPdf(assessmentA4);
    await expect(exportPdf(assessmentA4)).resolves.toMatchObject({ code: 'report-failed' });
  });
});

describe('report:export-pdf through the validated IPC wrapper', () => {
  type Listener = Parameters<IpcMainLike['handle']>[1];

  /** The real wrapper, the real exporter (with fakes behind it), invoked like the renderer would. */
  function wired() {
    const listeners = new Map<string, Listener>();
    const fixture = setUp();
    registerHandlers(
      { handle: (channel, listener) => listeners.set(channel, listener) },
      {
        'app:get-info': () =>
          ok({ name: 'MTTR Studio', version: '1', shell: 'electron' as const, platform: 'linux' }),
        'shell:open-external': () => ok(null),
        'file:save': () => ok({ saved: false }),
        'report:export-pdf': fixture.exportPdf,
        'presenter:open': () => ok({ placement: 'same-display' as const }),
        'power:keep-display-awake': () => ok(null),
        'file:show-in-folder': () => ok(null),
        ...idleMetricsFolderHandlers(),
        'file:open-backups': () => ok({ cancelled: true, folderName: null, files: [], skipped: 0 }),
      },
      () => undefined,
    );
    const appFrame = { senderFrame: { url: `${APP_ENTRY_URL}#/assessments`, parent: null } };
    const invoke = (...args: unknown[]) => {
      const listener = listeners.get('report:export-pdf');
      if (listener === undefined) throw new Error('report:export-pdf is not registered');
      return listener(appFrame, ...args);
    };
    return { ...fixture, invoke };
  }

  const trend = { kind: 'trend', teamId: 't-1', period: 'custom', from: '2026-01-01' };
  it.each<[string, unknown[]]>([
    ['no request', []],
    ['a URL instead of a request', ['https://evil.example/report']],
    ['a URL smuggled in as an extra field', [{ ...assessmentA4, url: 'https://evil.example/' }]],
    [
      'a path smuggled into the target',
      [{ ...assessmentA4, target: { kind: 'assessment', assessmentId: 'a', path: '/tmp/x.pdf' } }],
    ],
    [
      'an id that is a path',
      [{ ...assessmentA4, target: { kind: 'assessment', assessmentId: '../../etc/passwd' } }],
    ],
    ['an id with a query', [{ ...assessmentA4, target: { kind: 'drill', drillId: 'd?print=1' } }]],
    [
      'an id too long to be one',
      [{ ...assessmentA4, target: { kind: 'drill', drillId: 'a'.repeat(101) } }],
    ],
    ['an unknown kind of report', [{ ...assessmentA4, target: { kind: 'backup', id: 'x' } }]],
    ['an unknown paper size', [{ ...assessmentA4, paper: 'a3' }]],
    ['an unknown period', [{ paper: 'a4', target: { ...trend, period: '2y' } }]],
    ['a custom period without its last day', [{ paper: 'a4', target: trend }]],
    [
      'a custom period that ends before it starts',
      [{ paper: 'a4', target: { ...trend, to: '2025-12-31' } }],
    ],
    ['a day that does not exist', [{ paper: 'a4', target: { ...trend, to: '2026-02-30' } }]],
    ['a second argument', [assessmentA4, '/tmp/out.pdf']],
  ])('refuses %s before any window opens', async (_name, args) => {
    const { invoke, openReportWindow } = wired();
    await expect(invoke(...args)).resolves.toMatchObject({
      ok: false,
      code: 'invalid-arguments',
    });
    expect(openReportWindow).not.toHaveBeenCalled();
  });

  it('runs the export for a valid request', async () => {
    const { invoke, loaded } = wired();
    const request = { paper: 'letter', target: { ...trend, to: '2026-02-28' } };
    await expect(invoke(request)).resolves.toMatchObject({ ok: true, value: { outcome: 'saved' } });
    expect(loaded).toHaveLength(1);
  });
});
