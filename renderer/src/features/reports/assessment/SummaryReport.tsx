// Page 1 of the assessment report (its figures and the result screen's radar chart), then the
// cover facts and the summary table.
import { RadarChart } from '../../../components/charts/RadarChart';
import type { Cover, Summary } from '../../../domain/reports/assessment-report-summary';
import { OVERALL_SCORE_LABEL } from '../../../domain/words/assessments';
import type { AssessmentReport } from '../../../domain/reports/assessment-report';
import { ExecutiveSummary } from '../ExecutiveSummary';
import { FactList } from '../FactList';
import { ReportSection } from '../ReportFrame';

export function CoverReport({ cover }: { readonly cover: Cover }) {
  return (
    <ReportSection id="report-cover" title="About this assessment">
      {cover.notices.map((notice) => (
        <p key={notice} className="report-notice" role="note">
          {notice}
        </p>
      ))}
      <FactList facts={cover.facts} />
    </ReportSection>
  );
}

/** Page 1: the overall figures with their n, the radar and the overdue action items. */
export function AssessmentExecutiveSummary({ report }: { readonly report: AssessmentReport }) {
  const { radar } = report.summary;
  // The model on page 1: a level means what its model's criteria say, and teams may use their own.
  const model = report.cover.facts.find((fact) => fact.label === 'Maturity model')?.value;
  return (
    <ExecutiveSummary headlines={report.headlines} overdue={report.overdue}>
      {model !== undefined && (
        <p className="report-note report-model">
          Maturity model: {model}. The scoring rule is the same for every model.
        </p>
      )}
      <div className="report-keep report-radar">
        <h3>Compared with the previous assessment and the targets</h3>
        <RadarChart title={radar.title} axes={radar.axes} series={radar.series} />
      </div>
    </ExecutiveSummary>
  );
}

export function SummaryReport({ summary }: { readonly summary: Summary }) {
  return (
    <ReportSection id="report-summary" title="Summary">
      <dl className="report-overall report-keep">
        <div>
          <dt>Overall level (lowest category)</dt>
          <dd>{summary.overallLevel}</dd>
        </div>
        <div>
          <dt>{OVERALL_SCORE_LABEL}</dt>
          <dd>{summary.overallScore}</dd>
        </div>
      </dl>
      <table className="report-summary-table">
        <caption className="report-caption">Level and score per category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Level</th>
            <th scope="col" className="number">
              Score
            </th>
            <th scope="col">Target</th>
            <th scope="col">Previous</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.categoryId}>
              <th scope="row">{row.name}</th>
              <td>{row.level}</td>
              <td className="number">{row.score}</td>
              <td>{row.target}</td>
              <td>{row.previous}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">{summary.previousNote}</p>
    </ReportSection>
  );
}
