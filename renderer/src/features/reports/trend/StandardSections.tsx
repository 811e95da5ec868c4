// The standard's key measures as "k of n", and this period set against the one before it with the
// bootstrap interval and the plain sentence, as the Trends screen computes them.
import { formatMinutes, formatSignedMinutes } from '../../../domain/dates/durations';
import type { TrendReport } from '../../../domain/reports/trend-report';
import { SMALL_SAMPLE, SMALL_SAMPLE_TEXT, type Summary } from '../../../domain/stats/summary';
import { keyMeasureRows } from '../../../components/trend-figures/key-measure-rows';
import { SmallSampleWarning } from '../../../components/trend-figures/SmallSample';
import { ReportSection } from '../ReportFrame';
import { ReportTable } from './ReportTable';
import { comparisonNames, dayText } from './trend-report-text';

export function KeyMeasuresSection({ report }: { readonly report: TrendReport }) {
  const { view } = report;
  return (
    <ReportSection id="rt-key" title="Key measures of the standard">
      <div className="report-keep">
        <p className="trends-definition">
          Computed from the completed drills of the period. Rates are given as “k of n”.
        </p>
        <SmallSampleWarning n={view.completed} />
        <ReportTable
          className="rt-key"
          caption="The maturity standard's key measures for this team and period"
          columns={[{ label: 'Measure' }, { label: 'Figure' }, { label: 'What it means' }]}
          rows={keyMeasureRows(view, 'Summary figures').map(({ label, figure, meaning }) => ({
            key: label,
            header: label,
            cells: [figure, meaning],
          }))}
        />
      </div>
    </ReportSection>
  );
}

export function ComparisonSection({ report }: { readonly report: TrendReport }) {
  const { comparison } = report.view;
  const { difference } = comparison;
  const names = comparisonNames(report.period);
  const row = (key: string, name: string, range: typeof comparison.a, s: Summary) => ({
    key,
    header: name,
    cells: [
      dayText(range.from),
      dayText(range.to),
      formatMinutes(s.median),
      formatMinutes(s.p90),
      formatMinutes(s.mean),
      `${s.n < SMALL_SAMPLE ? '⚠ ' : ''}${s.n}`,
    ],
  });
  const small = [
    { name: 'period A', n: comparison.summaryA.n },
    { name: 'period B', n: comparison.summaryB.n },
  ].filter((period) => period.n < SMALL_SAMPLE);
  return (
    <ReportSection id="rt-compare" title="Two periods compared">
      <div className="report-keep">
        <p className="trends-definition">
          {names.why} Recovery time of the team&apos;s completed drills in each.
        </p>
        <ReportTable
          className="rt-compact rt-periods"
          caption="Recovery time in the two periods, in minutes"
          columns={[
            { label: 'Period' },
            { label: 'First day' },
            { label: 'Last day' },
            { label: 'Median (min)', numeric: true },
            { label: 'p90 (min)', numeric: true },
            { label: 'Mean (min)', numeric: true },
            { label: 'n', numeric: true },
          ]}
          rows={[
            row('a', names.a, comparison.a, comparison.summaryA),
            row('b', names.b, comparison.b, comparison.summaryB),
          ]}
        />
        {small.length > 0 && (
          <p className="trends-warning">
            <span aria-hidden="true">⚠ </span>
            {SMALL_SAMPLE_TEXT}:{' '}
            {small.map((period) => `${period.name} (n = ${period.n})`).join(', ')}.
          </p>
        )}
        <p className="trends-sentence rt-sentence">{comparison.sentence}</p>
        {difference !== null && difference.difference !== undefined && (
          <p>
            Median B − median A: {formatSignedMinutes(difference.difference)} min
            {difference.low !== undefined && difference.high !== undefined
              ? `; 95 % interval ${formatSignedMinutes(difference.low)} to ${formatSignedMinutes(difference.high)} min (bootstrap, ${difference.resamples.toLocaleString('en-GB')} resamples; the same data always gives the same interval).`
              : '.'}
          </p>
        )}
      </div>
    </ReportSection>
  );
}
