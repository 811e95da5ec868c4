// The cover facts and the summary of the assessment report, with the result screen's radar chart.
import { RadarChart } from '../../../components/charts/RadarChart';
import type { Cover, Summary } from '../../../domain/reports/assessment-report-summary';
import { OVERALL_SCORE_LABEL } from '../../../domain/words/assessments';
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
      <div className="report-keep report-radar">
        <h3>Compared with the previous assessment and the targets</h3>
        <RadarChart
          title={summary.radar.title}
          axes={summary.radar.axes}
          series={summary.radar.series}
        />
      </div>
    </ReportSection>
  );
}
