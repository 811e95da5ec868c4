import { describe, expect, it } from 'vitest';
import { AGREED_RATER_ID } from '../records/answers';
import type { AssessmentRecord } from '../records/assessments';
import {
  ASSESSMENT_FINAL,
  ASSESSMENT_GONE,
  answersToCarry,
  latestFinal,
  sameEvidence,
  unansweredCriteria,
  whyNotAnswerable,
  whyNotClonable,
  whyNotFinalisable,
  whyReadOnly,
} from './assessment-lifecycle';
import { criteriaOf, type MaturityModel } from './model-types';
import { MODEL_V1 } from './model-v1';

const CRITERIA = criteriaOf(MODEL_V1).map((criterion) => criterion.id);
const amara = { id: 'p-amara', name: 'Amara' };
const liam = { id: 'p-liam', name: 'Liam' };

const draft: AssessmentRecord = {
  id: 'a1',
  teamId: 't1',
  modelId: MODEL_V1.id,
  status: 'draft',
  takenOn: '2025-01-10',
  facilitator: 'Amara',
  participants: [amara, liam],
  raters: [amara, liam],
  finalisedAt: null,
  clonedFrom: null,
  createdAt: 0,
  updatedAt: 0,
};
const final: AssessmentRecord = { ...draft, status: 'final', finalisedAt: 1 };
const every = (value: 'yes' | 'na' | null) =>
  CRITERIA.map((criterionId) => ({ criterionId, value }));

describe('whyReadOnly', () => {
  it('lets a draft change, and says why a final or deleted one cannot', () => {
    expect(whyReadOnly(draft)).toBeNull();
    expect(whyReadOnly(final)).toBe(ASSESSMENT_FINAL);
    expect(whyReadOnly(undefined)).toBe(ASSESSMENT_GONE);
  });
});

describe('whyNotAnswerable', () => {
  it('takes the agreed answer and the raters’ own, for criteria of the model', () => {
    expect(whyNotAnswerable(draft, MODEL_V1, AGREED_RATER_ID, CRITERIA[0] ?? '')).toBeNull();
    expect(whyNotAnswerable(draft, MODEL_V1, liam.id, CRITERIA[0] ?? '')).toBeNull();
  });

  it('refuses a criterion the model does not have, an unknown model and a stranger', () => {
    expect(whyNotAnswerable(draft, MODEL_V1, AGREED_RATER_ID, 'cooking.2.x')).toBe(
      'This criterion is not part of the assessment’s model.',
    );
    expect(whyNotAnswerable(draft, undefined, AGREED_RATER_ID, CRITERIA[0] ?? '')).toBe(
      'This criterion is not part of the assessment’s model.',
    );
    expect(whyNotAnswerable(draft, MODEL_V1, 'p-someone', CRITERIA[0] ?? '')).toBe(
      'This person is not a rater of the assessment.',
    );
  });
});

describe('whyNotFinalisable', () => {
  it('finalises a draft once every criterion has an agreed answer, Not applicable included', () => {
    expect(whyNotFinalisable(draft, MODEL_V1, every('yes'))).toBeNull();
    expect(whyNotFinalisable(draft, MODEL_V1, every('na'))).toBeNull();
  });

  it('counts the criteria still without an agreed answer', () => {
    const one = [{ criterionId: CRITERIA[0] ?? '', value: 'yes' as const }];
    expect(whyNotFinalisable(draft, MODEL_V1, one)).toBe(
      '39 criteria have no agreed answer yet. Answer every criterion before finalising.',
    );
    const allButOne = every('yes').slice(1);
    expect(whyNotFinalisable(draft, MODEL_V1, allButOne)).toBe(
      '1 criterion has no agreed answer yet. Answer every criterion before finalising.',
    );
    expect(whyNotFinalisable(draft, MODEL_V1, every(null))).toMatch(/^40 criteria have/);
    expect(unansweredCriteria(MODEL_V1, allButOne)).toEqual([CRITERIA[0]]);
  });

  it('refuses a final or deleted assessment whatever its answers', () => {
    expect(whyNotFinalisable(final, MODEL_V1, every('yes'))).toBe(ASSESSMENT_FINAL);
    expect(whyNotFinalisable(undefined, MODEL_V1, every('yes'))).toBe(ASSESSMENT_GONE);
  });

  it('has nothing to check an unknown model against', () => {
    expect(whyNotFinalisable(draft, undefined, [])).toBeNull();
  });
});

describe('cloning', () => {
  it('starts only from a final assessment', () => {
    expect(whyNotClonable(final)).toBeNull();
    expect(whyNotClonable(draft)).toBe('Only a final assessment can be cloned.');
    expect(whyNotClonable(undefined)).toBe(ASSESSMENT_GONE);
  });

  it('carries the agreed answers to criteria the new model still has', () => {
    const [kept, dropped] = CRITERIA;
    const smaller: MaturityModel = {
      ...MODEL_V1,
      categories: MODEL_V1.categories.map((category) => ({
        ...category,
        levels: category.levels.map((level) => ({
          ...level,
          criteria: level.criteria.filter((criterion) => criterion.id !== dropped),
        })),
      })),
    };
    const answers = [
      { raterId: AGREED_RATER_ID, criterionId: kept ?? '' },
      { raterId: amara.id, criterionId: kept ?? '' },
      { raterId: AGREED_RATER_ID, criterionId: dropped ?? '' },
    ];
    expect(answersToCarry(answers, smaller)).toEqual([answers[0]]);
    expect(answersToCarry(answers, MODEL_V1)).toEqual([answers[0], answers[2]]);
  });
});

describe('sameEvidence', () => {
  const evidence = { text: 'Runbook', links: ['https://a.example'], drillIds: ['d1', 'd2'] };

  it('is the same only when text, links and drills are, in order', () => {
    expect(sameEvidence(evidence, { ...evidence, links: ['https://a.example'] })).toBe(true);
    expect(sameEvidence(evidence, { ...evidence, text: 'Runbooks' })).toBe(false);
    expect(sameEvidence(evidence, { ...evidence, links: [] })).toBe(false);
    expect(sameEvidence(evidence, { ...evidence, drillIds: ['d2', 'd1'] })).toBe(false);
  });
});

describe('latestFinal', () => {
  it('is the final one taken last, then finalised last; drafts never count', () => {
    const on = (id: string, takenOn: string, finalisedAt: number | null): AssessmentRecord => ({
      ...draft,
      id,
      takenOn,
      status: finalisedAt === null ? 'draft' : 'final',
      finalisedAt,
    });
    const assessments = [
      on('old', '2025-01-01', 1),
      on('same-day-early', '2025-03-01', 2),
      on('same-day-late', '2025-03-01', 3),
      on('newer-draft', '2025-04-01', null),
    ];
    expect(latestFinal(assessments)?.id).toBe('same-day-late');
    expect(latestFinal(assessments.filter((a) => a.id === 'newer-draft'))).toBeUndefined();
  });
});
