import { describe, expect, it } from 'vitest';
import type { AnswerRecord, EvidenceRecord } from '../records/answers';
import { finalAnswersOf } from './final-answers';

const NO_EVIDENCE: EvidenceRecord = { text: '', links: [], drillIds: [], updatedAt: 5 };

const answer = (
  raterId: string,
  criterionId: string,
  evidence: Partial<EvidenceRecord> = {},
): AnswerRecord => ({
  id: `${raterId}-${criterionId}`,
  assessmentId: 'a1',
  teamId: 't1',
  raterId,
  criterionId,
  value: 'yes',
  naReason: '',
  evidence: { ...NO_EVIDENCE, ...evidence },
  createdAt: 1,
  updatedAt: 1,
});

const FINAL = { id: 'a1', teamId: 't1', status: 'final' } as const;

describe('finalAnswersOf', () => {
  it('keeps nothing of a draft: its answers may still change', () => {
    expect(finalAnswersOf({ ...FINAL, status: 'draft' }, [answer('agreed', 'c1')])).toBeNull();
  });

  it('keeps the agreed answers, and the dates of those of them that have evidence', () => {
    const fact = finalAnswersOf(FINAL, [
      answer('agreed', 'c1', { text: 'Runbook reviewed', updatedAt: 42 }),
      answer('agreed', 'c2'),
      answer('agreed', 'c3', { drillIds: ['d1'], incidentIds: ['i1'] }),
      answer('p1', 'c1', { text: 'A rater’s own note', updatedAt: 99 }),
    ]);
    expect(fact).toEqual({
      id: 'a1',
      teamId: 't1',
      answers: [
        { criterionId: 'c1', value: 'yes' },
        { criterionId: 'c2', value: 'yes' },
        { criterionId: 'c3', value: 'yes' },
      ],
      evidence: [
        { criterionId: 'c1', dates: { writtenAt: 42, drillIds: [], incidentIds: [] } },
        { criterionId: 'c3', dates: { writtenAt: null, drillIds: ['d1'], incidentIds: ['i1'] } },
      ],
    });
  });
});
