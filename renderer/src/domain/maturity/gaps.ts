// The gap between where a team is and where it wants to be: every criterion of the levels above a
// category's current level, up to its target, that is not yet met. Criteria at or below the
// current level are met by definition (that is what achieving the level means).
import { meetsCriterion } from './answers';
import type { MaturityModel, PlacedCriterion } from './model-types';
import type { AssessmentResult } from './scoring';
import type { AnswerValue } from '../records/answers';

export interface Gap {
  readonly criterion: PlacedCriterion;
  readonly value: AnswerValue | null;
}

export interface CategoryGap {
  readonly categoryId: string;
  readonly current: number;
  readonly target: number;
  readonly gaps: readonly Gap[];
}

export function gapList(
  model: MaturityModel,
  result: AssessmentResult,
  values: ReadonlyMap<string, AnswerValue | null>,
  targets: ReadonlyMap<string, number>,
): CategoryGap[] {
  return model.categories.map((category) => {
    const current = result.categories.find((entry) => entry.categoryId === category.id)?.level ?? 1;
    const target = targets.get(category.id) ?? current;
    const gaps = category.levels
      .filter((level) => level.level > current && level.level <= target)
      .flatMap((level) =>
        level.criteria.map((criterion) => ({
          criterion: { ...criterion, categoryId: category.id, level: level.level },
          value: values.get(criterion.id) ?? null,
        })),
      )
      .filter((gap) => gap.value !== 'na' && !meetsCriterion(gap.value));
    return { categoryId: category.id, current, target, gaps };
  });
}
