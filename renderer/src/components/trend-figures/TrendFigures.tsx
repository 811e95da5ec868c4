// Trend figures drawn the same on the Trends screen and in the trend report: each is its chart
// with the words that define it, written once here. The screen frames a figure in its section with
// its controls; the report frames it on paper with its numbers in a table below.
import type { ReactNode } from 'react';
import { HistogramChart } from '../charts/HistogramChart';
import { ScoreLinesChart } from '../charts/ScoreLinesChart';
import { StackedBarChart } from '../charts/StackedBarChart';
import { TimeScatterChart } from '../charts/TimeScatterChart';
import type { MaturityHistory } from '../../domain/trends/maturity-history';
import {
  ROLLING_WINDOW,
  type HistogramBin,
  type MeasureSeries,
  type PhaseBreakdownGroup,
} from '../../domain/trends/series';
import { RECOVERY_SERIES } from './phase-series';
import { SmallSampleWarning } from './SmallSample';

export const DISTRIBUTION_TITLE = 'Distribution of recovery times';

/** How long completed drills took to recover, with its definition and the small-sample flag. */
export function DistributionFigure(props: {
  readonly bins: readonly HistogramBin[];
  /** Completed drills with a recovery time. */
  readonly n: number;
  /** Shown instead of the chart when no drill has a recovery time. */
  readonly empty?: ReactNode;
}) {
  const { bins, n, empty } = props;
  return (
    <>
      <p className="trends-definition">
        How many completed drills took how long to recover, in bins of equal width. A long tail to
        the right is why the median, not the mean, leads.
      </p>
      <SmallSampleWarning n={n} />
      {n === 0 ? (
        empty
      ) : (
        <HistogramChart
          title="Recovery times of completed drills"
          bins={bins}
          valueLabel="Time to recover (minutes)"
        />
      )}
    </>
  );
}

export const BREAKDOWN_TITLE = 'Phase breakdown';

/**
 * Which phase dominates recovery: each group's median of every phase, stacked. `more` ends the
 * definition with what the frame adds (how services count, the units of its tables).
 */
export function BreakdownDefinition({ more }: { readonly more: string }) {
  return (
    <p className="trends-definition">
      Each bar stacks the <strong>median</strong> of every phase from the fault to verified recovery
      (detect to verify; closing comes after recovery and is left out) over the group&apos;s
      completed drills that went through it (a skipped phase is left out, not counted as zero; a
      skip records no time, so the phase after it is left out too: the two are one span, counted as
      neither phase&apos;s time). Medians do not add up to the median total, so read the bar for
      which phase is longest. {more}
    </p>
  );
}

export function BreakdownChart(props: {
  readonly groups: readonly PhaseBreakdownGroup[];
  /** What the groups are: "Severity", "Service"… */
  readonly groupLabel: string;
}) {
  const { groups, groupLabel } = props;
  return (
    <StackedBarChart
      title={`Median phase durations by ${groupLabel.toLowerCase()}, in minutes`}
      series={RECOVERY_SERIES}
      rowLabel={groupLabel}
      valueLabel="Median minutes per phase, stacked"
      rows={groups.map((group) => ({
        key: group.key,
        label: group.label,
        note: `n = ${group.n}${group.smallSample ? ' ⚠' : ''}`,
        values: group.medians,
      }))}
    />
  );
}

/** One dot per completed drill and the rolling median through them. */
export function PerDrillChart(props: { readonly series: MeasureSeries; readonly title: string }) {
  const { series, title } = props;
  return (
    <TimeScatterChart
      title={title}
      points={series.points}
      trend={series.rolling}
      pointLabel="One completed drill"
      trendLabel={`Rolling median of the last ${ROLLING_WINDOW} drills`}
    />
  );
}

/** Local midnight of a calendar date: where an assessment sits on the time axis. */
const atOf = (date: string) => new Date(`${date}T00:00:00`).getTime();

/** Each category's score (one team) or each team's overall score, at every final assessment. */
export function MaturityLinesChart({ maturity }: { readonly maturity: MaturityHistory }) {
  return (
    <ScoreLinesChart
      title={
        maturity.by === 'category'
          ? 'Category scores over time'
          : 'Overall score of each team over time'
      }
      lines={maturity.lines.map((line) => ({
        id: line.id,
        label: line.label,
        points: line.points.map((p) => ({ at: atOf(p.takenOn), score: p.score })),
      }))}
    />
  );
}
