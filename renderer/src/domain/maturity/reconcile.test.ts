import { describe, expect, it } from 'vitest';
import { MODEL_V1 } from './model-v1';
import { reconcileRows, spreadOf } from './reconcile';
import type { AnswerValue } from '../records/answers';

describe('spreadOf', () => {
  it.each([
    [[], 0, false],
    [['yes', 'yes'], 0, false],
    [['yes', null], 0, false],
    [['no', 'yes'], 3, true],
    [['partly', 'mostly', 'partly'], 1, true],
    [['na', 'na'], 0, false],
    [['na', 'no'], 3, true],
  ] as const)('%j has spread %d (disagreement %s)', (values, spread, disagreement) => {
    expect(spreadOf(values as readonly (AnswerValue | null)[])).toEqual({ spread, disagreement });
  });
});

describe('reconcileRows', () => {
  const answers = new Map([
    [
      'a',
      new Map<string, AnswerValue | null>([
        ['people.2.recovery-notes', 'yes'],
        ['process.3.runbooks', 'no'],
        ['technology.2.dashboards', 'partly'],
      ]),
    ],
    [
      'b',
      new Map<string, AnswerValue | null>([
        ['people.2.recovery-notes', 'yes'],
        ['process.3.runbooks', 'yes'],
        ['technology.2.dashboards', 'mostly'],
      ]),
    ],
  ]);

  it('puts disagreements first, widest spread first, then model order', () => {
    const rows = reconcileRows(MODEL_V1, ['a', 'b'], answers, new Map());
    expect(rows.slice(0, 3).map((row) => [row.criterion.id, row.spread])).toEqual([
      ['process.3.runbooks', 3],
      ['technology.2.dashboards', 1],
      ['people.2.recovery-notes', 0],
    ]);
    expect(rows).toHaveLength(40);
    expect(rows[2]).toMatchObject({ disagreement: false, unanimous: 'yes', agreed: null });
    expect(rows[3]).toMatchObject({ unanimous: null });
  });

  it('shows the agreed answer beside the raters’', () => {
    const rows = reconcileRows(
      MODEL_V1,
      ['a', 'b'],
      answers,
      new Map([['process.3.runbooks', 'mostly' as const]]),
    );
    expect(rows[0]).toMatchObject({
      agreed: 'mostly',
      values: [
        { raterId: 'a', value: 'no' },
        { raterId: 'b', value: 'yes' },
      ],
    });
  });
});
