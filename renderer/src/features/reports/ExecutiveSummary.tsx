// Page 1 of every report: the headline figures with what they rest on, the report's own chart, and
// the action items overdue on the day it is generated. Whatever follows starts on page 2.
import type { ReactNode } from 'react';
import type { Headline, OverdueSummary } from '../../domain/reports/executive-summary';
import { ReportSection } from './ReportFrame';

interface ExecutiveSummaryProps {
  readonly headlines: readonly Headline[];
  readonly overdue: OverdueSummary;
  /** The report's chart (and anything else page 1 must show), between figures and items. */
  readonly children?: ReactNode;
}

export function ExecutiveSummary({ headlines, overdue, children }: ExecutiveSummaryProps) {
  return (
    <ReportSection id="report-executive-summary" title="Executive summary">
      <div className="report-page-one">
        {headlines.length > 0 && (
          <dl className="report-headlines report-keep" data-testid="report-headlines">
            {headlines.map((headline) => (
              <div key={headline.label}>
                <dt>{headline.label}</dt>
                <dd>
                  <span className="report-headline-value">{headline.value}</span>
                  <span className="report-headline-detail">{headline.detail}</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
        {children}
        <div className="report-overdue report-keep">
          <h3>Overdue action items</h3>
          <p>{overdue.text}</p>
          {overdue.rows.length > 0 && (
            <ul>
              {overdue.rows.map((row) => (
                <li key={row.key}>
                  <strong>{row.title}</strong> · {row.owner} · {row.due}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </ReportSection>
  );
}
