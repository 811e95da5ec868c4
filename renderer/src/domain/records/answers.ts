// Answers to the maturity model's criteria: one per assessment, rater and criterion, with the
// evidence behind it.
import * as z from 'zod/mini';
import { isWebLink } from '../text/web-link';
import {
  idText,
  recordId,
  instant,
  listOf,
  longText,
  stampedFields,
  TEXT_MAX,
  withDefaults,
  type EpochMs,
  type Id,
  type Stamped,
} from './common';
import { defineRecordKind } from './define';

export const ANSWER_VALUES = ['no', 'partly', 'mostly', 'yes', 'na'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** The rater id under which the facilitator's agreed answer is stored; it is the one that scores. */
export const AGREED_RATER_ID = 'agreed';

/**
 * Not applicable is an answer only with the reason the criterion does not apply to the team: the
 * answering form asks for it, and an import refuses an N/A without it.
 */
export const lacksNaReason = (value: AnswerValue | null, naReason: string): boolean =>
  value === 'na' && naReason.trim() === '';

/** The reason of an N/A answer given before the app asked for one. */
export const NA_REASON_NOT_ASKED = 'No reason was recorded: the app did not ask for one then.';

export interface EvidenceRecord {
  readonly text: string;
  readonly links: readonly string[];
  readonly drillIds: readonly Id[];
  /**
   * Imported incidents that show the criterion is met. Optional, so evidence stored before
   * incidents could be evidence stays exactly as it was; absent reads as none.
   */
  readonly incidentIds?: readonly Id[];
  readonly updatedAt: EpochMs;
}

export interface AnswerRecord extends Stamped {
  readonly assessmentId: Id;
  readonly teamId: Id;
  readonly raterId: Id;
  readonly criterionId: string;
  readonly value: AnswerValue | null;
  readonly naReason: string;
  readonly evidence: EvidenceRecord;
}

export const answerKind = defineRecordKind<AnswerRecord>()({
  store: 'answers',
  label: { one: 'Answer', all: 'Assessment answers' },
  key: 'id',
  indexes: 'id, assessmentId, [assessmentId+raterId], teamId',
  owners: { teamId: 'teams', assessmentId: 'assessments' },
  schema: () => {
    // Evidence links are shown as links: only what the evidence form itself accepts may come in.
    const webLink = z.string().check(
      z.maxLength(TEXT_MAX),
      z.refine((value) => isWebLink(value), { message: 'is not a web link (https:// or http://)' }),
    );
    return z
      .strictObject({
        ...stampedFields(),
        assessmentId: recordId(),
        teamId: recordId(),
        raterId: idText(),
        criterionId: idText(),
        value: z.nullable(z.enum(ANSWER_VALUES)),
        naReason: longText(),
        evidence: z.strictObject({
          text: longText(),
          links: listOf(webLink),
          drillIds: listOf(recordId()),
          incidentIds: z.optional(listOf(recordId())),
          updatedAt: instant(),
        }),
      })
      .check(
        z.refine((answer) => !lacksNaReason(answer.value, answer.naReason), {
          message: 'is empty: an answer of Not applicable says why',
          path: ['naReason'],
        }),
      );
  },
  // An answer written before evidence existed has none, as of the answer's own last change. One
  // written before N/A asked for a reason says that none was asked for.
  restore: (stored) =>
    withDefaults(stored, {
      naReason: stored.value === 'na' ? NA_REASON_NOT_ASKED : '',
      evidence: { text: '', links: [], drillIds: [], updatedAt: stored.updatedAt },
    }),
});
