// When an assessment may change, be finalised or be cloned. Each rule says why not, in the words
// the screen shows, or null when the step is allowed: the repository asks inside the transaction
// that writes, and the screens ask the same question to offer only what will be accepted.
import type { EvidenceRecord, AnswerRecord } from '../records/answers';
import { AGREED_RATER_ID } from '../records/answers';
import type { AssessmentRecord } from '../records/assessments';
import { countOf } from '../text/plural';
import type { PlainAnswer } from './answers';
import { criteriaOf, type MaturityModel } from './model-types';

export const ASSESSMENT_GONE = 'This assessment has been deleted.';
export const ASSESSMENT_FINAL =
  'This assessment is final and can no longer be changed. Clone it to start the next one.';

/** Final: the team's agreed record. Histories and trends read only these; a draft may change. */
export function isFinal(assessment: Pick<AssessmentRecord, 'status'>): boolean {
  return assessment.status === 'final';
}

/** The latest final assessment: by the date it was taken, then by when it was finalised. */
export function latestFinal(
  assessments: readonly AssessmentRecord[],
): AssessmentRecord | undefined {
  return assessments
    .filter(isFinal)
    .sort(
      (a, b) => b.takenOn.localeCompare(a.takenOn) || (b.finalisedAt ?? 0) - (a.finalisedAt ?? 0),
    )[0];
}

/** Why the assessment's answers and evidence cannot change, or null when they can. */
export function whyReadOnly(assessment: AssessmentRecord | undefined): string | null {
  if (assessment === undefined) return ASSESSMENT_GONE;
  return isFinal(assessment) ? ASSESSMENT_FINAL : null;
}

/** Why `raterId` cannot answer `criterionId` in the assessment, or null when they can. */
/** A criterion of the model (an answer to anything else is not an answer of this assessment). */
export const isCriterionOf = (model: MaturityModel | undefined, criterionId: string): boolean =>
  model !== undefined && criteriaOf(model).some((criterion) => criterion.id === criterionId);

export const NOT_A_CRITERION = 'This criterion is not part of the assessment’s model.';

export function whyNotAnswerable(
  assessment: AssessmentRecord,
  model: MaturityModel | undefined,
  raterId: string,
  criterionId: string,
): string | null {
  if (!isCriterionOf(model, criterionId)) return NOT_A_CRITERION;
  const raters = assessment.raters.map((rater) => rater.id);
  if (raterId !== AGREED_RATER_ID && !raters.includes(raterId)) {
    return 'This person is not a rater of the assessment.';
  }
  return null;
}

/** Criteria of the model with no agreed answer; Not applicable is an answer. */
export function unansweredCriteria(
  model: MaturityModel,
  agreed: readonly PlainAnswer[],
): readonly string[] {
  const answered = new Set(
    agreed.filter((answer) => answer.value !== null).map((answer) => answer.criterionId),
  );
  return criteriaOf(model)
    .map((criterion) => criterion.id)
    .filter((id) => !answered.has(id));
}

/**
 * Why the assessment cannot be finalised, or null when it can: a final assessment is a record of
 * what the team agreed, so every criterion needs an agreed answer first. An assessment whose model
 * the app does not know has nothing to check against.
 */
export function whyNotFinalisable(
  assessment: AssessmentRecord | undefined,
  model: MaturityModel | undefined,
  agreed: readonly PlainAnswer[],
): string | null {
  const readOnly = whyReadOnly(assessment);
  if (readOnly !== null) return readOnly;
  const missing = model ? unansweredCriteria(model, agreed).length : 0;
  if (missing === 0) return null;
  return `${countOf(missing, 'criterion has', 'criteria have')} no agreed answer yet. Answer every criterion before finalising.`;
}

/** Why the assessment cannot be the start of a new one, or null when it can. */
export function whyNotClonable(source: AssessmentRecord | undefined): string | null {
  if (source === undefined) return ASSESSMENT_GONE;
  return isFinal(source) ? null : 'Only a final assessment can be cloned.';
}

/**
 * The answers a clone starts from: the source's agreed answers (with their evidence) to criteria
 * that `model`, the model the clone is taken against, still has. Raters' own answers stay behind.
 */
export function answersToCarry<A extends Pick<AnswerRecord, 'raterId' | 'criterionId'>>(
  answers: readonly A[],
  model: MaturityModel,
): A[] {
  const known = new Set(criteriaOf(model).map((criterion) => criterion.id));
  return answers.filter(
    (answer) => answer.raterId === AGREED_RATER_ID && known.has(answer.criterionId),
  );
}

/** Evidence that says the same: an unchanged save is not an edit. */
export function sameEvidence(
  a: Pick<EvidenceRecord, 'text' | 'links' | 'drillIds' | 'incidentIds'>,
  b: Pick<EvidenceRecord, 'text' | 'links' | 'drillIds' | 'incidentIds'>,
): boolean {
  const sameList = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((item, index) => item === y[index]);
  return (
    a.text === b.text &&
    sameList(a.links, b.links) &&
    sameList(a.drillIds, b.drillIds) &&
    // No incident list and an empty one say the same.
    sameList(a.incidentIds ?? [], b.incidentIds ?? [])
  );
}
