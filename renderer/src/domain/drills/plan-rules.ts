// What a valid drill plan and review are. Names in roles are free text (a guest from another team
// is fine); the team's people are only suggestions in the form.
import {
  EARLIEST_DATE,
  isPlausibleDate,
  LATEST_DATE,
  type Id,
  type IsoDate,
} from '../records/common';
import {
  DETECTED_BY,
  HYPOTHESIS_HELD,
  type DetectedBy,
  SEVERITIES,
  type DrillPhaseId,
  type DrillRecord,
  type DrillRoles,
  type HypothesisHeld,
  type PhaseTargets,
  type Severity,
} from '../records/drills';
import { isIsoDate } from '../dates/iso-date';
import { NAME_MAX_LENGTH, normaliseName, sameName } from '../teams/team-rules';
import type { FieldErrors, Outcome } from '../outcome';
import { TEXT_MAX, validateTargets } from './scenario-rules';

export const TITLE_MAX = 120;

export interface DrillPlanInput {
  readonly title: string;
  readonly scenarioId: string;
  readonly serviceIds: readonly Id[];
  readonly severity: unknown;
  readonly plannedFor: string;
  readonly hypothesis: string;
  readonly facilitator: string;
  readonly incidentCommander: string;
  readonly scribe: string;
  /** Comma- or line-separated names. */
  readonly responders: string;
  readonly observers: string;
  readonly targets: Readonly<Record<DrillPhaseId, unknown>>;
}

export interface DrillPlan {
  readonly title: string;
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly serviceIds: readonly Id[];
  readonly severity: Severity;
  readonly plannedFor: IsoDate;
  readonly hypothesis: string;
  readonly roles: DrillRoles;
  readonly targets: PhaseTargets;
}

export type DrillPlanField =
  | 'title'
  | 'scenarioId'
  | 'serviceIds'
  | 'severity'
  | 'plannedFor'
  | 'hypothesis'
  | 'facilitator'
  | 'incidentCommander'
  | 'scribe'
  | 'responders'
  | 'observers'
  | 'targets';

export interface PlanContext {
  readonly teamServiceIds: readonly Id[];
  /** The chosen scenario's name, or undefined if no such scenario exists. */
  readonly scenarioName: string | undefined;
}

export function splitNames(text: string): string[] {
  return text
    .split(/[,\n]/u)
    .map(normaliseName)
    .filter((name) => name !== '');
}

export function validateDrillPlan(
  input: DrillPlanInput,
  context: PlanContext,
): Outcome<DrillPlan, DrillPlanField> {
  const errors: FieldErrors<DrillPlanField> = {};
  const title = normaliseName(input.title);
  if (title === '') errors.title = 'Give the drill a title.';
  else if (title.length > TITLE_MAX) {
    errors.title = `Keep the title to ${TITLE_MAX} characters or fewer (this one has ${title.length}).`;
  }
  if (context.scenarioName === undefined) errors.scenarioId = 'Choose a scenario from the library.';
  if (input.serviceIds.length === 0)
    errors.serviceIds = 'Choose at least one service the drill involves.';
  else if (!input.serviceIds.every((id) => context.teamServiceIds.includes(id))) {
    errors.serviceIds = 'A chosen service no longer belongs to this team. Choose again.';
  }
  if (!SEVERITIES.includes(input.severity as Severity))
    errors.severity = 'Choose a severity, SEV1 to SEV4.';
  const plannedFor = input.plannedFor.trim();
  if (!isIsoDate(plannedFor)) errors.plannedFor = 'Give the planned date as a real date.';
  else if (!isPlausibleDate(plannedFor))
    errors.plannedFor = `Give a date from ${EARLIEST_DATE} to ${LATEST_DATE}.`;
  const hypothesis = input.hypothesis.trim();
  if (hypothesis === '') {
    errors.hypothesis =
      'Write what you expect, e.g. “we detect within 5 minutes and recover within 30”.';
  } else if (hypothesis.length > TEXT_MAX) {
    errors.hypothesis = `Keep the hypothesis to ${TEXT_MAX} characters or fewer.`;
  }
  const facilitator = normaliseName(input.facilitator);
  const incidentCommander = normaliseName(input.incidentCommander);
  const scribe = normaliseName(input.scribe);
  if (facilitator === '') errors.facilitator = 'Name the facilitator who runs the drill.';
  if (incidentCommander === '') {
    errors.incidentCommander = 'Name the incident commander who leads the response.';
  } else if (facilitator !== '' && sameName(facilitator, incidentCommander)) {
    errors.incidentCommander =
      'The facilitator runs the drill, so someone else should command the incident.';
  }
  const responders = splitNames(input.responders);
  const observers = splitNames(input.observers);
  if (responders.length === 0) errors.responders = 'Name at least one responder.';
  const tooLong = (names: readonly string[]) => names.find((n) => n.length > NAME_MAX_LENGTH);
  for (const [field, names] of [
    ['facilitator', [facilitator]],
    ['incidentCommander', [incidentCommander]],
    ['scribe', [scribe]],
    ['responders', responders],
    ['observers', observers],
  ] as const) {
    const long = tooLong(names);
    if (long !== undefined) {
      errors[field] =
        `Keep each name to ${NAME_MAX_LENGTH} characters or fewer (“${long.slice(0, 20)}…” is longer).`;
    }
  }
  const targets = validateTargets(input.targets);
  if (!targets.ok) errors.targets = targets.errors.targets;
  if (Object.keys(errors).length > 0 || !targets.ok || context.scenarioName === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      title,
      scenarioId: input.scenarioId,
      scenarioName: context.scenarioName,
      serviceIds: [...new Set(input.serviceIds)],
      severity: input.severity as Severity,
      plannedFor,
      hypothesis,
      roles: { facilitator, incidentCommander, scribe, responders, observers },
      targets: targets.value,
    },
  };
}

