// What one click on "Export PDF" does, apart from the button so it can be tested without a DOM:
// ask the shell for the PDF, then say what happened. A PDF the desktop app saved offers "Show in
// folder", as a saved backup does; the web shell's print has no file to show.
import type { PlatformApi } from '@shared/platform-api';
import type { ReportRequest } from '@shared/report-request';
import { platform } from '../platform/platform';
import { showInFolder } from '../platform/save-file';
import { toast } from '../stores/toast.store';

export async function exportReport(
  request: ReportRequest,
  api: () => PlatformApi = platform,
): Promise<void> {
  const result = await api().exportReportPdf(request);
  if (!result.ok) toast.error(result.message);
  else if (result.value.outcome === 'saved')
    toast.success(`Report saved as ${result.value.fileName}.`, showInFolder(result.value, api));
}
