// Maturity assessments: one team, one date, one model version, answered by one or more raters.
import * as z from 'zod/mini';
import {
  idText,
  recordId,
  instant,
  isoDate,
  listOf,
  nameText,
  stampedFields,
  withDefaults,
  type EpochMs,
  type Id,
  type IsoDate,
  type Stamped,
} from './common';
import { defineRecordKind } from './define';

export const ASSESSMENT_STATUSES = ['draft', 'final'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface RaterRef {
  readonly id: Id;
  readonly name: string;
}

export interface AssessmentRecord extends Stamped {
  readonly teamId: Id;
  /** The maturity model version the assessment was taken against, e.g. `mttr-maturity@1`. */
  readonly modelId: string;
  readonly status: AssessmentStatus;
  readonly takenOn: IsoDate;
  readonly facilitator: string;
  /** Who took part. */
  readonly participants: readonly RaterRef[];
  /**
   * Who answers independently. With two or more, each rater's answers are kept under their own
   * id and the facilitator records the agreed answer; otherwise answers are the agreed ones.
   */
  readonly raters: readonly RaterRef[];
  readonly finalisedAt: EpochMs | null;
  readonly clonedFrom: Id | null;
}

export const assessmentKind = defineRecordKind<AssessmentRecord>()({
  store: 'assessments',
  label: { one: 'Assessment', all: 'Assessments' },
  key: 'id',
  indexes: 'id, teamId',
  owners: { teamId: 'teams' },
  schema: () => {
    const raterRef = z.strictObject({ id: idText(), name: nameText() });
    return z.strictObject({
      ...stampedFields(),
      teamId: recordId(),
      modelId: idText(),
      status: z.enum(ASSESSMENT_STATUSES),
      takenOn: isoDate(),
      facilitator: nameText(),
      participants: listOf(raterRef),
      raters: listOf(raterRef),
      finalisedAt: z.nullable(instant()),
      clonedFrom: z.nullable(recordId()),
    });
  },
  // An assessment written before these fields existed had no participants, no independent
  // raters, was never finalised and was not a copy.
  restore: (stored) =>
    withDefaults(stored, { participants: [], raters: [], finalisedAt: null, clonedFrom: null }),
});
