// Which phase dominates recovery: the median of each phase per group, stacked.
import { SelectField } from '../../components/SelectField';
import type { TrendsView } from '../../domain/trends/compute';
import { GROUP_BY_LABELS, type GroupBy } from '../../domain/trends/series';
import { SMALL_SAMPLE_TEXT } from '../../domain/stats/summary';
import {
  BREAKDOWN_TITLE,
  BreakdownChart,
  BreakdownDefinition,
} from '../../components/trend-figures/TrendFigures';

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
      <h2 id="trends-breakdown">{BREAKDOWN_TITLE}</h2>
      <SelectField
        label="Group by"
        value={groupBy}
        onChange={onGroupBy}
        options={(Object.keys(GROUP_BY_LABELS) as GroupBy[]).map((g) => [g, GROUP_BY_LABELS[g]])}
      />
      <BreakdownDefinition more="A drill with several services counts once under each of them." />
      {view.breakdown.length === 0 ? (
        <p className="muted">No completed drills to break down.</p>
      ) : (
        <BreakdownChart groups={view.breakdown} groupLabel={groupLabel} />
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
