import '../../styles/reports-screen.css';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { reportRoute, type ReportRequest } from '@shared/report-request';
import { ExportReportButton } from '../../components/ExportReportButton';
import { withReturn } from './reports-return';

interface ReportsKindCardProps {
  /** Prefix of the heading's id, e.g. `assessment-report`. */
  readonly id: string;
  readonly title: string;
  /** What the report holds, in one sentence. */
  readonly description: string;
  readonly children: ReactNode;
}

/** One kind of report on the Reports screen: what it holds, its choices and its two actions. */
export function ReportsKindCard({ id, title, description, children }: ReportsKindCardProps) {
  return (
    <section className="card reports-kind" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p>{description}</p>
      {children}
    </section>
  );
}

interface ReportsActionsProps {
  readonly request: ReportRequest;
  /**
   * False while the choices cannot be reported on (a custom period's dates): both actions then
   * stay where they are and call `onBlocked` instead, so the user is shown what to fix.
   */
  readonly valid?: boolean;
  readonly onBlocked?: () => void;
}

/** "Open the report" (the printable view in this window) and "Export PDF…" (one click to a file). */
export function ReportsActions({ request, valid = true, onBlocked }: ReportsActionsProps) {
  const route = withReturn(reportRoute(request), useLocation());
  return (
    <div className="button-row">
      <Link
        className="button"
        to={route}
        onClick={(event) => {
          if (valid) return;
          event.preventDefault();
          onBlocked?.();
        }}
      >
        Open the report
      </Link>
      {valid ? (
        <ExportReportButton request={request} primary />
      ) : (
        <button type="button" className="button primary" onClick={onBlocked}>
          Export PDF…
        </button>
      )}
    </div>
  );
}
