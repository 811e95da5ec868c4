// What is kept of a final assessment for overview screens: its agreed answers, the ones that score.
// Trends and the portfolio score every final assessment of every team; reading these few records
// instead of every rater's every answer (with evidence) keeps them fast at 200 teams. Derived,
// never edited: the database rewrites it whenever the assessment or one of its answers changes.
import type { Id } from '../records/common';
import type { AssessmentRecord } from '../records/assessments';
import { agreedAnswers, type PlainAnswer, type RatedAnswer } from './answers';
import { isFinal } from './assessment-lifecycle';

export interface FinalAnswersFact {
  /** The assessment's id. */
  readonly id: Id;
  readonly teamId: Id;
  readonly answers: readonly PlainAnswer[];
}

/** The agreed answers of a final assessment; null for a draft, whose answers may still change. */
export function finalAnswersOf(
  assessment: Pick<AssessmentRecord, 'id' | 'teamId' | 'status'>,
  answers: readonly RatedAnswer[],
): FinalAnswersFact | null {
  if (!isFinal(assessment)) return null;
  return { id: assessment.id, teamId: assessment.teamId, answers: agreedAnswers(answers) };
}
