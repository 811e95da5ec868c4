// Several raters: each answers on their own, and the facilitator records the agreed answer. This
// module lines the raters' answers up per criterion and measures how far apart they are, so the
// discussion can start where the raters disagree most.
import { answerStep } from './answers';
import { criteriaOf, type MaturityModel, type PlacedCriterion } from './model-types';
import type { AnswerValue } from '../records/answers';

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
  /** Every rater answered and all gave the same answer. */
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
 * One row per criterion, disagreements first (widest spread first), then the rest; model order
 * within each group, so the list is stable while answers are edited.
 */
export function reconcileRows(
  model: MaturityModel,
  raterIds: readonly string[],
  answers: ReadonlyMap<string, ReadonlyMap<string, AnswerValue | null>>,
  agreed: ReadonlyMap<string, AnswerValue | null>,
): ReconcileRow[] {
  const rows = criteriaOf(model).map((criterion, index) => {
    const values = raterIds.map((raterId) => ({
      raterId,
      value: answers.get(raterId)?.get(criterion.id) ?? null,
    }));
    const plain = values.map((entry) => entry.value);
    const first = plain[0] ?? null;
    const unanimous =
      plain.length > 0 && first !== null && plain.every((value) => value === first) ? first : null;
    return {
      row: {
        criterion,
        values,
        agreed: agreed.get(criterion.id) ?? null,
        ...spreadOf(plain),
        unanimous,
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
