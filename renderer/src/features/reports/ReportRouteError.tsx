// A report route that fails (its code did not load, or it threw while drawing) shows the app's
// usual error screen, and also raises the report's error signal: an exporter waiting for this
// page then stops at once and tells the user why, instead of waiting out its timeout.
import { useRouteError } from 'react-router';
import { RouteError } from '../../components/RouteError';
import { useReportErrorSignal } from './use-report-ready';

export function ReportRouteError() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : String(error);
  useReportErrorSignal(
    `The report could not be shown, so no PDF was made. Try again; if it keeps happening, restart MTTR Studio. Details: ${detail}`,
  );
  return <RouteError />;
}
