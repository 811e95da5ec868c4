// An assessment as the screens read it: its answers indexed by rater and criterion, the result of
// the agreed ones, and the words that name it and its raters.
import type { AssessmentRecord } from '../records/assessments';
import { AGREED_RATER_ID, type AnswerRecord, type AnswerValue } from '../records/answers';
import { formatIsoDate } from '../dates/format';
import type { MaturityModel } from './model-types';
import { scoreAssessment, type AssessmentResult } from './scoring';

export type AnswersByRater = ReadonlyMap<string, ReadonlyMap<string, AnswerRecord>>;

export function indexAnswers(answers: readonly AnswerRecord[]): AnswersByRater {
  const byRater = new Map<string, Map<string, AnswerRecord>>();
  for (const answer of answers) {
    const rater = byRater.get(answer.raterId) ?? new Map<string, AnswerRecord>();
    rater.set(answer.criterionId, answer);
    byRater.set(answer.raterId, rater);
  }
  return byRater;
}

/** The values a rater gave, by criterion (the agreed rater's values are the scoring ones). */
export function valuesOf(
  answers: AnswersByRater,
  raterId: string,
): ReadonlyMap<string, AnswerValue | null> {
  const rater = answers.get(raterId);
  return new Map([...(rater?.values() ?? [])].map((answer) => [answer.criterionId, answer.value]));
}

export function resultOf(model: MaturityModel, answers: AnswersByRater): AssessmentResult {
  const agreed = valuesOf(answers, AGREED_RATER_ID);
  return scoreAssessment(
    model,
    [...agreed].map(([criterionId, value]) => ({ criterionId, value })),
  );
}

export function raterName(assessment: AssessmentRecord, raterId: string): string {
  if (raterId === AGREED_RATER_ID) return 'Agreed answer';
  return assessment.raters.find((rater) => rater.id === raterId)?.name ?? 'Former rater';
}

export function hasSeveralRaters(assessment: AssessmentRecord): boolean {
  return assessment.raters.length >= 2;
}

export function assessmentTitle(assessment: AssessmentRecord): string {
  return `Assessment of ${formatIsoDate(assessment.takenOn)}`;
}
