import { describe, expect, it } from 'vitest';
import { comparePeriods, comparisonSentence, enoughToCompare } from './compare';
import { prepareDrills } from './prepare';
import { SMALL_SAMPLE } from '../stats/summary';
import { sourceOf, type DrillSpec } from './trends-fixtures';

const A = { from: '2025-01-01', to: '2025-03-31' };
const B = { from: '2025-04-01', to: '2025-06-30' };

/** `nA` drills in period A recovering in 40 minutes, `nB` in period B recovering in 5. */
function compare(nA: number, nB: number) {
  const specs: DrillSpec[] = [];
  for (let i = 0; i < nA; i++)
    specs.push({ id: `a${i}`, day: 1 + i, phases: [2, 3, 40 + i, 5, 4] });
  for (let i = 0; i < nB; i++)
    specs.push({ id: `b${i}`, day: 100 + i, phases: [2, 3, 5 + i, 5, 4] });
  const source = sourceOf(specs);
  const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
  return comparePeriods(prepared, A, B);
}

describe('comparing two periods at the reliability threshold', () => {
  const below = SMALL_SAMPLE - 1;

  it.each([
    [below, SMALL_SAMPLE],
    [SMALL_SAMPLE, below],
    [below, below],
    [3, 4],
    [2, 3],
  ])('claims no difference with %i and %i drills: only the medians with n', (nA, nB) => {
    const comparison = compare(nA, nB);
    expect(comparison.difference).toBeNull();
    expect(comparison.summaryA.n).toBe(nA);
    expect(comparison.summaryB.n).toBe(nB);
    expect(comparison.summaryA.median).toBeDefined();
    expect(comparison.summaryB.median).toBeDefined();
    expect(comparison.sentence).toBe(
      `Too few drills to compare: each period needs at least ${SMALL_SAMPLE} completed drills with a recovery time (period A has ${nA}, period B has ${nB}), so only each period's median is shown and no difference is claimed.`,
    );
    expect(comparison.sentence).not.toMatch(/confidence|interval|shorter|longer/);
  });

  it('compares with an interval once both periods reach the threshold', () => {
    const comparison = compare(SMALL_SAMPLE, SMALL_SAMPLE);
    expect(comparison.difference?.low).toBeDefined();
    expect(comparison.difference?.high).toBeDefined();
    expect(comparison.difference?.distinguishable).toBe(true);
    expect(comparison.sentence).toMatch(
      /^Period B's median recovery time is [\d.]+ minutes shorter/,
    );
  });

  it('holds the rule in one place', () => {
    expect(enoughToCompare(SMALL_SAMPLE, SMALL_SAMPLE)).toBe(true);
    expect(enoughToCompare(below, SMALL_SAMPLE)).toBe(false);
    expect(enoughToCompare(SMALL_SAMPLE, below)).toBe(false);
    // A sentence is never a claim below the threshold, even if handed an interval.
    expect(
      comparisonSentence(
        {
          difference: -30,
          low: -40,
          high: -20,
          confidence: 0.95,
          resamples: 2000,
          distinguishable: true,
          tooFew: false,
        },
        3,
        4,
      ),
    ).toMatch(/^Too few drills to compare/);
  });
});
