// Level and score are one scale: whatever the answers, the score's whole part is the level, and
// the score as shown never reads as a level the category has not reached.
import { describe, expect, it } from 'vitest';
import type { PlainAnswer } from './answers';
import { criteriaOf, type Category, type CriteriaLevel } from './model-types';
import { MODEL_V1 } from './model-v1';
import { formatScore, scoreAssessment, scoreCategory, type CategoryResult } from './scoring';
import { ANSWER_VALUES, type AnswerValue } from '../records/answers';
import { createRandom } from '../random';

/** Every answer a criterion can have, unanswered included. */
const ANY_ANSWER: readonly (AnswerValue | null)[] = [...ANSWER_VALUES, null];

/** A category with one criterion per level: small enough to try every combination of answers. */
const TINY: Category = {
  id: 'tiny',
  name: 'Tiny',
  initial: 'Nothing yet.',
  levels: ([2, 3, 4, 5] as const).map((level: CriteriaLevel) => ({
    level,
    description: `Level ${level}.`,
    criteria: [{ id: `tiny.${level}.only`, text: `Statement ${level}.`, guidance: 'Evidence.' }],
  })),
};

function combinations(size: number): (AnswerValue | null)[][] {
  if (size === 0) return [[]];
  return combinations(size - 1).flatMap((rest) => ANY_ANSWER.map((value) => [value, ...rest]));
}

/** What is wrong with a category's figures, or null when level and score are one scale. */
function offScale(result: CategoryResult): string | null {
  const { level, score, progress } = result;
  const problems = [
    level !== Math.floor(score) && 'the whole part of the score is not the level',
    (score < 1 || score > 5) && 'the score is outside 1–5',
    Math.abs(score - (level + progress)) > 1e-12 && 'the score is not level + progress',
    (progress < 0 || progress >= 1) && 'the progress is outside [0, 1)',
    level === 5 && score !== 5 && 'level 5 does not score 5',
    !formatScore(score).startsWith(`${level}.`) && 'the shown score reads as another level',
  ].filter((problem) => problem !== false);
  return problems.length === 0 ? null : `level ${level}, score ${score}: ${problems.join('; ')}`;
}

describe('one scale for level and score', () => {
  it('holds for every combination of answers in a category of one criterion per level', () => {
    const cases = combinations(4);
    expect(cases).toHaveLength(6 ** 4);
    const problems: string[] = [];
    for (const values of cases) {
      const answers = new Map(values.map((value, index) => [`tiny.${index + 2}.only`, value]));
      const problem = offScale(scoreCategory(TINY, answers));
      if (problem !== null) problems.push(`${values.join(' ')} → ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds for 2,000 generated assessments of the built-in model, overall included', () => {
    const random = createRandom(13);
    const problems: string[] = [];
    const reached = new Set<number>();
    const criteria = criteriaOf(MODEL_V1);
    for (let run = 0; run < 2000; run++) {
      // Skewed towards high answers in some runs, so high levels are reached as well as low ones.
      const bias = random.float();
      const answers = criteria.map((criterion): PlainAnswer => ({
        criterionId: criterion.id,
        value: random.float() < bias ? random.pick(['mostly', 'yes']) : random.pick(ANY_ANSWER),
      }));
      const result = scoreAssessment(MODEL_V1, answers);
      for (const category of result.categories) {
        reached.add(category.level);
        const problem = offScale(category);
        if (problem !== null) problems.push(`run ${run}, ${category.categoryId}: ${problem}`);
      }
      const levels = result.categories.map((category) => category.level);
      if (result.overallLevel !== Math.min(...levels)) problems.push(`run ${run}: overall level`);
      // The overall score is the mean of the categories, so it is never below the overall level.
      if (result.overallScore < result.overallLevel) problems.push(`run ${run}: overall score`);
    }
    expect(problems).toEqual([]);
    expect([...reached].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the level whole when a category is exactly at a level', () => {
    const values = new Map<string, AnswerValue>([
      ['tiny.2.only', 'yes'],
      ['tiny.3.only', 'mostly'],
      ['tiny.4.only', 'no'],
      ['tiny.5.only', 'yes'],
    ]);
    expect(scoreCategory(TINY, values)).toMatchObject({ level: 3, progress: 0, score: 3 });
  });
});

describe('formatScore', () => {
  it.each([
    [1, '1.0'],
    [5, '5.0'],
    [2 + 1 / 3, '2.3'],
    [2 + 2 / 3, '2.7'],
    [3.25, '3.3'],
  ])('shows %f as %s, one decimal rounded', (score, shown) => {
    expect(formatScore(score)).toBe(shown);
  });

  it('never rounds up into a level not reached: 2.96 is 2.9', () => {
    expect(formatScore(2.96)).toBe('2.9');
    expect(formatScore(4.999)).toBe('4.9');
  });

  it('shows a mean that is whole in exact arithmetic as whole', () => {
    expect(formatScore((2 + 2 / 3 + (3 + 1 / 3)) / 2)).toBe('3.0');
    expect(formatScore(3 - 1e-12)).toBe('3.0');
  });
});
