// The shape of a maturity model. A model is data, never code: a new model version is a new data
// module registered in ./models, and an assessment keeps the id of the model it was taken against.

import type { AnswerValue } from '../records/answers';
import type { CriterionRules, RuleOfSource } from './evidence-rules';

/** Level 1 (Initial) is the floor and has no criteria; levels 2–5 carry them. */
export type LevelNumber = 1 | 2 | 3 | 4 | 5;
export type CriteriaLevel = 2 | 3 | 4 | 5;

export const LEVEL_NUMBERS: readonly LevelNumber[] = [1, 2, 3, 4, 5];
export const CRITERIA_LEVELS: readonly CriteriaLevel[] = [2, 3, 4, 5];

export interface LevelDefinition {
  readonly level: LevelNumber;
  readonly name: string;
}

export interface Criterion extends CriterionRules {
  /** Stable forever: answers, targets and action items refer to it. */
  readonly id: string;
  /** A concrete, observable statement a team can answer honestly. */
  readonly text: string;
  /** What evidence for the statement looks like. */
  readonly guidance: string;
  // The rule fields come from ./evidence-rules, one per source of evidence. `drillRule`: where the
  // team's recorded drills can show the statement holds, the test they must pass. Only a
  // suggestion: the app offers the drills as evidence and the team decides. Adding a rule changes
  // no statement, so it does not need a new model version. `incidentRule`: the same, over the
  // team's imported incidents.
}

/**
 * A test over the team's recorded drills, as data (./drill-evidence evaluates it). Only completed
 * drills count; day windows end on the date the evidence is judged at and include both ends. The
 * kinds and their parameters are defined in ./evidence-rules.
 */
export type DrillRule = RuleOfSource<'drills'>;

export type DrillRuleKind = DrillRule['kind'];

/**
 * A test over the team's imported incidents, as data (./incident-evidence evaluates it). Only
 * recovered incidents count; windows are by detection day, as drill rules' are by run day.
 */
export type IncidentRule = RuleOfSource<'incidents'>;

export interface CategoryLevel {
  readonly level: CriteriaLevel;
  /** What a team at this level typically looks like in this category. */
  readonly description: string;
  readonly criteria: readonly Criterion[];
}

export interface Category {
  readonly id: string;
  readonly name: string;
  /** What a team at level 1 looks like in this category. */
  readonly initial: string;
  readonly levels: readonly CategoryLevel[];
}

/** How one answer reads to the people answering: "Partly", true for some of the services. */
export interface AnswerWording {
  readonly label: string;
  readonly meaning: string;
}

/**
 * The wording of the answer scale. A model may reword it; the weights and the scoring rule are
 * the same for every model (./scoring).
 */
export type AnswerScale = Readonly<Record<AnswerValue, AnswerWording>>;

export interface MaturityModel {
  /** `name@version`, stored with every assessment. */
  readonly id: string;
  readonly name: string;
  readonly levels: readonly LevelDefinition[];
  readonly answerScale: AnswerScale;
  readonly categories: readonly Category[];
}

/** A criterion with where it sits in its model. */
export interface PlacedCriterion extends Criterion {
  readonly categoryId: string;
  readonly level: CriteriaLevel;
}

/** Every criterion of a model in reading order: category by category, level by level. */
export function criteriaOf(model: MaturityModel): PlacedCriterion[] {
  return model.categories.flatMap((category) => categoryCriteria(category));
}

export function categoryCriteria(category: Category): PlacedCriterion[] {
  return category.levels.flatMap((level) =>
    level.criteria.map((criterion) => ({
      ...criterion,
      categoryId: category.id,
      level: level.level,
    })),
  );
}

export function levelName(model: MaturityModel, level: number): string {
  return model.levels.find((definition) => definition.level === level)?.name ?? `Level ${level}`;
}
