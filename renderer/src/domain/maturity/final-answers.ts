// What is kept of a final assessment for overview screens: its agreed answers, the ones that score,
// and what dates their evidence. Trends and the portfolio score every final assessment of every
// team; reading these few records instead of every rater's every answer (with evidence) keeps them
// fast at 200 teams. Derived, never edited: the database rewrites it whenever the assessment or
// one of its answers changes.
import { AGREED_RATER_ID, type EvidenceRecord } from '../records/answers';
import type { Id } from '../records/common';
import type { AssessmentRecord } from '../records/assessments';
import { agreedAnswers, type PlainAnswer, type RatedAnswer } from './answers';
import { isFinal } from './assessment-lifecycle';
import { evidenceDatesOf, hasEvidence, type EvidenceDates } from './evidence-age';

/** An agreed answer's evidence, by its dates only (the portfolio's stale-evidence count). */
export interface AgreedEvidence {
  readonly criterionId: string;
  readonly dates: EvidenceDates;
}

export interface FinalAnswersFact {
  /** The assessment's id. */
  readonly id: Id;
  readonly teamId: Id;
  readonly answers: readonly PlainAnswer[];
  /** The agreed answers that have any evidence, in the answers' order. */
  readonly evidence: readonly AgreedEvidence[];
}

/** An answer as stored, reduced to what the fact keeps of it. */
export interface AnswerWithEvidence extends RatedAnswer {
  readonly evidence: EvidenceRecord;
}

/** The agreed answers of a final assessment; null for a draft, whose answers may still change. */
export function finalAnswersOf(
  assessment: Pick<AssessmentRecord, 'id' | 'teamId' | 'status'>,
  answers: readonly AnswerWithEvidence[],
): FinalAnswersFact | null {
  if (!isFinal(assessment)) return null;
  const evidence: AgreedEvidence[] = [];
  for (const answer of answers) {
    if (answer.raterId !== AGREED_RATER_ID) continue;
    const dates = evidenceDatesOf(answer.evidence);
    if (hasEvidence(dates)) evidence.push({ criterionId: answer.criterionId, dates });
  }
  return {
    id: assessment.id,
    teamId: assessment.teamId,
    answers: agreedAnswers(answers),
    evidence,
  };
}
