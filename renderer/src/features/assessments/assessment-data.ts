// Reading an assessment for a screen: the record, its model and its answers indexed by rater and
// criterion. Everything is read live, so an answer saved in another window shows up here.
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Id } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { MaturityModel } from '../../domain/maturity/model-types';
import { findModel } from '../../domain/maturity/models';
import type { AssessmentResult } from '../../domain/maturity/scoring';
import { indexAnswers, resultOf, type AnswersByRater } from '../../domain/maturity/assessment-view';

export interface AssessmentData {
  readonly assessment: AssessmentRecord;
  readonly model: MaturityModel;
  readonly answers: AnswersByRater;
  readonly result: AssessmentResult;
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
