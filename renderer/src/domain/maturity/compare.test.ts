import { describe, expect, it } from 'vitest';
import { compareAnswers } from './compare';
import { criteriaOf, type MaturityModel } from './model-types';
import { MODEL_V1 } from './model-v1';

describe('compareAnswers', () => {
  it('lists every criterion whose answer changed, with the direction', () => {
    const changes = compareAnswers(
      MODEL_V1,
      [
        { criterionId: 'people.2.recovery-notes', value: 'partly' },
        { criterionId: 'people.3.roles', value: 'yes' },
        { criterionId: 'process.2.review-held', value: 'yes' },
        { criterionId: 'process.3.runbooks', value: 'na' },
      ],
      MODEL_V1,
      [
        { criterionId: 'people.2.recovery-notes', value: 'yes' },
        { criterionId: 'people.3.roles', value: 'mostly' },
        { criterionId: 'process.2.review-held', value: 'yes' },
        { criterionId: 'process.3.runbooks', value: 'no' },
        { criterionId: 'measurement.2.impact', value: 'no' },
      ],
    );
    expect(
      changes.map((change) => [change.criterion.id, change.before, change.after, change.direction]),
    ).toEqual([
      ['people.2.recovery-notes', 'partly', 'yes', 'better'],
      ['people.3.roles', 'yes', 'mostly', 'worse'],
      ['process.3.runbooks', 'na', 'no', 'changed'],
      ['measurement.2.impact', null, 'no', 'changed'],
    ]);
  });

  it('matches criteria by id across model versions and keeps ones only the older model had', () => {
    const older: MaturityModel = {
      ...MODEL_V1,
      id: 'mttr-maturity@0',
      categories: [
        {
          id: 'people',
          name: 'People',
          initial: '',
          levels: [
            {
              level: 2,
              description: '',
              criteria: [{ id: 'people.2.retired', text: 'Old.', guidance: '' }],
            },
          ],
        },
      ],
    };
    const changes = compareAnswers(
      older,
      [{ criterionId: 'people.2.retired', value: 'yes' }],
      MODEL_V1,
      [],
    );
    // Every criterion only one model has is listed, answered or not, and says which model has it.
    expect(changes.filter((change) => change.presence === 'only-before')).toEqual([
      expect.objectContaining({ before: 'yes', after: null, direction: 'changed' }),
    ]);
    expect(changes.find((c) => c.presence === 'only-before')?.criterion.id).toBe(
      'people.2.retired',
    );
    expect(
      changes.filter((change) => change.presence === 'only-after').map((c) => c.criterion.id),
    ).toEqual(criteriaOf(MODEL_V1).map((criterion) => criterion.id));
  });

  it('across an edited copy: shared criteria compare by id, a removed and an added one are named', () => {
    const [first, second, ...rest] = MODEL_V1.categories;
    if (first === undefined || second === undefined) throw new Error('model');
    const [level2, ...higher] = first.levels;
    if (level2 === undefined) throw new Error('model');
    const [kept, removed, ...others] = level2.criteria;
    if (kept === undefined || removed === undefined) throw new Error('model');
    const edited: MaturityModel = {
      ...MODEL_V1,
      id: 'acme-recovery@1',
      categories: [
        {
          ...first,
          levels: [
            {
              ...level2,
              criteria: [
                { ...kept, text: 'Reworded.' },
                ...others,
                { id: 'people.2.added', text: 'New.', guidance: 'New.' },
              ],
            },
            ...higher,
          ],
        },
        second,
        ...rest,
      ],
    };
    const answers = criteriaOf(MODEL_V1).map((c) => ({ criterionId: c.id, value: 'yes' as const }));
    const later = [
      ...answers.filter((answer) => answer.criterionId !== removed.id),
      { criterionId: kept.id, value: 'partly' as const },
      { criterionId: 'people.2.added', value: 'no' as const },
    ].filter(
      (answer, index, all) =>
        all.findLastIndex((a) => a.criterionId === answer.criterionId) === index,
    );
    const changes = compareAnswers(MODEL_V1, answers, edited, later);
    expect(changes.map((c) => [c.criterion.id, c.before, c.after, c.presence])).toEqual([
      [kept.id, 'yes', 'partly', 'both'],
      ['people.2.added', null, 'no', 'only-after'],
      [removed.id, 'yes', null, 'only-before'],
    ]);
    // The shared criterion reads as the later model words it.
    expect(changes[0]?.criterion.text).toBe('Reworded.');
  });
});
