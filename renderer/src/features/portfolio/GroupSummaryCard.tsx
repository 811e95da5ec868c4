// One group's summary: the median level per category (with n), the teams missing targets and the
// slowest recoveries, each with n.
import type { GroupSummary, SlowRecovery } from '../../domain/portfolio/group-summary';
import { recoveryWords } from '../../domain/portfolio/cell-words';
import type { PortfolioColumn } from '../../domain/portfolio/portfolio';
import { countOf } from '../../domain/text/plural';

interface GroupSummaryCardProps {
  readonly summary: GroupSummary;
  readonly columns: readonly PortfolioColumn[];
}

/** How many names a list shows before "and n more": the filter shows them all. */
const NAMES_SHOWN = 8;

function listed(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  if (names.length <= NAMES_SHOWN) return names.join(', ');
  return `${names.slice(0, NAMES_SHOWN).join(', ')} and ${names.length - NAMES_SHOWN} more (filter “Missing targets” to see them)`;
}

const level = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));

export function GroupSummaryCard({ summary, columns }: GroupSummaryCardProps) {
  return (
    <section className="group-summary card" aria-labelledby={`summary-${summary.groupId ?? 'all'}`}>
      <h2 id={`summary-${summary.groupId ?? 'all'}`}>
        {summary.name}: {countOf(summary.teams, 'team', 'teams')}
      </h2>
      <div>
        <h3>Median level (n teams assessed)</h3>
        <dl className="summary-levels">
          {summary.categories.map((category, index) => (
            <div key={category.categoryId}>
              <dt>{columns[index]?.name ?? category.categoryId}</dt>
              <dd>
                {level(category.medianLevel)} <span className="muted">(n = {category.n})</span>
              </dd>
            </div>
          ))}
        </dl>
        <h3>Missing targets</h3>
        <p>{listed(summary.missingTargets)}</p>
      </div>
      <SlowList title="Slowest drill recoveries" list={summary.slowestDrills} />
      <SlowList title="Slowest incident recoveries" list={summary.slowestIncidents} />
    </section>
  );
}

function SlowList({
  title,
  list,
}: {
  readonly title: string;
  readonly list: readonly SlowRecovery[];
}) {
  return (
    <div>
      <h3>{title}</h3>
      {list.length === 0 ? (
        <p className="muted">None recorded in the last 12 months.</p>
      ) : (
        <ol>
          {list.map((entry) => (
            <li key={entry.teamId}>
              {entry.teamName}: {recoveryWords(entry.figure).text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
