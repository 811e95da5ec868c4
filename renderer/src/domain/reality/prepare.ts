// Real incidents made ready to stand beside drills: each recovered incident measured once, with the
// drills' definitions (incidents/incident-measures) and the drills' phases, so a phase of a drill and
// the same phase of an incident are the same two points. Open incidents are left out: an incident
// not yet recovered has no recovery to count, and counting it as one would flatter every figure.
import type { EpochMs, Id, IsoDate } from '../records/common';
import type { DrillPhaseId, Severity } from '../records/drills';
import type { IncidentMilestoneId, IncidentRecord } from '../records/incidents';
import { localIsoDate } from '../dates/iso-date';
import {
  incidentMeasuresCopy,
  measureIncident,
  type IncidentMeasures,
} from '../incidents/incident-measures';
import { phasesCopy, type PhaseDurations } from '../trends/prepare';

/** The two milestones that bound each drill phase, in an incident. */
export const INCIDENT_PHASE_BOUNDS: Readonly<
  Record<DrillPhaseId, readonly [IncidentMilestoneId, IncidentMilestoneId]>
> = {
  detect: ['impactBegan', 'detected'],
  acknowledge: ['detected', 'acknowledged'],
  diagnose: ['acknowledged', 'diagnosed'],
  mitigate: ['diagnosed', 'mitigated'],
  verify: ['mitigated', 'recovered'],
  close: ['recovered', 'closed'],
};

/** A recovered incident, measured. Durations in ms; undefined where a point was not recorded. */
export interface PreparedIncident {
  readonly id: Id;
  readonly teamId: Id;
  readonly title: string;
  readonly severity: Severity | null;
  /** Service names as the file wrote them. */
  readonly services: readonly string[];
  readonly sourceKey: string;
  /** When it was detected (or, not recorded, its earliest recorded milestone). */
  readonly at: EpochMs;
  /** `at` on the user's calendar: what period filters compare. */
  readonly date: IsoDate;
  /** When it recovered, if the file says: the portfolio counts recoveries by this day. */
  readonly recoveredAt: EpochMs | undefined;
  readonly measures: IncidentMeasures;
  readonly phases: PhaseDurations;
  /** null: the source does not say. Never read as false. */
  readonly runbookUsed: boolean | null;
  readonly automationUsed: boolean | null;
  readonly reviewHeld: boolean | null;
}

export interface PrepareIncidentOptions {
  /** The user's offset from UTC in minutes (Date#getTimezoneOffset), or the offset at an instant. */
  readonly timeZoneOffsetMinutes: number | ((at: EpochMs) => number);
}

/**
 * What is kept of a recovered incident once it is measured, so that a screen reading 20,000
 * incidents reads these small records rather than every milestone's provenance: the prepared
 * incident without its calendar date, which depends on the reader's zone. Derived, never edited:
 * the database rewrites it whenever the incident changes.
 */
export type IncidentFact = Omit<PreparedIncident, 'date'>;

/** Measures every recovered incident once, oldest first; open incidents are left out. */
export function prepareIncidents(
  records: readonly IncidentRecord[],
  options: PrepareIncidentOptions,
): PreparedIncident[] {
  return preparedIncidentsFromFacts(
    records.flatMap((record) => incidentFactOf(record) ?? []),
    options,
  );
}

/** Recovered incidents' facts made ready for a reader, oldest first. */
export function preparedIncidentsFromFacts(
  facts: readonly IncidentFact[],
  { timeZoneOffsetMinutes }: PrepareIncidentOptions,
): PreparedIncident[] {
  return facts
    .map((fact) => {
      const offset =
        typeof timeZoneOffsetMinutes === 'number'
          ? timeZoneOffsetMinutes
          : timeZoneOffsetMinutes(fact.at);
      // Field by field, never spread (see trends/prepare): one shape for every prepared incident.
      return {
        id: fact.id,
        teamId: fact.teamId,
        title: fact.title,
        severity: fact.severity,
        services: fact.services,
        sourceKey: fact.sourceKey,
        at: fact.at,
        date: localIsoDate(fact.at, offset),
        recoveredAt: fact.recoveredAt,
        measures: incidentMeasuresCopy(fact.measures),
        phases: phasesCopy(fact.phases),
        runbookUsed: fact.runbookUsed,
        automationUsed: fact.automationUsed,
        reviewHeld: fact.reviewHeld,
      };
    })
    .sort((a, b) => a.at - b.at);
}

/** An incident measured: null unless it is recovered and has a time to place it by. */
export function incidentFactOf(record: IncidentRecord): IncidentFact | null {
  if (record.state !== 'recovered') return null;
  const { milestones } = record;
  const recorded = Object.values(milestones).flatMap((m) => (m === null ? [] : [m.at]));
  const at = milestones.detected?.at ?? (recorded.length === 0 ? undefined : Math.min(...recorded));
  // An incident with no time at all cannot be placed in a period; the importer never stores one.
  if (at === undefined) return null;
  const phases = Object.fromEntries(
    Object.entries(INCIDENT_PHASE_BOUNDS).map(([phase, [from, to]]) => {
      const a = milestones[from]?.at;
      const b = milestones[to]?.at;
      // Backwards times (a cause written down after the rollback) are no duration, as in measures.
      return [phase, a === undefined || b === undefined || b < a ? undefined : b - a];
    }),
  ) as unknown as PhaseDurations;
  return {
    id: record.id,
    teamId: record.teamId,
    title: record.title,
    severity: record.severity,
    services: record.services,
    sourceKey: record.sourceKey,
    at,
    recoveredAt: milestones.recovered?.at,
    measures: measureIncident(record),
    phases,
    runbookUsed: record.runbookUsed?.value ?? null,
    automationUsed: record.automationUsed?.value ?? null,
    reviewHeld: record.reviewHeld?.value ?? null,
  };
}
