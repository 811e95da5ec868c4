// Trend figures drawn the same on the Trends screen and in the trend report: each is its chart
// with the words that define it, written once here. The screen frames a figure in its section with
// its controls; the report frames it on paper with its numbers in a table below.
import type { ReactNode } from 'react';
import { HistogramChart } from '../charts/HistogramChart';
import { StackedBarChart } from '../charts/StackedBarChart';
import type { HistogramBin, PhaseBreakdownGroup } from '../../domain/trends/series';
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
      completed drills that went through it (a skipped phase is left out, not counted as zero).
      Medians do not add up to the median total, so read the bar for which phase is longest. {more}
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
