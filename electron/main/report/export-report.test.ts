// Exporting a report as a PDF: the run that prints and saves, a cancelled dialog, a failed write.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/app-origin';
import {
  ASSESSMENT_ID,
  assessmentA4,
  CHOSEN_PATH,
  PDF_BYTES,
  setUp,
  SUGGESTED,
} from './export-report-fakes';

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
