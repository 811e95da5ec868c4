// Which phase dominates recovery: the median of each phase per group, stacked.
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import { SelectField } from '../../components/SelectField';
import type { TrendsView } from '../../domain/trends/compute';
import { GROUP_BY_LABELS, type GroupBy } from '../../domain/trends/series';
import { SMALL_SAMPLE_TEXT } from '../../domain/stats/summary';
import { RECOVERY_SERIES } from '../../components/trend-figures/phase-series';

interface BreakdownSectionProps {
  readonly view: TrendsView;
  readonly groupBy: GroupBy;
  readonly onGroupBy: (value: string) => void;
}

export function BreakdownSection({ view, groupBy, onGroupBy }: BreakdownSectionProps) {
  const small = view.breakdown.filter((group) => group.smallSample);
  const groupLabel = GROUP_BY_LABELS[groupBy];
  return (
    <section className="trends-section" aria-labelledby="trends-breakdown">
      <h2 id="trends-breakdown">Phase breakdown</h2>
      <SelectField
        label="Group by"
        value={groupBy}
        onChange={onGroupBy}
        options={(Object.keys(GROUP_BY_LABELS) as GroupBy[]).map((g) => [g, GROUP_BY_LABELS[g]])}
      />
      <p className="trends-definition">
        Each bar stacks the <strong>median</strong> of every phase from the fault to verified
        recovery (detect to verify; closing comes after recovery and is left out) over the
        group&apos;s completed drills that went through it (a skipped phase is left out, not counted
        as zero). Medians do not add up to the median total, so read the bar for which phase is
        longest. A drill with several services counts once under each of them.
      </p>
      {view.breakdown.length === 0 ? (
        <p className="muted">No completed drills to break down.</p>
      ) : (
        <StackedBarChart
          title={`Median phase durations by ${groupLabel.toLowerCase()}, in minutes`}
          series={RECOVERY_SERIES}
          rowLabel={groupLabel}
          valueLabel="Median minutes per phase, stacked"
          rows={view.breakdown.map((group) => ({
            key: group.key,
            label: group.label,
            note: `n = ${group.n}${group.smallSample ? ' ⚠' : ''}`,
            values: group.medians,
          }))}
        />
      )}
      {small.length > 0 && (
        <div className="trends-warning">
          <p>
            <span aria-hidden="true">⚠ </span>
            {SMALL_SAMPLE_TEXT}:
          </p>
          <ul>
            {small.map((group) => (
              <li key={group.key}>
                {group.label} (n = {group.n})
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
