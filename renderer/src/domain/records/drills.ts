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
  type StoredShape,
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
// 'unsure' came with the facilitator's kit; 'partly' stays for the reviews that chose it.
export const HYPOTHESIS_HELD = ['yes', 'no', 'partly', 'unsure'] as const;
export type HypothesisHeld = (typeof HYPOTHESIS_HELD)[number];

/** Who noticed the fault first: an alert or a dashboard, or a person. */
export const DETECTED_BY = ['monitoring', 'people'] as const;
export type DetectedBy = (typeof DETECTED_BY)[number];

/** The roles of a drill, in the order plans, role cards and reports list them. */
export const ROLES = [
  'facilitator',
  'incidentCommander',
  'scribe',
  'responders',
  'observers',
] as const;
export type RoleId = (typeof ROLES)[number];

/** The checklists ticked during a run. */
export const CHECKLISTS = ['runbook', 'observer'] as const;
export type ChecklistId = (typeof CHECKLISTS)[number];

/** A message the facilitator delivers: at T+offset (paused time excluded) or when a phase starts. */
export interface Inject {
  readonly text: string;
  /** Exactly one of `offsetSeconds` and `phase` is set. */
  readonly offsetSeconds: number | null;
  readonly phase: DrillPhaseId | null;
}

/** Help for the responders: offered when its phase runs past its target; always on demand. */
export interface Hint {
  readonly text: string;
  /** null: only on demand. */
  readonly phase: DrillPhaseId | null;
}

/** An action observers expect to see in a phase. */
export interface ObserverItem {
  readonly text: string;
  readonly phase: DrillPhaseId;
}

/** What a scenario carries for the room, copied into each drill planned from it. */
export interface FacilitatorKit {
  readonly injects: readonly Inject[];
  readonly hints: readonly Hint[];
  readonly observerChecklist: readonly ObserverItem[];
  /** Go / no-go: each is confirmed by someone before the start. */
  readonly prerequisites: readonly string[];
  readonly stopConditions: readonly string[];
  /** What each role does in this drill. */
  readonly roleCards: Readonly<Record<RoleId, string>>;
}

/** The scenario as a drill keeps it: editing the scenario later does not rewrite the drill. */
export interface DrillKit extends FacilitatorKit {
  readonly injectionSteps: readonly string[];
  readonly detectionSignal: string;
  readonly runbook: readonly string[];
}

const NO_ROLE_CARDS: Readonly<Record<RoleId, string>> = {
  facilitator: '',
  incidentCommander: '',
  scribe: '',
  responders: '',
  observers: '',
};

/** A drill planned before the kit existed carried none of it: it starts without a go / no-go. */
export const EMPTY_DRILL_KIT: DrillKit = {
  injectionSteps: [],
  detectionSignal: '',
  runbook: [],
  injects: [],
  hints: [],
  observerChecklist: [],
  prerequisites: [],
  stopConditions: [],
  roleCards: NO_ROLE_CARDS,
};

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
  /** null: not said (reviews written before it was asked). */
  readonly detectedBy: DetectedBy | null;
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
  readonly kit: DrillKit;
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

/** The kit's fields as stored, for scenarios and drills alike. */
export const kitFields = () => {
  const phase = z.enum(PHASES);
  return {
    injects: listOf(
      z.strictObject({
        text: longText(),
        offsetSeconds: z.nullable(wholeNumber(0, 7 * 24 * 3600)),
        phase: z.nullable(phase),
      }),
    ),
    hints: listOf(z.strictObject({ text: longText(), phase: z.nullable(phase) })),
    observerChecklist: listOf(z.strictObject({ text: longText(), phase })),
    prerequisites: listOf(longText()),
    stopConditions: listOf(longText()),
    roleCards: z.strictObject(
      Object.fromEntries(ROLES.map((role) => [role, longText()])) as Record<
        RoleId,
        ReturnType<typeof longText>
      >,
    ),
  };
};

export const drillKind = defineRecordKind<DrillRecord>()({
  store: 'drills',
  label: { one: 'Drill', all: 'Drills' },
  key: 'id',
  indexes: 'id, teamId',
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
      kit: z.strictObject({
        injectionSteps: listOf(longText()),
        detectionSignal: longText(),
        runbook: listOf(longText()),
        ...kitFields(),
      }),
      review: z.nullable(
        z.strictObject({
          hypothesisHeld: z.enum(HYPOTHESIS_HELD),
          detectedBy: z.nullable(z.enum(DETECTED_BY)),
          wentWell: longText(),
          wentBadly: longText(),
          reviewHeld: z.boolean(),
          savedAt: instant(),
        }),
      ),
    }),
  // A drill planned before these fields existed had no scribe, no observers, no review yet and
  // no kit; a review written before it was asked did not say who detected the fault.
  restore: (stored) => {
    let drill = withDefaults(stored, { review: null, kit: EMPTY_DRILL_KIT });
    if (isStoredShape(drill.review)) {
      const review = withDefaults(drill.review, { detectedBy: null });
      if (review !== drill.review) drill = { ...drill, review };
    }
    if (!isStoredShape(drill.roles)) return drill;
    const roles = withDefaults(drill.roles, { scribe: '', observers: [] });
    return roles === drill.roles ? drill : { ...drill, roles };
  },
});

/**
 * A stored drill as the app reads it. The kit and who detected the fault came without a schema
 * version (no index reads them), so a drill written before them is brought up to date when read,
 * with the same restore() an upgrade and an import apply.
 */
export const readDrill = (stored: DrillRecord): DrillRecord =>
  drillKind.restore(stored as unknown as StoredShape) as unknown as DrillRecord;
