// The frame every printable report shares: a toolbar on screen (back, paper size, print or save),
// the document laid out like paper, the running header and footer of the printed pages, and the
// ready signal the exporters wait for. The toolbar never prints.
import '../../styles/report.css';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  PAPER_LABELS,
  PAPER_SIZES,
  type PaperSize,
  type ReportRequest,
} from '@shared/report-request';
import type { IsoDate } from '../../domain/records/common';
import { parsePaper } from '../../domain/reports/paper';
import { formatIsoDate } from '../../domain/dates/format';
import { useToday } from '../../session/use-today';
import { Toasts } from '../../components/Toasts';
import { ExportReportButton } from '../../components/ExportReportButton';
import { returnTo, RETURN_LABEL } from './reports-return';
import { usePageStyle } from './use-page-style';
import { useReportReady, type ReportStatus } from './use-report-ready';

/** The paper this report is laid out for: from the URL, else the user's locale. */
export function useReportPaper(): PaperSize {
  const [params] = useSearchParams();
  return parsePaper(params.get('paper'), navigator.language);
}

/** Today as the reports print it ("Generated 21 Nov 2026"): the only date that is not data. */
export function useGeneratedOn(): IsoDate {
  return useToday();
}

interface ReportFrameProps {
  /** "Assessment report", "Drill report", "Team trend report". */
  readonly kindLabel: string;
  /** The document's heading, e.g. "Payments — assessment of 14 Mar 2026". */
  readonly title: string;
  /** Where "Back" goes: the screen the report was opened from. */
  readonly backTo: string;
  readonly backLabel: string;
  /** What this view prints, for the toolbar's save button; null while loading or missing. */
  readonly request: ReportRequest | null;
  readonly status: ReportStatus;
  readonly generatedOn: IsoDate;
  readonly children: ReactNode;
}

export function ReportFrame(props: ReportFrameProps) {
  const { kindLabel, title, backTo, backLabel, request, status, generatedOn, children } = props;
  const paper = useReportPaper();
  const ready = useReportReady(status);
  const generated = `Generated ${formatIsoDate(generatedOn)}`;
  // The running header names the report as its title does, and so does the PDF's Title, which
  // Chromium takes from the document's title in both shells (a file name is the save dialog's).
  const heading = `${kindLabel} · ${title}`;
  usePageStyle({ paper, header: heading, footer: `MTTR Studio · ${generated}` });
  useDocumentTitle(status.state === 'ready' ? heading : kindLabel);
  useAutoPrint(ready);
  return (
    <div className="report-screen">
      <ReportToolbar
        backTo={backTo}
        backLabel={backLabel}
        paper={paper}
        request={request}
        ready={ready}
      />
      <main className={`report-document paper-${paper}`} aria-labelledby="report-title">
        <header className="report-title-block">
          <p className="report-kind">{kindLabel}</p>
          <h1 id="report-title">{title}</h1>
          <p className="report-generated">{generated}</p>
        </header>
        {status.state === 'error' ? (
          <p className="report-error" role="alert">
            {status.message}
          </p>
        ) : status.state === 'loading' ? (
          <p role="status">Preparing the report…</p>
        ) : (
          children
        )}
      </main>
      <Toasts />
    </div>
  );
}

interface ToolbarProps {
  readonly backTo: string;
  readonly backLabel: string;
  readonly paper: PaperSize;
  readonly request: ReportRequest | null;
  readonly ready: boolean;
}

function ReportToolbar({ backTo, backLabel, paper, request, ready }: ToolbarProps) {
  const [params, setParams] = useSearchParams();
  // Opened from the Reports screen: back to its choices rather than to the record's own screen.
  const reportsScreen = returnTo(params);
  return (
    <nav className="report-toolbar" aria-label="Report">
      <Link className="button" to={reportsScreen ?? backTo}>
        ← {reportsScreen === null ? backLabel : RETURN_LABEL}
      </Link>
      <label className="report-paper">
        Paper
        <select
          value={paper}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            next.set('paper', event.target.value);
            setParams(next, { replace: true });
          }}
        >
          {PAPER_SIZES.map((size) => (
            <option key={size} value={size}>
              {PAPER_LABELS[size]}
            </option>
          ))}
        </select>
      </label>
      {request !== null && (
        <ExportReportButton request={{ ...request, paper }} disabled={!ready} primary />
      )}
    </nav>
  );
}

function useDocumentTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

/**
 * `?print=1` (how the web shell exports) opens the browser's print dialog once the report is
 * ready. The flag is removed first, so a reload or "Back" does not print again.
 */
function useAutoPrint(ready: boolean): void {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('print') === '1';
  const printed = useRef(false);
  useEffect(() => {
    if (!ready || !wanted) return;
    const next = new URLSearchParams(params);
    next.delete('print');
    setParams(next, { replace: true });
    if (printed.current) return;
    printed.current = true;
    // After the URL change has rendered: print() blocks the page until the dialog closes.
    setTimeout(() => {
      printed.current = false;
      window.print();
    }, 0);
  }, [ready, wanted, params, setParams]);
}

/** A titled part of a report. Headings never end a page; `newPage` starts one. */
export function ReportSection(props: {
  readonly id: string;
  readonly title: string;
  readonly newPage?: boolean;
  readonly children: ReactNode;
}) {
  const { id, title, newPage = false, children } = props;
  return (
    <section className={`report-section${newPage ? ' new-page' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
