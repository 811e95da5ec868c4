// The report's opening: what it covers, the counts, the summary figures of recovery time and every
// phase, recovery time over time and its distribution, each chart with its numbers below it.
import {
  DISTRIBUTION_TITLE,
  DistributionFigure,
  PerDrillChart,
} from '../../../components/trend-figures/TrendFigures';
import { formatMinutes } from '../../../domain/dates/durations';
import type { TrendReport } from '../../../domain/reports/trend-report';
import { SMALL_SAMPLE, SMALL_SAMPLE_TEXT } from '../../../domain/stats/summary';
import { countOf } from '../../../domain/text/plural';
import { ROLLING_WINDOW, SERIES_MEASURES, type HistogramBin } from '../../../domain/trends/series';
import { formatIsoDate } from '../../../domain/dates/format';
import { seriesDefinition, seriesLabel } from '../../../domain/words/measures';
import { SmallSampleWarning } from '../../../components/trend-figures/SmallSample';
import { SummaryFigures } from '../../../components/trend-figures/SummaryFigures';
import { ReportSection } from '../ReportFrame';
import { ReportTable } from './ReportTable';
import { filtersText, periodText } from './trend-report-text';

/** Said instead of a chart when no completed drill of the period has both ends of recovery. */
export const NO_RECOVERY_TIME =
  'No completed drill in this period has a recovery time: in each, detection or verified recovery was skipped.';

/**
 * How wide, in characters, the bins' labels (each with its cell's padding, about two characters)
 * may be to stand in one line across the narrower page (A4); wider ones go down the page, as a
 * table too wide would make Chromium shrink every page of the print.
 */
const ACROSS_CHARACTERS = 70;

export function countsText({ completed, aborted }: TrendReport['view']): string {
  return `${countOf(completed, 'completed drill', 'completed drills')} measured${
    aborted > 0
      ? `; ${countOf(aborted, 'aborted drill', 'aborted drills')} counted but not measured (an aborted drill has no recovery time)`
      : ''
  }.`;
}

export function ScopeSection({ report }: { readonly report: TrendReport }) {
  const { team, view } = report;
  return (
    <ReportSection id="rt-scope" title="What this report covers">
      <dl className="rt-scope">
        <dt>Team</dt>
        <dd>{team.name}</dd>
        <dt>Period</dt>
        <dd>{periodText(report.period)}</dd>
        <dt>Filters</dt>
        <dd data-testid="rt-filters">{filtersText(team.name, report.filters)}</dd>
        <dt>Drills</dt>
        <dd className="rt-counts">{countsText(view)}</dd>
      </dl>
      {view.completed === 0 && (
        <p className="rt-empty">
          No completed drills in this period, so there are no recovery times to report. Once a drill
          of this team is run and closed in the period, its figures appear here. The comparison with
          the period before and the maturity history below still apply.
        </p>
      )}
    </ReportSection>
  );
}

export function SummarySection({ report }: { readonly report: TrendReport }) {
  const { series } = report.view;
  return (
    <ReportSection id="rt-summary" title="Summary figures">
      <p className="trends-definition">
        <strong>{seriesLabel('timeToRecover')}:</strong> {seriesDefinition('timeToRecover')}
      </p>
      <SummaryFigures summary={series.timeToRecover.summary} label={seriesLabel('timeToRecover')} />
      <ReportTable
        className="rt-compact"
        caption="Median, p90 and mean of recovery time and of each phase, in minutes, with n"
        columns={[
          { label: 'Measure' },
          { label: 'Median (min)', numeric: true },
          { label: 'p90 (min)', numeric: true },
          { label: 'Mean (min)', numeric: true },
          { label: 'n', numeric: true },
          { label: 'Reliability' },
        ]}
        rows={SERIES_MEASURES.map((measure) => {
          const { summary } = series[measure];
          return {
            key: measure,
            header: seriesLabel(measure),
            cells: [
              formatMinutes(summary.median),
              formatMinutes(summary.p90),
              formatMinutes(summary.mean),
              String(summary.n),
              summary.n < SMALL_SAMPLE ? `⚠ ${SMALL_SAMPLE_TEXT}` : 'Enough drills',
            ],
          };
        })}
      />
    </ReportSection>
  );
}

