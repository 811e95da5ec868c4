// The measures of one real incident, with the drills' definitions (drills/measures.ts) so the two
// can stand side by side: time to recover = detected → recovered, time to acknowledge = detected
// → acknowledged, and each phase from the milestone before it. Times are instants, so a duration
// is a plain subtraction and stays right across a daylight-saving change. A measure whose two
// points are not both recorded, or run backwards (a cause diagnosed after the rollback that
// mitigated it), is undefined: shown as a dash, never 0.
import type { EpochMs } from './incident';
import type { IncidentMilestoneId } from '../records/incidents';
import type { RecoveryDurations } from '../drills/measures';

export interface IncidentMeasures extends RecoveryDurations {
  /**
   * True when detection is the incident's creation standing in: every measure from detection
   * says so beside the figure.
   */
  readonly detectionStandsIn: boolean;
}

/** An incident's measures as an object of one shape (see drillMeasuresCopy: why written out). */
export function incidentMeasuresCopy(measures: IncidentMeasures): IncidentMeasures {
  return {
    timeToDetect: measures.timeToDetect,
    timeToAcknowledge: measures.timeToAcknowledge,
    timeToDiagnose: measures.timeToDiagnose,
    timeToMitigate: measures.timeToMitigate,
    timeToRecover: measures.timeToRecover,
    impactDuration: measures.impactDuration,
    commsLatency: measures.commsLatency,
    detectionStandsIn: measures.detectionStandsIn,
  };
}

/** A file's incident (not recorded: undefined) or a stored one (not recorded: null). */
export interface MeasurableIncident {
  readonly milestones: {
    readonly [M in IncidentMilestoneId]:
      { readonly at: EpochMs; readonly standIn?: 'creation' } | null | undefined;
  };
}

export function measureIncident(incident: MeasurableIncident): IncidentMeasures {
  const { milestones } = incident;
  const at = (id: IncidentMilestoneId): EpochMs | undefined => milestones[id]?.at;
  const between = (from: IncidentMilestoneId, to: IncidentMilestoneId) => {
    const a = at(from);
    const b = at(to);
    return a === undefined || b === undefined || b < a ? undefined : b - a;
  };
  const detected = at('detected');
  const notified = at('stakeholdersNotified');
  return {
    timeToDetect: between('impactBegan', 'detected'),
    timeToAcknowledge: between('detected', 'acknowledged'),
    timeToDiagnose: between('acknowledged', 'diagnosed'),
    timeToMitigate: between('diagnosed', 'mitigated'),
    timeToRecover: between('detected', 'recovered'),
    impactDuration: between('impactBegan', 'recovered'),
    // As in drills: stakeholders told before detection count as told at once.
    commsLatency:
      detected === undefined || notified === undefined
        ? undefined
        : Math.max(notified, detected) - detected,
    detectionStandsIn: milestones.detected?.standIn === 'creation',
  };
}
