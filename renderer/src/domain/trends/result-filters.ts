// A drill's results (the facilitator's kit): whether its hypothesis held, who noticed the fault
// first, and whether its checklists were done; and the Trends filters over them. A result not
// recorded (no review yet, or a review from before the question was asked) is a value of its own,
// "not recorded", never counted as any answer. Incidents have no results: these filters are for
// drills only, and the screens say so.
import {
  DETECTED_BY,
  type DetectedBy,
  type DrillRecord,
  type HypothesisHeld,
} from '../records/drills';
import type { DrillEventRecord } from '../records/drill-events';
import { checklistCompletion, checklistSummaries, deriveKitRun } from '../drills/kit';

/** Where a drill's checklists stand: every item done, some not, or none to do. */
export const CHECKLIST_STATES = ['all-done', 'some-not-done', 'none'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

export const NOT_RECORDED = 'not-recorded' as const;

export type HypothesisFilter = HypothesisHeld | typeof NOT_RECORDED;
/** The hypothesis choices, in the order the filter offers them: from holding to not, then unsure. */
export const HYPOTHESIS_FILTERS: readonly HypothesisFilter[] = [
  'yes',
  'partly',
  'no',
  'unsure',
  NOT_RECORDED,
];

export type DetectedByFilter = DetectedBy | typeof NOT_RECORDED;
export const DETECTED_BY_FILTERS: readonly DetectedByFilter[] = [...DETECTED_BY, NOT_RECORDED];

export type ChecklistFilter = ChecklistState;
export const CHECKLIST_FILTERS: readonly ChecklistFilter[] = CHECKLIST_STATES;

export const HYPOTHESIS_FILTER_LABELS: Readonly<Record<HypothesisFilter, string>> = {
  yes: 'Held',
  partly: 'Partly held',
  no: 'Did not hold',
  unsure: 'Unsure',
  [NOT_RECORDED]: 'Not recorded',
};

export const DETECTED_BY_FILTER_LABELS: Readonly<Record<DetectedByFilter, string>> = {
  monitoring: 'Monitoring',
  people: 'People',
  [NOT_RECORDED]: 'Not recorded',
};

export const CHECKLIST_FILTER_LABELS: Readonly<Record<ChecklistFilter, string>> = {
  'all-done': 'All done',
  'some-not-done': 'Some not done',
  none: 'No checklist',
};

/** One drill's results; null where the review has not said. */
export interface DrillResults {
  readonly hypothesis: HypothesisHeld | null;
  readonly detectedBy: DetectedBy | null;
  readonly checklist: ChecklistState;
}

/** The results of a drill, from its review and its checklist ticks (the same summary as its page). */
export function drillResults(
  drill: Pick<DrillRecord, 'kit' | 'review'>,
  events: readonly DrillEventRecord[],
): DrillResults {
  return {
    hypothesis: drill.review?.hypothesisHeld ?? null,
    detectedBy: drill.review?.detectedBy ?? null,
    checklist: checklistStateOf(drill, events),
  };
}

function checklistStateOf(
  drill: Pick<DrillRecord, 'kit'>,
  events: readonly DrillEventRecord[],
): ChecklistState {
  // Trends prepare every drill: one without checklists needs no second pass over its events.
  if (drill.kit.runbook.length === 0 && drill.kit.observerChecklist.length === 0) return 'none';
  const completion = checklistCompletion(checklistSummaries(drill.kit, deriveKitRun(events)));
  if (completion === null) return 'none';
  return completion.done === completion.total ? 'all-done' : 'some-not-done';
}

/** The results filters: null is "any". */
export interface ResultFilters {
  readonly hypothesis: HypothesisFilter | null;
  readonly detectedBy: DetectedByFilter | null;
  readonly checklist: ChecklistFilter | null;
}

export const NO_RESULT_FILTERS: ResultFilters = {
  hypothesis: null,
  detectedBy: null,
  checklist: null,
};

export function hasResultFilter(filters: ResultFilters): boolean {
  return filters.hypothesis !== null || filters.detectedBy !== null || filters.checklist !== null;
}

export function matchesResults(results: DrillResults, filters: ResultFilters): boolean {
  return (
    (filters.hypothesis === null || (results.hypothesis ?? NOT_RECORDED) === filters.hypothesis) &&
    (filters.detectedBy === null || (results.detectedBy ?? NOT_RECORDED) === filters.detectedBy) &&
    (filters.checklist === null || results.checklist === filters.checklist)
  );
}

/** Each choice as a clause after "drills where", for the count line and the report. */
const HYPOTHESIS_CLAUSES: Readonly<Record<HypothesisFilter, string>> = {
  yes: 'the hypothesis held',
  partly: 'the hypothesis partly held',
  no: 'the hypothesis did not hold',
  unsure: 'the review was unsure whether the hypothesis held',
  [NOT_RECORDED]: 'whether the hypothesis held was not recorded',
};
const DETECTED_BY_CLAUSES: Readonly<Record<DetectedByFilter, string>> = {
  monitoring: 'monitoring detected the fault first',
  people: 'people detected the fault first',
  [NOT_RECORDED]: 'who detected the fault was not recorded',
};
const CHECKLIST_CLAUSES: Readonly<Record<ChecklistFilter, string>> = {
  'all-done': 'every checklist item was done',
  'some-not-done': 'some checklist items were not done',
  none: 'the drill had no checklist',
};

/** The results filters that are on, as clauses in the order of the filters; empty when none is. */
export function resultFilterClauses(filters: ResultFilters): string[] {
  return [
    filters.hypothesis === null ? null : HYPOTHESIS_CLAUSES[filters.hypothesis],
    filters.detectedBy === null ? null : DETECTED_BY_CLAUSES[filters.detectedBy],
    filters.checklist === null ? null : CHECKLIST_CLAUSES[filters.checklist],
  ].filter((clause) => clause !== null);
}

/**
 * The drills the results filters keep, in words ("drills where the hypothesis held and monitoring
 * detected the fault first"), or null when none is on.
 */
export function resultFilterText(filters: ResultFilters): string | null {
  const clauses = resultFilterClauses(filters);
  const last = clauses.pop();
  if (last === undefined) return null;
  return `drills where ${clauses.length === 0 ? last : `${clauses.join(', ')} and ${last}`}`;
}
