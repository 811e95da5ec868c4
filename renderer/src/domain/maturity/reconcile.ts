// Several raters: each answers on their own, and the facilitator records the agreed answer. This
// module lines the raters' answers up per criterion and measures how far apart they are, so the
// discussion can start where the raters disagree most.
import { answerStep } from './answers';
import { criteriaOf, type MaturityModel, type PlacedCriterion } from './model-types';
import { AGREED_RATER_ID, type AnswerRecord, type AnswerValue } from '../records/answers';

/** What a rater gave for one criterion: the answer and, for Not applicable, why. */
export type GivenAnswer = Pick<AnswerRecord, 'value' | 'naReason'>;

export interface RaterValue {
  readonly raterId: string;
  readonly value: AnswerValue | null;
}

export interface ReconcileRow {
  readonly criterion: PlacedCriterion;
  readonly values: readonly RaterValue[];
  readonly agreed: AnswerValue | null;
  /**
   * Steps between the lowest and highest graded answer (0–3). A mix of Not applicable and graded
   * answers counts as the widest spread, 3: the raters disagree on whether it applies at all.
   */
  readonly spread: number;
  /** Two raters who both answered gave different answers. */
  readonly disagreement: boolean;
  /** The raters' unanimous answer (see `unanimousAnswer`), or null. */
  readonly unanimous: AnswerValue | null;
}

export const MAX_SPREAD = 3;

export function spreadOf(values: readonly (AnswerValue | null)[]): {
  spread: number;
  disagreement: boolean;
} {
  const given = values.filter((value): value is AnswerValue => value !== null);
  const distinct = new Set(given);
  if (distinct.size <= 1) return { spread: 0, disagreement: false };
  if (distinct.has('na')) return { spread: MAX_SPREAD, disagreement: true };
  const steps = given.map((value) => answerStep(value) ?? 0);
  return { spread: Math.max(...steps) - Math.min(...steps), disagreement: true };
}

/**
 * The answer every rater gave, or null: every rater answered, all chose the same answer and, for
 * Not applicable, gave the same reason (the agreed answer takes it, so it must not pick one of
 * several). With no raters there is nothing to agree on.
 */
export function unanimousAnswer(given: readonly (GivenAnswer | undefined)[]): GivenAnswer | null {
  const first = given[0];
  if (first === undefined || first.value === null) return null;
  const same = given.every(
    (answer) => answer?.value === first.value && answer.naReason === first.naReason,
  );
  return same ? { value: first.value, naReason: first.naReason } : null;
}

/** What "accept every unanimous answer" records: a criterion, and the answer agreed for it. */
export interface UnanimousAcceptance extends GivenAnswer {
  readonly criterionId: string;
}

/**
 * Criteria where the raters are unanimous and no agreed answer is recorded yet, in the order the
 * answers come; an agreed answer already given, even a different one, is the facilitator's call.
 */
export function unanimousToAccept(
  raterIds: readonly string[],
  answers: readonly Pick<AnswerRecord, 'raterId' | 'criterionId' | 'value' | 'naReason'>[],
): UnanimousAcceptance[] {
  const byCriterion = new Map<string, Map<string, GivenAnswer>>();
  for (const answer of answers) {
    const given = byCriterion.get(answer.criterionId) ?? new Map<string, GivenAnswer>();
    given.set(answer.raterId, answer);
    byCriterion.set(answer.criterionId, given);
  }
  const accepted: UnanimousAcceptance[] = [];
  for (const [criterionId, given] of byCriterion) {
    if ((given.get(AGREED_RATER_ID)?.value ?? null) !== null) continue;
    const unanimous = unanimousAnswer(raterIds.map((raterId) => given.get(raterId)));
    if (unanimous !== null) accepted.push({ criterionId, ...unanimous });
  }
  return accepted;
}

/**
 * One row per criterion, disagreements first (widest spread first), then the rest; model order
 * within each group, so the list is stable while answers are edited.
 */
export function reconcileRows(
  model: MaturityModel,
  raterIds: readonly string[],
  answers: ReadonlyMap<string, ReadonlyMap<string, GivenAnswer>>,
  agreed: ReadonlyMap<string, AnswerValue | null>,
): ReconcileRow[] {
  const rows = criteriaOf(model).map((criterion, index) => {
    const given = raterIds.map((raterId) => answers.get(raterId)?.get(criterion.id));
    const values = raterIds.map((raterId, at) => ({ raterId, value: given[at]?.value ?? null }));
    return {
      row: {
        criterion,
        values,
        agreed: agreed.get(criterion.id) ?? null,
        ...spreadOf(values.map((entry) => entry.value)),
        unanimous: unanimousAnswer(given)?.value ?? null,
      },
      index,
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.row.disagreement) - Number(a.row.disagreement) ||
      b.row.spread - a.row.spread ||
      a.index - b.index,
  );
  return rows.map((entry) => entry.row);
}
