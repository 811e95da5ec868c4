// Comparing two assessments: every criterion whose agreed answer differs. Criteria are matched by
// their stable id, so assessments taken against different models (another version, or an
// organisation's own model) still compare on the criteria they share; a criterion only one of the
// two models has is always listed as such, answered or not, never silently dropped.
import { answerStep, type PlainAnswer } from './answers';
import { criteriaOf, type MaturityModel, type PlacedCriterion } from './model-types';
import type { AnswerValue } from '../records/answers';

export type ChangeDirection = 'better' | 'worse' | 'changed';

/** Whether both assessments' models have the criterion, or only one of them. */
export type CriterionPresence = 'both' | 'only-before' | 'only-after';

export interface CriterionChange {
  readonly criterion: PlacedCriterion;
  readonly before: AnswerValue | null;
  readonly after: AnswerValue | null;
  /** Better or worse on the graded scale; "changed" when N/A or unanswered is involved. */
  readonly direction: ChangeDirection;
  readonly presence: CriterionPresence;
}

export function compareAnswers(
  beforeModel: MaturityModel,
  before: readonly PlainAnswer[],
  afterModel: MaturityModel,
  after: readonly PlainAnswer[],
): CriterionChange[] {
  const beforeValues = new Map(before.map((answer) => [answer.criterionId, answer.value]));
  const afterValues = new Map(after.map((answer) => [answer.criterionId, answer.value]));
  const beforeIds = new Set(criteriaOf(beforeModel).map((criterion) => criterion.id));
  const afterIds = new Set(criteriaOf(afterModel).map((criterion) => criterion.id));
  const presenceOf = (id: string): CriterionPresence =>
    !afterIds.has(id) ? 'only-before' : !beforeIds.has(id) ? 'only-after' : 'both';
  const seen = new Set<string>();
  const criteria = [...criteriaOf(afterModel), ...criteriaOf(beforeModel)].filter((criterion) => {
    if (seen.has(criterion.id)) return false;
    seen.add(criterion.id);
    return true;
  });
  return criteria.flatMap((criterion) => {
    const was = beforeValues.get(criterion.id) ?? null;
    const now = afterValues.get(criterion.id) ?? null;
    const presence = presenceOf(criterion.id);
    if (was === now && presence === 'both') return [];
    return [{ criterion, before: was, after: now, direction: directionOf(was, now), presence }];
  });
}

function directionOf(before: AnswerValue | null, after: AnswerValue | null): ChangeDirection {
  const from = answerStep(before);
  const to = answerStep(after);
  if (from === null || to === null) return 'changed';
  return to > from ? 'better' : 'worse';
}
