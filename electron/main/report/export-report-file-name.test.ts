// The file name an exported report offers in the save dialog.
import { describe, expect, it, vi } from 'vitest';
import { FALLBACK_FILE_NAME, suggestedFileName } from './export-report';
import { assessmentA4, setUp, SUGGESTED } from './export-report-fakes';

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
