import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlainAnswer } from '../../domain/maturity/answers';
import { assessmentRadar } from '../../domain/maturity/assessment-radar';
import { MODEL_V1 } from '../../domain/maturity/model-v1';
import { scoreAssessment } from '../../domain/maturity/scoring';
import type { AnswerValue } from '../../domain/records/answers';
import { RadarChart } from './RadarChart';

/** Every criterion of a category up to `level` answered `value`, the levels above answered No. */
function upTo(categoryId: string, level: number, value: AnswerValue): PlainAnswer[] {
  const category = MODEL_V1.categories.find((entry) => entry.id === categoryId);
  return (category?.levels ?? []).flatMap((entry) =>
    entry.criteria.map((criterion) => ({
      criterionId: criterion.id,
      value: entry.level <= level ? value : 'no',
    })),
  );
}

/** The distance from the centre of each vertex of a series' polygon, axis by axis. */
function radii(markup: string, variant: string): number[] {
  const match = new RegExp(`<polygon points="([^"]+)" class="radar-series series-${variant}"`).exec(
    markup,
  );
  if (match?.[1] === undefined) throw new Error(`no ${variant} polygon`);
  const centre = 180;
  return match[1].split(' ').map((pair) => {
    const [x = 0, y = 0] = pair.split(',').map(Number);
    return Math.hypot(x - centre, y - centre);
  });
}

describe('RadarChart of an assessment against its targets', () => {
  // Levels 2 and 3 answered Mostly, the rest No: exactly level 3 in every category. Version 1 of
  // the rule scored that 2.3 and drew it inside a target of 3.
  const answers = MODEL_V1.categories.flatMap((category) => upTo(category.id, 3, 'mostly'));
  const result = scoreAssessment(MODEL_V1, answers);
  const targets = new Map([
    ['people', 3],
    ['process', 3],
    ['technology', 2],
    ['measurement', 4],
  ]);
  const markup = renderToStaticMarkup(
    <RadarChart {...assessmentRadar(MODEL_V1, result, undefined, targets)} />,
  );
  const current = radii(markup, 'current');
  const target = radii(markup, 'target');

  it('draws a category exactly at its target level on the target shape', () => {
    expect(result.categories.map((category) => category.level)).toEqual([3, 3, 3, 3]);
    expect(current[0]).toBeCloseTo(target[0] ?? NaN, 6);
    expect(current[1]).toBeCloseTo(target[1] ?? NaN, 6);
  });

  it('draws a category past its target outside the shape, and one below it inside', () => {
    expect(current[2]).toBeGreaterThan((target[2] ?? Infinity) + 1);
    expect(current[3]).toBeLessThan((target[3] ?? 0) - 1);
  });

  it('never draws a category inside a target it has reached, for every level and target', () => {
    for (let level = 1; level <= 5; level++) {
      const reached = scoreAssessment(
        MODEL_V1,
        MODEL_V1.categories.flatMap((category) => upTo(category.id, level, 'mostly')),
      );
      for (let goal = 1; goal <= level; goal++) {
        const goals = new Map(MODEL_V1.categories.map((category) => [category.id, goal]));
        const drawn = renderToStaticMarkup(
          <RadarChart {...assessmentRadar(MODEL_V1, reached, undefined, goals)} />,
        );
        const inner = radii(drawn, 'target');
        for (const [axis, radius] of radii(drawn, 'current').entries()) {
          expect(radius).toBeGreaterThanOrEqual((inner[axis] ?? Infinity) - 1e-6);
        }
      }
    }
  });

  it('lists the scores in the table with the same one-decimal reading as the screens', () => {
    expect(markup).toContain('<td>3.0</td>');
  });
});
