// Drills and incidents as one kind of thing the export counts: a recovery, with the names it is
// labelled by and its measures. Drill measures are the ones Trends read (prepareDrills, which
// measures each drill with measureDrill), incident measures come from measureIncident: nothing
// here computes a duration, so a figure in Grafana is the figure in the app.
import type { EpochMs } from '../records/common';
import { PHASES, type DrillPhaseId } from '../records/drills';
import { boundaryOf, deriveRun } from '../drills/run-state';
import { runEnd } from '../drills/clock';
import type { PreparedDrill, TrendsSource } from '../trends/prepare';
import type { Milestones, ParsedIncident } from '../incidents/incident';
import { measureIncident } from '../incidents/incident-measures';

export type RecoverySource = 'drill' | 'incident';

export interface Recovery {
  readonly source: RecoverySource;
  readonly team: string;
  /** Distinct service names. */
  readonly services: readonly string[];
  readonly severity: string | undefined;
  /** Drills only. */
  readonly scenario: string | undefined;
  /** A drill completed (not aborted); an imported incident always counts as completed. */
  readonly completed: boolean;
  /** Milliseconds; undefined when not measured. */
  readonly timeToRecover: number | undefined;
  /** Milliseconds per phase it went through. */
  readonly phases: Readonly<Partial<Record<DrillPhaseId, number>>>;
  /** When it recovered, or when it ended without recovering; undefined if no time is known. */
  readonly at: EpochMs | undefined;
}

/**
 * An imported incident, with the team and service names it was matched to. Incidents have no
 * store yet; the export takes them as an input so they appear the day they do.
 */
export interface IncidentForMetrics {
  readonly team: string;
  readonly services: readonly string[];
  readonly incident: Pick<ParsedIncident, 'severity' | 'milestones'>;
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

const INCIDENT_PHASES: readonly (readonly [
  DrillPhaseId,
  keyof ReturnType<typeof measureIncident>,
])[] = [
  ['detect', 'timeToDetect'],
  ['acknowledge', 'timeToAcknowledge'],
  ['diagnose', 'timeToDiagnose'],
  ['mitigate', 'timeToMitigate'],
];

export function incidentRecoveries(incidents: readonly IncidentForMetrics[]): Recovery[] {
  return incidents.map(({ team, services, incident }) => {
    const measures = measureIncident(incident);
    const phases: Partial<Record<DrillPhaseId, number>> = {};
    for (const [phase, measure] of INCIDENT_PHASES) {
      const ms = measures[measure];
      if (typeof ms === 'number') phases[phase] = ms;
    }
    return {
      source: 'incident',
      team,
      services: distinct(services),
      severity: incident.severity,
      scenario: undefined,
      completed: true,
      timeToRecover: measures.timeToRecover,
      phases,
      at: incident.milestones.recovered?.at ?? latestMilestone(incident.milestones),
    };
  });
}

function latestMilestone(milestones: Milestones): EpochMs | undefined {
  const times = Object.values(milestones)
    .filter((time) => time !== undefined)
    .map((time) => time.at);
  return times.length === 0 ? undefined : Math.max(...times);
}

function distinct(names: readonly string[]): string[] {
  return [...new Set(names)];
}
