import { describe, expect, it } from 'vitest';
import { MODEL_V1 } from './model-v1';
import { reconcileRows, spreadOf, unanimousAnswer, unanimousToAccept } from './reconcile';
import { AGREED_RATER_ID, type AnswerValue } from '../records/answers';

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

/** What each rater gave, by criterion: graded answers need no reason. */
const given = (values: Map<string, AnswerValue | null>) =>
  new Map([...values].map(([criterionId, value]) => [criterionId, { value, naReason: '' }]));

describe('reconcileRows', () => {
  const answers = new Map([
    [
      'a',
      given(
        new Map<string, AnswerValue | null>([
          ['people.2.recovery-notes', 'yes'],
          ['process.3.runbooks', 'no'],
          ['technology.2.dashboards', 'partly'],
        ]),
      ),
    ],
    [
      'b',
      given(
        new Map<string, AnswerValue | null>([
          ['people.2.recovery-notes', 'yes'],
          ['process.3.runbooks', 'yes'],
          ['technology.2.dashboards', 'mostly'],
        ]),
      ),
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

describe('unanimousAnswer', () => {
  const yes = { value: 'yes', naReason: '' } as const;
  const na = (naReason: string) => ({ value: 'na', naReason }) as const;

  it.each([
    ['every rater gave the same answer', [yes, yes, yes], yes],
    ['one rater has not answered', [yes, undefined], null],
    ['one answer was cleared', [yes, { value: null, naReason: '' }], null],
    ['the answers differ', [yes, { value: 'mostly', naReason: '' }], null],
    ['Not applicable for the same reason', [na('No queue'), na('No queue')], na('No queue')],
    ['Not applicable for different reasons', [na('No queue'), na('Not ours')], null],
    ['nobody has answered', [undefined, undefined], null],
    ['there are no raters', [], null],
  ] as const)('%s', (_, given, expected) => {
    expect(unanimousAnswer(given)).toEqual(expected);
  });
});

describe('unanimousToAccept', () => {
  const answer = (
    raterId: string,
    criterionId: string,
    value: AnswerValue | null,
    naReason = '',
  ) => ({
    raterId,
    criterionId,
    value,
    naReason,
  });

  it('accepts where every rater agrees and no agreed answer is recorded', () => {
    expect(
      unanimousToAccept(
        ['a', 'b'],
        [
          answer('a', 'c1', 'yes'),
          answer('b', 'c1', 'yes'),
          answer('a', 'c2', 'no'),
          answer('b', 'c2', 'yes'),
          answer('a', 'c3', 'partly'),
          answer('a', 'c4', 'na', 'No queue'),
          answer('b', 'c4', 'na', 'No queue'),
        ],
      ),
    ).toEqual([
      { criterionId: 'c1', value: 'yes', naReason: '' },
      { criterionId: 'c4', value: 'na', naReason: 'No queue' },
    ]);
  });

  it('leaves an agreed answer already given, but fills one that was cleared', () => {
    const raters = [answer('a', 'c1', 'yes'), answer('b', 'c1', 'yes')];
    expect(unanimousToAccept(['a', 'b'], [...raters, answer(AGREED_RATER_ID, 'c1', 'no')])).toEqual(
      [],
    );
    expect(unanimousToAccept(['a', 'b'], [...raters, answer(AGREED_RATER_ID, 'c1', null)])).toEqual(
      [{ criterionId: 'c1', value: 'yes', naReason: '' }],
    );
  });

  it('finds nothing without raters', () => {
    expect(unanimousToAccept([], [answer(AGREED_RATER_ID, 'c1', null)])).toEqual([]);
  });
});