export function OverTimeSection({
  report,
  chart = true,
}: {
  readonly report: TrendReport;
  /** False when page 1 already shows the chart: this section then gives its numbers. */
  readonly chart?: boolean;
}) {
  const series = report.view.series.timeToRecover;
  return (
    <ReportSection id="rt-over-time" title="Recovery time over time">
      {series.points.length === 0 ? (
        <p>{NO_RECOVERY_TIME}</p>
      ) : (
        <>
          {chart ? (
            <RecoveryChart report={report} />
          ) : (
            <p className="trends-definition">The chart of these drills is on page 1.</p>
          )}
          <DrillsTable report={report} />
        </>
      )}
    </ReportSection>
  );
}

/** Recovery time per drill with its rolling median, or why there is none. */
export function RecoveryChart({ report }: { readonly report: TrendReport }) {
  const series = report.view.series.timeToRecover;
  if (series.points.length === 0) return <p>{NO_RECOVERY_TIME}</p>;
  return (
    <div className="rt-chart rt-scatter">
      <p className="trends-definition">
        One dot per completed drill; the line is the rolling median of each drill and the{' '}
        {ROLLING_WINDOW - 1} before it, so one slow drill bends it for a moment instead of lifting
        it for months.
      </p>
      <SmallSampleWarning n={series.summary.n} />
      <PerDrillChart series={series} title="Recovery time per drill, in minutes" />
    </div>
  );
}

/** The drills behind the chart: what a reader checks a dot against. */
function DrillsTable({ report }: { readonly report: TrendReport }) {
  return (
    <ReportTable
      className="rt-compact rt-dated"
      caption="The drills behind the chart, oldest first: recovery time and the rolling median at each drill, in minutes"
      columns={[
        { label: 'Date' },
        { label: 'Drill' },
        { label: 'Severity' },
        { label: 'Recovery (min)', numeric: true },
        { label: 'Rolling median (min)', numeric: true },
      ]}
      rows={report.drills.map((drill) => ({
        key: drill.id,
        header: formatIsoDate(drill.date),
        cells: [
          drill.title,
          drill.severity,
          formatMinutes(drill.recovery),
          formatMinutes(drill.rolling),
        ],
      }))}
    />
  );
}

export function DistributionSection({ report }: { readonly report: TrendReport }) {
  const bins = report.view.distribution;
  const { n } = report.view.series.timeToRecover.summary;
  return (
    <ReportSection id="rt-distribution" title={DISTRIBUTION_TITLE}>
      {n === 0 ? (
        <p>{NO_RECOVERY_TIME}</p>
      ) : (
        <>
          <div className="rt-chart rt-bars">
            <DistributionFigure bins={bins} n={n} />
          </div>
          {fitsAcross(bins) ? <BinsAcross bins={bins} /> : <BinsDown bins={bins} />}
        </>
      )}
    </ReportSection>
  );
}

const BINS_CAPTION = 'Completed drills in each bin of recovery time';
const binLabel = (bin: HistogramBin) => `${bin.x0}–${bin.x1}`;
const fitsAcross = (bins: readonly HistogramBin[]) =>
  bins.reduce((width, bin) => width + binLabel(bin).length + 2, 0) <= ACROSS_CHARACTERS;

/** A few bins read best in one line, as the chart lays them out. */
function BinsAcross({ bins }: { readonly bins: readonly HistogramBin[] }) {
  return (
    <table className="rt-table rt-across">
      <caption>{BINS_CAPTION}</caption>
      <thead>
        <tr>
          <th scope="row">Minutes</th>
          {bins.map((bin) => (
            <th key={bin.x0} scope="col" className="number">
              {binLabel(bin)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Drills</th>
          {bins.map((bin) => (
            <td key={bin.x0} className="number">
              {bin.count}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** Many bins, or long recoveries' wide labels, down the page. */
function BinsDown({ bins }: { readonly bins: readonly HistogramBin[] }) {
  return (
    <ReportTable
      className="rt-compact rt-bins"
      caption={BINS_CAPTION}
      columns={[{ label: 'Minutes' }, { label: 'Drills', numeric: true }]}
      rows={bins.map((bin) => ({
        key: String(bin.x0),
        header: binLabel(bin),
        cells: [String(bin.count)],
      }))}
    />
  );
}
