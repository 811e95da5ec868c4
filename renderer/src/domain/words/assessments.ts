// The words of an assessment's values, for the answering screens, the comparison, the targets and
// the assessment report alike. Typed by the value lists of domain/records, so a value added without
// its words does not compile.
import type { AnswerValue } from '../records/answers';
import type { AssessmentStatus } from '../records/assessments';
import { levelName, type MaturityModel } from '../maturity/model-types';

/** In the order of the answer scale, as the answering screen offers them. */
export const ANSWER_LABELS: Readonly<Record<AnswerValue, string>> = {
  no: 'No',
  partly: 'Partly',
  mostly: 'Mostly',
  yes: 'Yes',
  na: 'Not applicable',
};

export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = {
  draft: 'Draft',
  final: 'Final',
};

/**
 * The overall score's name wherever it is shown: it is the mean of the category scores, not a score
 * of the overall (lowest) level, and saying so keeps "level 2, score 4.4" from reading as a
 * contradiction.
 */
export const OVERALL_SCORE_LABEL = 'Overall score (mean of categories)';

/** "2 · Managed": a level with its name in the model. */
export function levelText(model: MaturityModel, level: number): string {
  return `${level} · ${levelName(model, level)}`;
}
