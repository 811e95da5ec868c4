// Exporting a report as a PDF: the run that prints and saves, the id that shows the saved PDF in its
// folder, a cancelled dialog, a failed write.
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/app-origin';
import { ok } from '../../shared/result';
import { createHandlers, type HandlerDeps } from '../ipc/handlers';
import { createSavedFiles } from '../ipc/saved-files';
import {
  ASSESSMENT_ID,
  assessmentA4,
  CHOSEN_PATH,
  PDF_BYTES,
  SAVED_ID,
  setUp,
  SUGGESTED,
} from './export-report-fakes';

describe('exporting a report that prints and is saved', () => {
  it('prints the app’s own report route and writes the bytes where the user chose', async () => {
    const { exportPdf, loaded, printed, showSaveDialog, writeFile, events } = setUp();
    await expect(exportPdf(assessmentA4)).resolves.toEqual({
      ok: true,
      value: { outcome: 'saved', fileName: 'payments assessment.pdf', savedId: SAVED_ID },
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
    expect(events).toEqual(['open', 'load', 'print', 'close', 'dialog', 'write', 'remember']);
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

describe('"Show in folder" for a saved PDF', () => {
  it('names the saved PDF by an id that file:show-in-folder shows, never by its path', async () => {
    // One register for both, as main wires them: the exporter remembers, show-in-folder reads.
    const savedFiles = createSavedFiles(() => SAVED_ID);
    const { exportPdf } = setUp({}, { savedFiles });
    const showItemInFolder = vi.fn((_path: string) => undefined);
    const handlers = createHandlers({
      savedFiles,
      showItemInFolder,
      exportReportPdf: exportPdf,
    } as Partial<HandlerDeps> as HandlerDeps);
    const result = await handlers['report:export-pdf'](assessmentA4);
    const savedId = result.ok && result.value.outcome === 'saved' ? result.value.savedId : '';
    expect(savedId).toBe(SAVED_ID);
    expect(JSON.stringify(result)).not.toContain('/home/sam');
    expect(await handlers['file:show-in-folder'](SAVED_ID)).toEqual(ok(null));
    expect(showItemInFolder).toHaveBeenCalledWith(CHOSEN_PATH);
  });

  it('gives each saved PDF its own id, pointing at where that one was saved', async () => {
    let n = 0;
    const savedFiles = createSavedFiles(() => `id-${++n}`);
    const paths = ['/tmp/a.pdf', '/tmp/b.pdf'];
    const { exportPdf } = setUp(
      {},
      {
        savedFiles,
        showSaveDialog: () => Promise.resolve({ canceled: false, filePath: paths.shift() }),
      },
    );
    await expect(exportPdf(assessmentA4)).resolves.toMatchObject({ value: { savedId: 'id-1' } });
    await expect(exportPdf(assessmentA4)).resolves.toMatchObject({ value: { savedId: 'id-2' } });
    expect(savedFiles.pathOf('id-1')).toBe('/tmp/a.pdf');
    expect(savedFiles.pathOf('id-2')).toBe('/tmp/b.pdf');
  });

  it('hands out no id when the view could not be printed', async () => {
    const { exportPdf, remember } = setUp({ signal: { state: 'error', message: 'Gone.' } });
    const result = await exportPdf(assessmentA4);
    expect(result.ok).toBe(false);
    expect(remember).not.toHaveBeenCalled();
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
    // Nothing was saved, so there is nothing to show in a folder.
    expect(events).not.toContain('remember');
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
    const { exportPdf, remember } = setUp({}, { writeFile: () => Promise.reject(failure) });
    const result = await exportPdf(assessmentA4);
    expect(result).toMatchObject({ ok: false, code: 'io-error' });
    expect(remember).not.toHaveBeenCalled();
    expect(result.ok ? '' : result.message).toContain(reason);
    expect(result.ok ? '' : result.message).toMatch(/^The file could not be saved/);
  });
});
