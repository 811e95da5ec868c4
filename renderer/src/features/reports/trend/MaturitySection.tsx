// The team's maturity score per category at every final assessment: the Trends screen's chart,
// a legend that names each line's dash pattern (the report is often printed in black and white),
// and the scores as a table.
import { MaturityLinesChart } from '../../../components/trend-figures/TrendFigures';
import { maturityGrid, type TrendReport } from '../../../domain/reports/trend-report';
import { formatIsoDate } from '../../../domain/dates/format';
import { HowComputedRules } from '../../../components/trend-figures/HowComputed';
import { ReportSection } from '../ReportFrame';
import { ReportTable } from './ReportTable';

/** More assessments than this are split into several tables, so a table never runs off the page. */
const COLUMNS_PER_TABLE = 6;

const SERIES_COUNT = 8;

export function MaturitySection({ report }: { readonly report: TrendReport }) {
  const { maturity } = report.view;
  return (
    <ReportSection id="rt-maturity" title="Maturity score history">
      {maturity.assessments === 0 ? (
        <p>
          No final assessment yet: the history starts with the team&apos;s first finalised
          assessment.
        </p>
      ) : (
        <div className="report-keep">
          <div className="rt-chart rt-lines">
            <p className="trends-definition">
              The score of each category (1.0 to 5.0) at every final assessment of the team. Drafts
              are left out until they are finalised. The period does not apply here: the whole
              history is shown.
            </p>
            {/* A report is about one team: a line per category. */}
            <MaturityLinesChart maturity={maturity} />
            <LineLegend labels={maturity.lines.map((line) => line.label)} />
          </div>
          <MaturityTables report={report} />
        </div>
      )}
    </ReportSection>
  );
}

/** Each line's colour, dash pattern and marker, drawn with the chart's own classes. */
function LineLegend({ labels }: { readonly labels: readonly string[] }) {
  return (
    <ul className="rt-legend" aria-label="Legend">
      {labels.map((label, index) => (
        <li key={index}>
          <svg
            className={`tc-series tc-s${index % SERIES_COUNT}`}
            viewBox="0 0 36 12"
            width="36"
            height="12"
            aria-hidden="true"
          >
            <path className="tc-score-line" d="M1 6 H35" />
            <circle className="tc-score-point" cx="18" cy="6" r="3.5" />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

function MaturityTables({ report }: { readonly report: TrendReport }) {
  const grid = maturityGrid(report.view.maturity);
  const chunks: (typeof grid.columns)[] = [];
  for (let start = 0; start < grid.columns.length; start += COLUMNS_PER_TABLE) {
    chunks.push(grid.columns.slice(start, start + COLUMNS_PER_TABLE));
  }
  return chunks.map((columns, chunk) => {
    const offset = chunk * COLUMNS_PER_TABLE;
    return (
      <ReportTable
        key={offset}
        caption={`Score of each category (1 to 5) by assessment date${
          chunks.length > 1 ? `, part ${chunk + 1} of ${chunks.length}` : ''
        }`}
        columns={[
          { label: 'Category' },
          ...columns.map((column) => ({ label: formatIsoDate(column.takenOn), numeric: true })),
        ]}
        rows={grid.rows.map((row) => ({
          key: row.id,
          header: row.label,
          cells: columns.map((_, index) => row.scores[offset + index]?.toFixed(1) ?? '—'),
        }))}
      />
    );
  });
}

export function HowComputedSection() {
  return (
    <ReportSection id="rt-how" title="How figures are computed">
      <HowComputedRules />
    </ReportSection>
  );
}
