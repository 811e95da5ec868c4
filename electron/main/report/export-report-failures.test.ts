// Exporting a report when the view cannot be drawn, never becomes ready, or the hidden window fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentA4, PDF_BYTES, setUp, type WindowScript } from './export-report-fakes';

afterEach(() => {
  vi.useRealTimers();
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
