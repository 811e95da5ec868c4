// Answers to the maturity model's criteria: one per assessment, rater and criterion, with the
// evidence behind it.
import * as z from 'zod/mini';
import { isWebLink } from '../text/web-link';
import {
  idText,
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

export interface EvidenceRecord {
  readonly text: string;
  readonly links: readonly string[];
  readonly drillIds: readonly Id[];
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
  indexes: 'id, assessmentId, [assessmentId+raterId], teamId, updatedAt',
  owners: { teamId: 'teams', assessmentId: 'assessments' },
  schema: () => {
    // Evidence links are shown as links: only what the evidence form itself accepts may come in.
    const webLink = z.string().check(
      z.maxLength(TEXT_MAX),
      z.refine((value) => isWebLink(value), { message: 'is not a web link (https:// or http://)' }),
    );
    return z.object({
      ...stampedFields(),
      assessmentId: idText(),
      teamId: idText(),
      raterId: idText(),
      criterionId: idText(),
      value: z.nullable(z.enum(ANSWER_VALUES)),
      naReason: longText(),
      evidence: z.object({
        text: longText(),
        links: listOf(webLink),
        drillIds: listOf(idText()),
        updatedAt: instant(),
      }),
    });
  },
  // An answer written before evidence existed has none, as of the answer's own last change.
  restore: (stored) =>
    withDefaults(stored, {
      naReason: '',
      evidence: { text: '', links: [], drillIds: [], updatedAt: stored.updatedAt },
    }),
});
