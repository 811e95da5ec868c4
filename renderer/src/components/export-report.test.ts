import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlatformApi } from '@shared/platform-api';
import type { ReportExportOutcome, ReportRequest } from '@shared/report-request';
import { err, ok, type Result } from '@shared/result';
import { useToasts } from '../stores/toast.store';
import { exportReport } from './export-report';

const request: ReportRequest = { target: { kind: 'drill', drillId: 'd-1' }, paper: 'a4' };
const SAVED_ID = '5c0ffee0-1234-4abc-8def-0123456789ab';

/** A shell that answers the export as told and records what "Show in folder" asks for. */
function shell(answer: Result<ReportExportOutcome>, shown: Result<null> = ok(null)) {
  const showSavedFile = vi.fn((_savedId: string) => Promise.resolve(shown));
  const api = {
    exportReportPdf: vi.fn(() => Promise.resolve(answer)),
    showSavedFile,
  } as Partial<PlatformApi> as PlatformApi;
  return { api: () => api, showSavedFile };
}

const toasts = () => useToasts.getState().toasts;

describe('exporting a report from its button', () => {
  beforeEach(() => {
    useToasts.setState({ toasts: [] });
  });

  it('offers "Show in folder" when the desktop app saved the PDF, and shows that file', async () => {
    const { api, showSavedFile } = shell(
      ok({ outcome: 'saved', fileName: 'trend.pdf', savedId: SAVED_ID }),
    );
    await exportReport(request, api);
    expect(toasts()).toMatchObject([
      { kind: 'success', text: 'Report saved as trend.pdf.', action: { label: 'Show in folder' } },
    ]);
    toasts()[0]?.action?.run();
    expect(showSavedFile).toHaveBeenCalledWith(SAVED_ID);
  });

  it('offers no action when the save answered with no id to show', async () => {
    const { api } = shell(ok({ outcome: 'saved', fileName: 'trend.pdf' }));
    await exportReport(request, api);
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]?.text).toBe('Report saved as trend.pdf.');
    expect(toasts()[0]?.action).toBeUndefined();
  });

  it.each<[string, ReportExportOutcome]>([
    ['the web shell opened the report for the browser’s print', { outcome: 'opened-for-print' }],
    ['the user cancelled the save dialog', { outcome: 'cancelled' }],
  ])('says nothing when %s: no file was saved', async (_name, outcome) => {
    const { api } = shell(ok(outcome));
    await exportReport(request, api);
    expect(toasts()).toEqual([]);
  });

  it('shows a failed export as an error, with nothing to show in a folder', async () => {
    const { api } = shell(err('report-failed', 'This drill no longer exists.'));
    await exportReport(request, api);
    expect(toasts()).toMatchObject([{ kind: 'error', text: 'This drill no longer exists.' }]);
    expect(toasts()[0]?.action).toBeUndefined();
  });

  it('says so when the file can no longer be shown', async () => {
    const gone = 'That file was not saved by MTTR Studio in this session.';
    const { api } = shell(
      ok({ outcome: 'saved', fileName: 'trend.pdf', savedId: SAVED_ID }),
      err('not-allowed', gone),
    );
    await exportReport(request, api);
    toasts()[0]?.action?.run();
    await vi.waitFor(() => {
      expect(toasts().map((t) => t.text)).toContain(gone);
    });
  });
});
