import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { useFilterParams } from '../../components/use-filter-params';
import { PageHeader } from '../../components/PageHeader';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import { DRILL_STATUSES, type DrillRecord, SEVERITIES } from '../../domain/records/drills';
import { DRILL_STATUS_LABELS } from '../../domain/words/drills';
import { NeedsTeam } from '../../session/NeedsTeam';
import { SelectField } from '../../components/SelectField';
import type { Id } from '../../domain/records/common';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { deriveRun } from '../../domain/drills/run-state';
import { measureDrill } from '../../domain/drills/measures';
import { recoveryAgainstTarget, type RecoveryResult } from '../../domain/drills/recovery-target';
import { recoveryResultText } from '../../domain/words/recovery';
import { formatIsoDate } from '../../domain/dates/format';

const FILTERS = ['status', 'service', 'severity', 'scenario'] as const;

/** How each completed drill recovered against its target; other drills have no recovery yet. */
function recoveryByDrill(
  drills: readonly DrillRecord[],
  events: readonly DrillEventRecord[],
): ReadonlyMap<Id, RecoveryResult> {
  const byDrill = new Map<Id, DrillEventRecord[]>();
  for (const event of events) {
    const list = byDrill.get(event.drillId);
    if (list === undefined) byDrill.set(event.drillId, [event]);
    else list.push(event);
  }
  return new Map(
    drills
      .filter((drill) => drill.status === 'completed')
      .map((drill) => {
        // A completed run has no open pause, so the time it is measured at does not matter.
        const measures = measureDrill(
          deriveRun(byDrill.get(drill.id) ?? []),
          null,
          drill.updatedAt,
        );
        return [drill.id, recoveryAgainstTarget(measures.timeToRecover, drill.targets)];
      }),
  );
}

/** Under a completed drill's status: its time to recover against the target, in words. */
function recoveryLine(result: RecoveryResult | undefined) {
  if (result === undefined) return null;
  return <span className={`recovery ${result.kind}`}>{recoveryResultText(result)}</span>;
}

export function DrillsPage() {
  return (
    <>
      <PageHeader
        title="Drills"
        description="Game days: planned failure drills, timed phase by phase."
        actions={
          <>
            <Link className="button" to="/drills/scenarios">
              Scenario library
            </Link>
            <Link className="button primary" to="/drills/new">
              Plan a drill
            </Link>
          </>
        }
      />
      <NeedsTeam>{(team) => <DrillList team={team} />}</NeedsTeam>
    </>
  );
}

function DrillList({ team }: { readonly team: TeamRecord }) {
  const { values: filter, set } = useFilterParams(FILTERS);
  const data = useLive(async () => {
    const [drills, services, events] = await Promise.all([
      repos.drills.listForTeam(team.id),
      repos.services.listForTeam(team.id),
      repos.drillEvents.listForTeam(team.id),
    ]);
    return { drills, services, recovery: recoveryByDrill(drills, events) };
  }, [team.id]);
  if (data === undefined) return null;
  const matches = (drill: DrillRecord) =>
    (filter.status === '' || drill.status === filter.status) &&
    (filter.service === '' || drill.serviceIds.includes(filter.service)) &&
    (filter.severity === '' || drill.severity === filter.severity) &&
    (filter.scenario === '' || drill.scenarioName === filter.scenario);
  const shown = data.drills.filter(matches);
  const scenarioNames = [...new Set(data.drills.map((d) => d.scenarioName))].sort();
  const serviceName = (id: string) =>
    data.services.find((s) => s.id === id)?.name ?? 'removed service';
  if (data.drills.length === 0) {
    return (
      <EmptyState title={`${team.name} has no drills yet`}>
        <p>
          A drill injects a planned failure and times the recovery phase by phase.{' '}
          <Link to="/drills/new">Plan the first one</Link>.
        </p>
      </EmptyState>
    );
  }
  return (
    <section className="card" aria-labelledby="drill-list-heading">
      <h2 id="drill-list-heading">
        {team.name}: {shown.length} of {data.drills.length} drills
      </h2>
      <FilterBar label="Filter drills">
        <SelectField
          label="Status"
          value={filter.status}
          onChange={set('status')}
          options={[
            ['', 'Any status'],
            ...DRILL_STATUSES.map((s) => [s, DRILL_STATUS_LABELS[s]] as const),
          ]}
        />
        <SelectField
          label="Service"
          value={filter.service}
          onChange={set('service')}
          options={[['', 'Any service'], ...data.services.map((s) => [s.id, s.name] as const)]}
        />
        <SelectField
          label="Severity"
          value={filter.severity}
          onChange={set('severity')}
          options={[['', 'Any severity'], ...SEVERITIES.map((s) => [s, s] as const)]}
        />
        <SelectField
          label="Scenario"
          value={filter.scenario}
          onChange={set('scenario')}
          options={[['', 'Any scenario'], ...scenarioNames.map((s) => [s, s] as const)]}
        />
      </FilterBar>
      {shown.length === 0 ? (
        <p>No drill matches these filters.</p>
      ) : (
        <table className="data drill-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Drill</th>
              <th scope="col">Scenario</th>
              <th scope="col">Severity</th>
              <th scope="col">Services</th>
              <th scope="col">Status · time to recover</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((drill) => (
              <tr key={drill.id}>
                <td>{formatIsoDate(drill.plannedFor)}</td>
                <td>
                  <Link to={`/drills/${drill.id}`}>{drill.title}</Link>
                </td>
                <td>{drill.scenarioName}</td>
                <td>{drill.severity}</td>
                <td>{drill.serviceIds.map(serviceName).join(', ')}</td>
                <td>
                  <span className={`status-badge ${drill.status}`}>
                    {DRILL_STATUS_LABELS[drill.status]}
                  </span>
                  {recoveryLine(data.recovery.get(drill.id))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
