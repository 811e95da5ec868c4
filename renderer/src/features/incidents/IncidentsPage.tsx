import { Link } from 'react-router';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { useFilterParams } from '../../components/use-filter-params';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import { formatDuration } from '../../domain/dates/durations';
import { formatInstantDay } from '../../domain/dates/format';
import { localIsoDate } from '../../domain/dates/iso-date';
import {
  filterIncidents,
  incidentStart,
  serviceMatcher,
  type IncidentFilter,
} from '../../domain/incidents/incident-list';
import { measureIncident } from '../../domain/incidents/incident-measures';
import { SEVERITIES, type Severity } from '../../domain/records/drills';
import {
  INCIDENT_SOURCES,
  type IncidentRecord,
  type IncidentSource,
} from '../../domain/records/incidents';
import type { TeamRecord } from '../../domain/records/teams';
import { INCIDENT_STATE_LABELS, SOURCE_LABELS } from '../../domain/words/incidents';
import { localZoneOffsetAt } from '../../platform/reader';
import { NeedsTeam } from '../../session/NeedsTeam';
import { ServiceNames } from './ServiceNames';
import '../../styles/incidents.css';

const dayOf = (at: number) => localIsoDate(at, localZoneOffsetAt(at));

export function IncidentsPage() {
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Real incidents imported from the team’s incident tool, beside its drills."
        actions={
          <Link className="button primary" to="/incidents/import">
            Import incidents
          </Link>
        }
      />
      <NeedsTeam>{(team) => <IncidentList team={team} />}</NeedsTeam>
    </>
  );
}

const isSeverity = (value: string): value is Severity =>
  (SEVERITIES as readonly string[]).includes(value);
const isSource = (value: string): value is IncidentSource =>
  (INCIDENT_SOURCES as readonly string[]).includes(value);

const FILTERS = ['service', 'severity', 'source', 'from', 'to'] as const;

function IncidentList({ team }: { readonly team: TeamRecord }) {
  const { values, set } = useFilterParams(FILTERS);
  const data = useLive(async () => {
    const [incidents, services] = await Promise.all([
      repos.incidents.listForTeam(team.id),
      repos.services.listForTeam(team.id),
    ]);
    return { incidents, services };
  }, [team.id]);
  if (data === undefined) return null;
  // A value the lists do not know (an edited address) is no filter rather than an empty list.
  const filter: IncidentFilter = {
    ...values,
    severity: isSeverity(values.severity) ? values.severity : '',
    source: isSource(values.source) ? values.source : '',
  };
  if (data.incidents.length === 0) {
    return (
      <EmptyState title={`${team.name} has no incidents yet`}>
        <p>
          Export the team’s incidents from its incident tool (PagerDuty, Opsgenie, incident.io, a
          spreadsheet…) and <Link to="/incidents/import">import the file</Link>. You will see what
          it holds before anything is saved.
        </p>
      </EmptyState>
    );
  }
  const shown = filterIncidents(data.incidents, filter, data.services, dayOf);
  const match = serviceMatcher(data.services);
  const sources = INCIDENT_SOURCES.filter((id) => data.incidents.some((i) => i.source === id));
  return (
    <section className="card" aria-labelledby="incident-list-heading">
      <h2 id="incident-list-heading">
        {team.name}: {shown.length} of {data.incidents.length} incidents
      </h2>
      <FilterBar label="Filter incidents">
        <SelectField
          label="Service"
          value={filter.service}
          onChange={set('service')}
          options={[
            ['', 'Any service'],
            ...data.services.map((s) => [s.id, s.name] as const),
            ['unmatched', 'A service this team does not have'],
          ]}
        />
        <SelectField
          label="Severity"
          value={filter.severity}
          onChange={set('severity')}
          options={[['', 'Any severity'], ...SEVERITIES.map((s) => [s, s] as const)]}
        />
        <SelectField
          label="Source"
          value={filter.source}
          onChange={set('source')}
          options={[['', 'Any source'], ...sources.map((s) => [s, SOURCE_LABELS[s]] as const)]}
        />
        <DateField label="From" value={filter.from} onChange={set('from')} />
        <DateField label="To" value={filter.to} onChange={set('to')} />
      </FilterBar>
      {shown.length === 0 ? (
        <p>No incident matches these filters.</p>
      ) : (
        <IncidentTable incidents={shown} match={match} />
      )}
    </section>
  );
}

/** The first rows of a long list; the filters narrow it down. */
const SHOWN_ROWS = 500;

function IncidentTable({
  incidents,
  match,
}: {
  readonly incidents: readonly IncidentRecord[];
  readonly match: ReturnType<typeof serviceMatcher>;
}) {
  const rows = incidents.slice(0, SHOWN_ROWS);
  return (
    <>
      <div className="table-scroll">
        <table className="data incident-table">
          <thead>
            <tr>
              <th scope="col">Detected</th>
              <th scope="col">Incident</th>
              <th scope="col">Severity</th>
              <th scope="col">Services</th>
              <th scope="col">Source</th>
              <th scope="col">Time to recover</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((incident) => {
              const measures = measureIncident(incident);
              return (
                <tr key={incident.id}>
                  <td>{formatInstantDay(incidentStart(incident), localZoneOffsetAt)}</td>
                  <td>
                    <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
                    <span className="muted incident-ref">
                      {incident.reference ?? incident.sourceId}
                    </span>
                  </td>
                  <td>{incident.severity ?? <span className="muted">not recorded</span>}</td>
                  <td>
                    <ServiceNames services={match(incident)} />
                  </td>
                  <td>{SOURCE_LABELS[incident.source]}</td>
                  <td>
                    {incident.state === 'open' ? (
                      <span className="status-badge">{INCIDENT_STATE_LABELS.open}</span>
                    ) : measures.timeToRecover === undefined ? (
                      <span className="muted">not recorded</span>
                    ) : (
                      <>
                        {formatDuration(measures.timeToRecover)}
                        {measures.detectionStandsIn && (
                          <span className="muted"> (from creation)</span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {incidents.length > rows.length && (
        <p className="muted">
          Showing the newest {rows.length} of {incidents.length}; narrow the filters to see others.
        </p>
      )}
    </>
  );
}
