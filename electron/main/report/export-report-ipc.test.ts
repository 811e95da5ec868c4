// One export at a time, and the export reached through the validated IPC wrapper.
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/app-origin';
import { ok } from '../../shared/result';
import { registerHandlers, type IpcMainLike } from '../ipc/validated-ipc';
import type { ReportSignal } from './report-signal';
import { idleMetricsFolderHandlers } from '../metrics-folder-fakes';
import { assessmentA4, SAVED_ID, setUp, SUGGESTED } from './export-report-fakes';

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
    [
      'an unknown hypothesis result',
      [{ paper: 'a4', target: { ...trend, to: '2026-02-28', hypothesis: 'maybe' } }],
    ],
    [
      'a detection result that is a checklist’s',
      [{ paper: 'a4', target: { ...trend, to: '2026-02-28', detectedBy: 'all-done' } }],
    ],
    [
      'a checklist result that is not a word of the list',
      [{ paper: 'a4', target: { ...trend, to: '2026-02-28', checklist: 'none&print=1' } }],
    ],
    ['a second argument', [assessmentA4, '/tmp/out.pdf']],
  ])('refuses %s before any window opens', async (_name, args) => {
    const { invoke, openReportWindow } = wired();
    await expect(invoke(...args)).resolves.toMatchObject({
      ok: false,
      code: 'invalid-arguments',
    });
    expect(openReportWindow).not.toHaveBeenCalled();
  });

  it('prints a trend report with its results filters in the route', async () => {
    const { invoke, loaded } = wired();
    const target = { ...trend, to: '2026-02-28', hypothesis: 'yes', checklist: 'some-not-done' };
    await expect(invoke({ paper: 'a4', target })).resolves.toMatchObject({ ok: true });
    expect(loaded).toEqual([
      `${APP_ENTRY_URL}#/reports/trend/t-1?paper=a4&period=custom&from=2026-01-01&to=2026-02-28&hypothesis=yes&checklist=some-not-done`,
    ]);
  });

  it('runs the export for a valid request', async () => {
    const { invoke, loaded } = wired();
    const request = { paper: 'letter', target: { ...trend, to: '2026-02-28' } };
    await expect(invoke(request)).resolves.toMatchObject({
      ok: true,
      value: { outcome: 'saved', savedId: SAVED_ID },
    });
    expect(loaded).toHaveLength(1);
  });
});
