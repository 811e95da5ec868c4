import { describe, expect, it } from 'vitest';
import { gapList } from './gaps';
import { MODEL_V1 } from './model-v1';
import { scoreAssessment } from './scoring';
import type { AnswerValue } from '../records/answers';

describe('gapList', () => {
  const values = new Map<string, AnswerValue | null>([
    ['people.2.recovery-notes', 'yes'],
    ['people.2.two-responders', 'mostly'],
    ['people.2.contact-known', 'yes'],
    ['people.3.roles', 'partly'],
    ['people.3.escalation', 'na'],
    ['people.3.onboarding', 'yes'],
    ['people.4.trend-review', 'no'],
  ]);
  const result = scoreAssessment(
    MODEL_V1,
    [...values].map(([criterionId, value]) => ({ criterionId, value })),
  );

  it('lists the unmet criteria above the current level up to the target, with guidance', () => {
    const gaps = gapList(MODEL_V1, result, values, new Map([['people', 4]]));
    const people = gaps[0];
    expect(people).toMatchObject({ categoryId: 'people', current: 2, target: 4 });
    expect(people?.gaps.map((gap) => [gap.criterion.id, gap.value])).toEqual([
      ['people.3.roles', 'partly'],
      ['people.4.trend-review', 'no'],
      ['people.4.oncall-feedback', null],
    ]);
    expect(people?.gaps[0]?.criterion.guidance).toMatch(/role/);
  });

  it('has no gap where the target is not above the current level or is not set', () => {
    const gaps = gapList(
      MODEL_V1,
      result,
      values,
      new Map([
        ['people', 2],
        ['process', 1],
      ]),
    );
    expect(gaps.map((gap) => gap.gaps.length)).toEqual([0, 0, 0, 0]);
    expect(gaps[1]).toMatchObject({ current: 1, target: 1 });
  });
});