/** Why the drill's plan can no longer change, or null when it can: a run starts from its plan. */
export function whyPlanFixed(drill: DrillRecord | undefined): string | null {
  if (drill === undefined) return 'This drill has been deleted.';
  return drill.status === 'planned' ? null : 'This drill has started, so its plan is fixed.';
}

/** Why the drill cannot be reviewed, or null when it can: a review looks back on a whole run. */
export function whyNotReviewable(drill: DrillRecord | undefined): string | null {
  return drill?.status === 'completed' ? null : 'Only a completed (closed) drill can be reviewed.';
}

export interface ReviewInput {
  readonly hypothesisHeld: unknown;
  readonly wentWell: string;
  readonly wentBadly: string;
  readonly reviewHeld: unknown;
  /** 'monitoring' or 'people'; left out or '' when not said. */
  readonly detectedBy?: unknown;
}

export interface ReviewValues {
  readonly hypothesisHeld: HypothesisHeld;
  readonly detectedBy: DetectedBy | null;
  readonly wentWell: string;
  readonly wentBadly: string;
  readonly reviewHeld: boolean;
}

export type ReviewField = 'hypothesisHeld' | 'wentWell' | 'wentBadly' | 'reviewHeld' | 'detectedBy';

export function validateReview(input: ReviewInput): Outcome<ReviewValues, ReviewField> {
  const errors: FieldErrors<ReviewField> = {};
  if (!HYPOTHESIS_HELD.includes(input.hypothesisHeld as HypothesisHeld)) {
    errors.hypothesisHeld = 'Say whether the hypothesis held: yes, partly, no or unsure.';
  }
  const detectedBy = input.detectedBy ?? '';
  if (detectedBy !== '' && !DETECTED_BY.includes(detectedBy as DetectedBy)) {
    errors.detectedBy = 'Say whether monitoring or people detected the fault, or leave it unsaid.';
  }
  if (typeof input.reviewHeld !== 'boolean')
    errors.reviewHeld = 'Say whether a review meeting was held.';
  const wentWell = input.wentWell.trim();
  const wentBadly = input.wentBadly.trim();
  if (wentWell.length > TEXT_MAX) errors.wentWell = `Keep it to ${TEXT_MAX} characters or fewer.`;
  if (wentBadly.length > TEXT_MAX) errors.wentBadly = `Keep it to ${TEXT_MAX} characters or fewer.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      hypothesisHeld: input.hypothesisHeld as HypothesisHeld,
      detectedBy: detectedBy === '' ? null : (detectedBy as DetectedBy),
      wentWell,
      wentBadly,
      reviewHeld: input.reviewHeld as boolean,
    },
  };
}
