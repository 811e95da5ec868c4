// One category of the assessment report: its level and score, then every criterion of every level
// with the agreed answer and its evidence. A row never splits across pages (report.css).
import { Fragment } from 'react';
import type {
  CategorySection,
  CriterionRow,
} from '../../../domain/reports/assessment-report-criteria';
import { ReportSection } from '../ReportFrame';

export function CategoryReport({ category }: { readonly category: CategorySection }) {
  return (
    <ReportSection id={`report-category-${category.id}`} title={category.name}>
      <p className="report-headline">{category.headline}</p>
      {category.unanswered !== null && (
        <p className="report-notice" role="note">
          {category.unanswered}
        </p>
      )}
      <table className="report-criteria">
        <caption className="report-caption">
          {category.name}: every criterion with its agreed answer and evidence
        </caption>
        <colgroup>
          <col className="col-level" />
          <col className="col-criterion" />
          <col className="col-answer" />
          <col className="col-evidence" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="report-level">
              Level
            </th>
            <th scope="col">Criterion</th>
            <th scope="col">Answer</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {category.rows.map((row) => (
            <CriterionLine key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

function CriterionLine({ row }: { readonly row: CriterionRow }) {
  const { evidence } = row;
  return (
    <tr className="report-criterion" data-criterion={row.id}>
      <td className="report-level">{row.level}</td>
      <td>{row.text}</td>
      <td>
        <span className={row.answered ? 'report-answer' : 'report-answer unanswered'}>
          {row.answer}
        </span>
        {row.naReason !== null && <span className="report-reason">{row.naReason}</span>}
      </td>
      <td className="report-evidence">
        {evidence === null ? (
          <span className="report-none">None recorded</span>
        ) : (
          <>
            {evidence.stale !== null && <span className="report-stale">{evidence.stale}</span>}
            {evidence.text !== '' && <span className="report-evidence-text">{evidence.text}</span>}
            {evidence.links.map((link) => (
              <span key={link} className="report-link">
                <BreakableUrl url={link} />
              </span>
            ))}
            {evidence.drills.map((drill, index) => (
              <span key={`${drill}-${index}`} className="report-drill-ref">
                {drill}
              </span>
            ))}
          </>
        )}
      </td>
    </tr>
  );
}

/** A URL that may wrap after each slash: a narrow column breaks it where a reader expects. */
function BreakableUrl({ url }: { readonly url: string }) {
  const parts = url.split(/(?<=\/)(?!\/)/u);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}
