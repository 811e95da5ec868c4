// The portfolio's filters: a group, a text, and two switches. Every one narrows the rows; the
// summary above the table follows the chosen group.
import type { TeamGroupRecord } from '../../domain/records/team-groups';
import { NO_GROUP, type PortfolioFilter } from '../../domain/portfolio/sort-filter';

interface PortfolioFiltersProps {
  readonly filter: PortfolioFilter;
  readonly groups: readonly TeamGroupRecord[];
  readonly onChange: (filter: PortfolioFilter) => void;
}

export function PortfolioFilters({ filter, groups, onChange }: PortfolioFiltersProps) {
  return (
    <form
      className="portfolio-filters"
      aria-label="Filter teams"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="field">
        <label htmlFor="portfolio-group">Group</label>
        <select
          id="portfolio-group"
          value={filter.group ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, group: value === '' ? null : value });
          }}
        >
          <option value="">Every team</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
          <option value={NO_GROUP}>Teams in no group</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="portfolio-text">Team or group name</label>
        <input
          id="portfolio-text"
          type="search"
          autoComplete="off"
          value={filter.text}
          onChange={(event) => {
            onChange({ ...filter, text: event.target.value });
          }}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.missingTargets}
          onChange={(event) => {
            onChange({ ...filter, missingTargets: event.target.checked });
          }}
        />
        Missing targets
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.stale}
          onChange={(event) => {
            onChange({ ...filter, stale: event.target.checked });
          }}
        />
        Stale assessment or evidence
      </label>
    </form>
  );
}
