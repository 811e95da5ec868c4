// The portfolio: every team in this database at a glance, for the person who looks after many of
// them. Its styles load with it (the route is lazy).
import '../../styles/portfolio.css';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { ExportReportButton } from '../../components/ExportReportButton';
import { defaultPaper } from '../../domain/reports/paper';
import { RECOVERY_WINDOW_DAYS } from '../../domain/portfolio/portfolio';
import {
  DEFAULT_SORT,
  filterRows,
  NO_FILTER,
  NO_GROUP,
  sortRows,
  toggleSort,
  type PortfolioFilter,
} from '../../domain/portfolio/sort-filter';
import { summarise, ALL_TEAMS } from '../../domain/portfolio/group-summary';
import { countOf } from '../../domain/text/plural';
import { GroupSummaryCard } from './GroupSummaryCard';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { TeamGroupsPanel } from './TeamGroupsPanel';
import { markPortfolioInteractive } from './portfolio-interactive';
import { usePortfolio } from './use-portfolio';

export function PortfolioPage() {
  const view = usePortfolio();
  useEffect(() => {
    if (view !== undefined) markPortfolioInteractive();
  }, [view]);
  const [filter, setFilter] = useState<PortfolioFilter>(NO_FILTER);
  const [sort, setSort] = useState(DEFAULT_SORT);
  // A group deleted while chosen falls back to every team rather than an empty table.
  const group =
    filter.group === null || filter.group === NO_GROUP
      ? filter.group
      : (view?.groups.find((g) => g.id === filter.group)?.id ?? null);
  const effective = { ...filter, group };
  const rows = useMemo(
    () => (view === undefined ? [] : sortRows(filterRows(view.portfolio.rows, effective), sort)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `effective` is rebuilt from these
    [view, filter, group, sort],
  );
  const groupName =
    group === null
      ? ALL_TEAMS
      : group === NO_GROUP
        ? 'Teams in no group'
        : (view?.groups.find((g) => g.id === group)?.name ?? ALL_TEAMS);
  const summary =
    view === undefined
      ? undefined
      : summarise(view.portfolio, filterRows(view.portfolio.rows, { ...NO_FILTER, group }), {
          id: group,
          name: groupName,
        });
  return (
    <>
      <PageHeader
        title="Portfolio"
        description={`Every team at a glance: current levels and targets, recovery times of the last ${RECOVERY_WINDOW_DAYS} days (median with n), and what has gone stale.`}
        actions={
          <ExportReportButton
            label="Export portfolio PDF…"
            disabled={view === undefined || view.portfolio.rows.length === 0}
            request={{
              target: { kind: 'portfolio', ...(group === null ? {} : { groupId: group }) },
              paper: defaultPaper(navigator.language),
            }}
          />
        }
      />
      {view === undefined ? (
        <p className="muted" role="status">
          Loading teams…
        </p>
      ) : view.portfolio.rows.length === 0 ? (
        <EmptyState title="No teams yet">
          <p>
            Add teams on <Link to="/teams">Teams</Link>, or merge the backups of several teams in{' '}
            <Link to="/settings">Settings → Your data</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <PortfolioFilters filter={effective} groups={view.groups} onChange={setFilter} />
          <p role="status" className="muted portfolio-count">
            Showing {countOf(rows.length, 'team', 'teams')} of {view.portfolio.rows.length}.
          </p>
          <PortfolioTable
            columns={view.portfolio.columns}
            rows={rows}
            sort={sort}
            onSort={(key) => {
              setSort(toggleSort(sort, key));
            }}
          />
          {summary !== undefined && (
            <GroupSummaryCard summary={summary} columns={view.portfolio.columns} />
          )}
          <TeamGroupsPanel
            groups={view.groups}
            teams={view.portfolio.rows.map((r) => ({ id: r.teamId, name: r.teamName }))}
          />
        </>
      )}
    </>
  );
}
