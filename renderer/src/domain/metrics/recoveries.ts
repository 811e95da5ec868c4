// Drills and incidents as one kind of thing the export counts: a recovery, with the names it is
// labelled by and its measures. Drill measures are the ones Trends read (prepareDrills, which
// measures each drill with measureDrill), incident measures come from measureIncident: nothing
// here computes a duration, so a figure in Grafana is the figure in the app.
import type { EpochMs } from '../records/common';
import { PHASES, type DrillPhaseId } from '../records/drills';
import { boundaryOf, deriveRun } from '../drills/run-state';
import { runEnd } from '../drills/clock';
import type { PreparedDrill, TrendsSource } from '../trends/prepare';
import type { IncidentRecord, IncidentSource, StoredMilestones } from '../records/incidents';
import type { ServiceRecord } from '../records/services';
import { measureIncident, type IncidentMeasures } from '../incidents/incident-measures';

export type RecoverySource = 'drill' | 'incident';

export interface Recovery {
  readonly source: RecoverySource;
  readonly team: string;
  /** Distinct service names. */
  readonly services: readonly string[];
  readonly severity: string | undefined;
  /** Drills only. */
  readonly scenario: string | undefined;
  /** Incidents only: the tool it was imported from (`pagerduty`, `csv`…), never its id. */
  readonly tool?: IncidentSource;
  /** A drill completed (not aborted); an incident is a recovery only once recovered. */
  readonly completed: boolean;
  /** Milliseconds; undefined when not measured. */
  readonly timeToRecover: number | undefined;
  /** Milliseconds per phase it went through. */
  readonly phases: Readonly<Partial<Record<DrillPhaseId, number>>>;
  /** When it recovered, or when it ended without recovering; undefined if no time is known. */
  readonly at: EpochMs | undefined;
}

/** Said where a record's team or service is gone; the same words as Trends. */
export const DELETED_TEAM = 'Deleted team';
export const DELETED_SERVICE = 'Deleted service';

export function drillRecoveries(
  source: TrendsSource,
  prepared: readonly PreparedDrill[],
  now: EpochMs,
): Recovery[] {
  const teams = new Map(source.teams.map((team) => [team.id, team.name]));
  const services = new Map(source.services.map((service) => [service.id, service.name]));
  return prepared.map((drill) => {
    const phases: Partial<Record<DrillPhaseId, number>> = {};
    if (drill.completed) {
      for (const phase of PHASES) {
        const ms = drill.phases[phase];
        if (ms !== undefined) phases[phase] = ms;
      }
    }
    return {
      source: 'drill',
      team: teams.get(drill.teamId) ?? DELETED_TEAM,
      services: distinct(drill.serviceIds.map((id) => services.get(id) ?? DELETED_SERVICE)),
      severity: drill.severity,
      scenario: drill.scenarioName,
      completed: drill.completed,
      // Trends measure completed drills only; an aborted drill is counted, never measured.
      timeToRecover: drill.completed ? drill.measures.timeToRecover : undefined,
      phases,
      at: endOfDrill(drill, source, now),
    };
  });
}

/** The recovered mark when it was reached, otherwise the end of the run (close or abort). */
function endOfDrill(drill: PreparedDrill, source: TrendsSource, now: EpochMs): EpochMs {
  const state = deriveRun(source.eventsByDrill.get(drill.id) ?? []);
  const recovered = boundaryOf(state, 'recovered');
  if (recovered !== undefined && !recovered.skipped) return recovered.at;
  if (boundaryOf(state, 'start') === undefined) return drill.at;
  return runEnd(state, now);
}

const INCIDENT_PHASES: readonly (readonly [DrillPhaseId, keyof IncidentMeasures])[] = [
  ['detect', 'timeToDetect'],
  ['acknowledge', 'timeToAcknowledge'],
  ['diagnose', 'timeToDiagnose'],
  ['mitigate', 'timeToMitigate'],
];

/**
 * Stored incidents that recovered, measured with measureIncident: a measure whose milestones the
 * tool did not record is left out, never 0. An open incident is stored so a later export can
 * update it, but it is no recovery and is not counted at all.
 */
export function incidentRecoveries(
  incidents: readonly IncidentRecord[],
  source: Pick<TrendsSource, 'teams' | 'services'>,
): Recovery[] {
  const teams = new Map(source.teams.map((team) => [team.id, team.name]));
  return incidents
    .filter((incident) => incident.state === 'recovered')
    .map((incident) => {
      const measures = measureIncident(incident);
      const phases: Partial<Record<DrillPhaseId, number>> = {};
      for (const [phase, measure] of INCIDENT_PHASES) {
        const ms = measures[measure];
        if (typeof ms === 'number') phases[phase] = ms;
      }
      return {
        source: 'incident',
        team: teams.get(incident.teamId) ?? DELETED_TEAM,
        services: distinct(serviceNames(incident, source.services)),
        severity: incident.severity ?? undefined,
        scenario: undefined,
        tool: incident.source,
        completed: true,
        timeToRecover: measures.timeToRecover,
        phases,
        at: incident.milestones.recovered?.at ?? latestMilestone(incident.milestones),
      };
    });
}

/**
 * The incident's services as the team names them. The tool writes names in its own case and
 * spacing ("checkout-api " vs "Checkout-API"); matched to the team's services ignoring both, a
 * service is one series on the dashboard whether drills or incidents recovered it. An unmatched
 * name is kept as the file wrote it, as the app shows it.
 */
function serviceNames(incident: IncidentRecord, services: readonly ServiceRecord[]): string[] {
  const key = (name: string) => name.trim().toLowerCase();
  const own = new Map(
    services
      .filter((service) => service.teamId === incident.teamId)
      .map((service) => [key(service.name), service.name]),
  );
  return incident.services.map((name) => own.get(key(name)) ?? name.trim());
}

function latestMilestone(milestones: StoredMilestones): EpochMs | undefined {
  const times = Object.values(milestones)
    .filter((time) => time !== null)
    .map((time) => time.at);
  return times.length === 0 ? undefined : Math.max(...times);
}

function distinct(names: readonly string[]): string[] {
  return [...new Set(names)];
}
