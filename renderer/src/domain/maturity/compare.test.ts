import { describe, expect, it } from 'vitest';
import { compareAnswers } from './compare';
import type { MaturityModel } from './model-types';
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
    expect(changes.map((change) => [change.criterion.id, change.after])).toEqual([
      ['people.2.retired', null],
    ]);
  });
});
