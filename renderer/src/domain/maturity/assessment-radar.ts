// The radar of an assessment, as the result screen draws it and the assessment report prints it:
// this assessment's category scores, the previous final assessment's, and the team's target
// levels. Scores and levels are one scale (./scoring), so a category exactly at its target level
// is drawn on the target shape, and one on its way past it outside.
import { formatIsoDate } from '../dates/format';
import type { IsoDate } from '../records/common';
import type { MaturityModel } from './model-types';
import type { AssessmentResult } from './scoring';

export interface RadarSeriesModel {
  readonly name: string;
  readonly variant: 'current' | 'previous' | 'target';
  /** One value per category, in the model's order; null where the series has none. */
  readonly values: readonly (number | null)[];
}

export interface RadarModel {
  readonly title: string;
  readonly axes: readonly string[];
  readonly series: readonly RadarSeriesModel[];
}

/** The assessment the radar compares with: when it was taken and its result. */
export interface EarlierResult {
  readonly takenOn: IsoDate;
  readonly result: AssessmentResult;
}

export function assessmentRadar(
  model: MaturityModel,
  result: AssessmentResult,
  previous: EarlierResult | undefined,
  targets: ReadonlyMap<string, number>,
): RadarModel {
  const scoreIn = (scored: AssessmentResult | undefined, categoryId: string) =>
    scored?.categories.find((entry) => entry.categoryId === categoryId)?.score ?? null;
  return {
    title: 'Category scores: this assessment, the previous one and the targets',
    axes: model.categories.map((category) => category.name),
    series: [
      {
        name: 'This assessment',
        variant: 'current',
        values: model.categories.map((category) => scoreIn(result, category.id)),
      },
      {
        name:
          previous === undefined
            ? 'Previous assessment'
            : `Previous (${formatIsoDate(previous.takenOn)})`,
        variant: 'previous',
        values: model.categories.map((category) => scoreIn(previous?.result, category.id)),
      },
      {
        name: 'Target level',
        variant: 'target',
        values: model.categories.map((category) => targets.get(category.id) ?? null),
      },
    ],
  };
}
