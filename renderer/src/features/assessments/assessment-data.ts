// Reading an assessment for a screen: the record, its model and its answers indexed by rater and
// criterion. Everything is read live, so an answer saved in another window shows up here.
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Id } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import { AGREED_RATER_ID, type AnswerRecord, type AnswerValue } from '../../domain/records/answers';
import type { MaturityModel } from '../../domain/maturity/model-types';
import { findModel } from '../../domain/maturity/models';
import { scoreAssessment, type AssessmentResult } from '../../domain/maturity/scoring';
import { formatIsoDate } from '../../domain/dates/format';

export type AnswersByRater = ReadonlyMap<string, ReadonlyMap<string, AnswerRecord>>;

export interface AssessmentData {
  readonly assessment: AssessmentRecord;
  readonly model: MaturityModel;
  readonly answers: AnswersByRater;
  readonly result: AssessmentResult;
}

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

/** `undefined` while loading, `null` when the assessment does not exist (or its model is unknown). */
export function useAssessment(id: Id | undefined): AssessmentData | null | undefined {
  return useLive(async () => {
    if (id === undefined) return null;
    const [assessment, answers] = await Promise.all([
      repos.assessments.get(id),
      repos.assessments.answers(id),
    ]);
    const model = assessment ? findModel(assessment.modelId) : undefined;
    if (!assessment || !model) return null;
    const indexed = indexAnswers(answers);
    return { assessment, model, answers: indexed, result: resultOf(model, indexed) };
  }, [id]);
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
