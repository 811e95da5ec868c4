// The answer scale. Graded answers carry a weight (how much of the statement holds); "not
// applicable" carries none and needs a reason, because it removes a criterion from the score.
import { AGREED_RATER_ID, ANSWER_VALUES, type AnswerValue } from '../records/answers';

export type GradedAnswer = Exclude<AnswerValue, 'na'>;

export const GRADED_ANSWERS: readonly GradedAnswer[] = ANSWER_VALUES.filter(
  (value): value is GradedAnswer => value !== 'na',
);

export const ANSWER_WEIGHTS: Readonly<Record<GradedAnswer, number>> = {
  no: 0,
  partly: 1 / 3,
  mostly: 2 / 3,
  yes: 1,
};

/** A graded answer counts towards achieving a level when it is Mostly or Yes. */
export function meetsCriterion(value: AnswerValue | null | undefined): boolean {
  return value === 'mostly' || value === 'yes';
}

/** Steps on the graded scale (0 for No … 3 for Yes), or null for N/A and unanswered. */
export function answerStep(value: AnswerValue | null | undefined): number | null {
  if (value === null || value === undefined || value === 'na') return null;
  return GRADED_ANSWERS.indexOf(value);
}

/** One answer as scoring sees it: no rater, no evidence, just the value. */
export interface PlainAnswer {
  readonly criterionId: string;
  readonly value: AnswerValue | null;
}

/** An answer as stored, reduced to what picking the scoring answers needs. */
export interface RatedAnswer extends PlainAnswer {
  readonly raterId: string;
}

/**
 * The answers that score: the agreed ones. Raters' own answers never score, even where the
 * facilitator has not recorded an agreed answer yet (that criterion is then unanswered).
 */
export function agreedAnswers(answers: readonly RatedAnswer[]): PlainAnswer[] {
  return answers
    .filter((answer) => answer.raterId === AGREED_RATER_ID)
    .map(({ criterionId, value }) => ({ criterionId, value }));
}
