import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import { formatDuration } from '../../domain/dates/durations';
import { formatInstantDateTime } from '../../domain/dates/format';
import { serviceMatcher } from '../../domain/incidents/incident-list';
import { measureIncident, type IncidentMeasures } from '../../domain/incidents/incident-measures';
import {
  INCIDENT_MILESTONES,
  type IncidentRecord,
  type StoredFlag,
} from '../../domain/records/incidents';
import {
  INCIDENT_STATE_LABELS,
  MILESTONE_LABELS,
  SOURCE_LABELS,
} from '../../domain/words/incidents';
import { SCREEN_READER } from '../../platform/reader';
import { ServiceNames } from './ServiceNames';
import '../../styles/incidents.css';

export function IncidentPage() {
  const { incidentId = '' } = useParams();
  const data = useLive(async () => {
    const incident = await repos.incidents.get(incidentId);
    const services =
      incident === undefined ? [] : await repos.services.listForTeam(incident.teamId);
    return { incident, services };
  }, [incidentId]);
  if (data === undefined) return null;
  const { incident } = data;
  if (incident === undefined) {
    return (
      <>
        <PageHeader title="Incident not found" />
        <EmptyState title="This incident is not here">
          <p>
            It may have been removed by a later import. <Link to="/incidents">All incidents</Link>
          </p>
        </EmptyState>
      </>
    );
  }
  const measures = measureIncident(incident);
  return (
    <>
      <PageHeader
        title={incident.title}
        description={
          <>
            {SOURCE_LABELS[incident.source]} incident {incident.reference ?? incident.sourceId} ·{' '}
            <Link to="/incidents">All incidents</Link>
          </>
        }
      />
      <div className="incident-page">
        <section className="card" aria-labelledby="incident-facts-heading">
          <h2 id="incident-facts-heading">About this incident</h2>
          <dl className="definition-list">
            <dt>State</dt>
            <dd>
              {INCIDENT_STATE_LABELS[incident.state]}
              {incident.state === 'open' && ' — not counted as a recovery'}
            </dd>
            <dt>Severity</dt>
            <dd>
              {incident.severity ?? 'not recorded'}
              {incident.severityRaw !== null && incident.severityRaw !== incident.severity && (
                <span className="muted"> (the file says “{incident.severityRaw}”)</span>
              )}
            </dd>
            <dt>Services</dt>
            <dd>
              <ServiceNames services={serviceMatcher(data.services)(incident)} />
            </dd>
            {incident.teamHint !== null && (
              <>
                <dt>Team in the file</dt>
                <dd>{incident.teamHint}</dd>
              </>
            )}
            <dt>Source</dt>
            <dd>
              {SOURCE_LABELS[incident.source]}, id <code>{incident.sourceId}</code>
            </dd>
            <dt>Imported from</dt>
            <dd>
              “{incident.importedFrom.fileName}”,{' '}
              {formatInstantDateTime(incident.importedFrom.at, SCREEN_READER)}
            </dd>
            <Flag label="Runbook used" flag={incident.runbookUsed} />
            <Flag label="Automation used" flag={incident.automationUsed} />
            <Flag label="Review held" flag={incident.reviewHeld} />
          </dl>
          {incident.notes.length > 0 && (
            <ul className="incident-notes">
              {incident.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </section>
        <Timeline incident={incident} />
        <Measures measures={measures} />
      </div>
    </>
  );
}

function Flag({ label, flag }: { readonly label: string; readonly flag: StoredFlag | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {flag === null ? (
          'not recorded'
        ) : (
          <>
            {flag.value ? 'yes' : 'no'} <span className="muted">(from {flag.field})</span>
          </>
        )}
      </dd>
    </>
  );
}

/** Every milestone, recorded or not, with the field of the file each time came from. */
function Timeline({ incident }: { readonly incident: IncidentRecord }) {
  return (
    <section className="card" aria-labelledby="incident-timeline-heading">
      <h2 id="incident-timeline-heading">Timeline</h2>
      <p className="muted">
        Each time as the file “{incident.importedFrom.fileName}” recorded it, and the field it came
        from.
      </p>
      <div className="table-scroll">
        <table className="data incident-timeline">
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Time</th>
              <th scope="col">From the file’s field</th>
              <th scope="col">As written</th>
            </tr>
          </thead>
          <tbody>
            {INCIDENT_MILESTONES.map((id) => {
              const time = incident.milestones[id];
              return (
                <tr key={id} className={time === null ? 'not-recorded' : undefined}>
                  <th scope="row">{MILESTONE_LABELS[id]}</th>
                  {time === null ? (
                    <td colSpan={3} className="muted">
                      not recorded
                    </td>
                  ) : (
                    <>
                      <td>
                        <time dateTime={new Date(time.at).toISOString()}>
                          {formatInstantDateTime(time.at, SCREEN_READER)}
                        </time>
                        {time.standIn === 'creation' && (
                          <span className="stand-in">
                            The incident’s creation stands in: the tool records no separate
                            detection.
                          </span>
                        )}
                        {time.note !== undefined && <span className="stand-in">{time.note}</span>}
                      </td>
                      <td>
                        <code>{time.field}</code>
                      </td>
                      <td>
                        <code>{time.raw}</code>
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const MEASURES: readonly (readonly [keyof IncidentMeasures, string])[] = [
  ['timeToDetect', 'Time to detect'],
  ['timeToAcknowledge', 'Time to acknowledge'],
  ['timeToDiagnose', 'Time to diagnose'],
  ['timeToMitigate', 'Time to mitigate'],
  ['timeToRecover', 'Time to recover'],
  ['impactDuration', 'Impact duration'],
  ['commsLatency', 'Stakeholders told after'],
];

function Measures({ measures }: { readonly measures: IncidentMeasures }) {
  return (
    <section className="card" aria-labelledby="incident-measures-heading">
      <h2 id="incident-measures-heading">Measures</h2>
      <p className="muted">
        Measured as drills are: time to recover is detected → recovered.
        {measures.detectionStandsIn &&
          ' Detection is the incident’s creation here, so every measure from it starts there.'}
      </p>
      <dl className="definition-list">
        {MEASURES.map(([id, label]) => {
          const value = measures[id];
          return (
            <Fragment key={id}>
              <dt>{label}</dt>
              <dd>{typeof value === 'number' ? formatDuration(value) : 'not recorded'}</dd>
            </Fragment>
          );
        })}
      </dl>
    </section>
  );
}
