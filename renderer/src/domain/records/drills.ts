// Game-day drills: the plan, the roles, the phase targets and the review. What happened during a
// run is stored apart, as drill events (./drill-events); a drill's status summarises them.
import * as z from 'zod/mini';
import {
  recordId,
  scenarioRef,
  wholeNumber,
  instant,
  isoDate,
  listOf,
  longText,
  nameText,
  stampedFields,
  withDefaults,
  isStoredShape,
  type EpochMs,
  type Id,
  type IsoDate,
  type Stamped,
} from './common';
import { defineRecordKind } from './define';

/** The milestones a facilitator marks during a run, in order; each ends the phase before it. */
export const MARKS = [
  'start',
  'detected',
  'acknowledged',
  'diagnosed',
  'mitigated',
  'recovered',
  'closed',
] as const;
export type DrillMarkId = (typeof MARKS)[number];

/** The recovery phases, in order: phase i runs from mark i to mark i + 1. */
export const PHASES = ['detect', 'acknowledge', 'diagnose', 'mitigate', 'verify', 'close'] as const;
export type DrillPhaseId = (typeof PHASES)[number];

/** Target duration per phase, in whole minutes. */
export type PhaseTargets = Readonly<Record<DrillPhaseId, number>>;

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DRILL_STATUSES = ['planned', 'running', 'completed', 'aborted'] as const;
export type DrillStatus = (typeof DRILL_STATUSES)[number];

// In the order the first release listed them: messages about a file name them in this order.
export const HYPOTHESIS_HELD = ['yes', 'no', 'partly'] as const;
export type HypothesisHeld = (typeof HYPOTHESIS_HELD)[number];

/** People by name: from the team's people or free names (guests, other teams). */
export interface DrillRoles {
  readonly facilitator: string;
  readonly incidentCommander: string;
  readonly scribe: string;
  readonly responders: readonly string[];
  readonly observers: readonly string[];
}

export interface DrillReview {
  readonly hypothesisHeld: HypothesisHeld;
  readonly wentWell: string;
  readonly wentBadly: string;
  readonly reviewHeld: boolean;
  readonly savedAt: EpochMs;
}

export interface DrillRecord extends Stamped {
  readonly teamId: Id;
  readonly scenarioId: string;
  readonly status: DrillStatus;
  readonly severity: Severity;
  readonly plannedFor: IsoDate;
  readonly serviceIds: readonly Id[];
  readonly title: string;
  /** The scenario's name when planned, so the drill reads the same if the scenario changes. */
  readonly scenarioName: string;
  readonly hypothesis: string;
  readonly roles: DrillRoles;
  readonly targets: PhaseTargets;
  readonly review: DrillReview | null;
}

/** Phase targets as stored: whole minutes, at most a week. Scenarios store them too. */
export const phaseTargetsSchema = () => {
  const minutes = wholeNumber(0, 7 * 24 * 60);
  return z.strictObject(
    Object.fromEntries(PHASES.map((phase) => [phase, minutes])) as Record<
      DrillPhaseId,
      typeof minutes
    >,
  );
};

export const drillKind = defineRecordKind<DrillRecord>()({
  store: 'drills',
  label: { one: 'Drill', all: 'Drills' },
  key: 'id',
  indexes: 'id, teamId, [teamId+plannedFor], status, scenarioId, updatedAt',
  owners: { teamId: 'teams' },
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      teamId: recordId(),
      scenarioId: scenarioRef(),
      status: z.enum(DRILL_STATUSES),
      severity: z.enum(SEVERITIES),
      plannedFor: isoDate(),
      serviceIds: listOf(recordId()),
      title: nameText(),
      scenarioName: nameText(),
      hypothesis: longText(),
      roles: z.strictObject({
        facilitator: nameText(),
        incidentCommander: nameText(),
        scribe: nameText(),
        responders: listOf(nameText()),
        observers: listOf(nameText()),
      }),
      targets: phaseTargetsSchema(),
      review: z.nullable(
        z.strictObject({
          hypothesisHeld: z.enum(HYPOTHESIS_HELD),
          wentWell: longText(),
          wentBadly: longText(),
          reviewHeld: z.boolean(),
          savedAt: instant(),
        }),
      ),
    }),
  // A drill planned before these fields existed had no scribe, no observers and no review yet.
  restore: (stored) => {
    const drill = withDefaults(stored, { review: null });
    if (!isStoredShape(drill.roles)) return drill;
    const roles = withDefaults(drill.roles, { scribe: '', observers: [] });
    return roles === drill.roles ? drill : { ...drill, roles };
  },
});
