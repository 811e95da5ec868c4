// The scoring rule of the maturity model as a pure function of plain answers.
// Policy decisions, also shown to the user in ./scoring-rule:
// - An unanswered criterion counts as No: it is not met and adds 0. A result with any unanswered
//   criterion is provisional.
// - A level whose criteria are all not applicable asks nothing of the team: it is met, and is
//   achieved whenever the level below it is.
// - Level and score are one scale: the score is the level plus the progress toward the next level
//   (the mean answer of its applicable criteria), 5.0 at level 5. The next level is never met (else
//   it would be achieved), so the progress stays below 1 and the score's whole part is the level.
// - Only the answers passed in score. With several raters, the caller passes the agreed answers.
import { ANSWER_WEIGHTS, meetsCriterion, type PlainAnswer } from './answers';
import type { Category, CriteriaLevel, LevelNumber, MaturityModel } from './model-types';
import type { AnswerValue } from '../records/answers';

export interface LevelResult {
  readonly level: CriteriaLevel;
  /** Criteria not answered Not applicable (answered or not). */
  readonly applicable: number;
  readonly unanswered: number;
  /** Mean weight of the applicable criteria, unanswered as 0; 1 when none is applicable. */
  readonly mean: number;
  /** Every applicable criterion is Mostly or Yes. */
  readonly met: boolean;
  /** Met, and every lower level achieved. */
  readonly achieved: boolean;
}

export interface CategoryResult {
  readonly categoryId: string;
  readonly level: LevelNumber;
  /** 0 to below 1: the mean answer of the next level's applicable criteria; 0 at level 5. */
  readonly progress: number;
  /** 1.0–5.0: the level plus the progress, so its whole part is always the level. */
  readonly score: number;
  readonly levels: readonly LevelResult[];
  readonly unanswered: number;
}

export interface AssessmentResult {
  readonly modelId: string;
  readonly categories: readonly CategoryResult[];
  /** The lowest category level. */
  readonly overallLevel: LevelNumber;
  /** The mean of the category scores. */
  readonly overallScore: number;
  readonly unanswered: number;
  /** True while any criterion is unanswered: the figures may still change. */
  readonly provisional: boolean;
}

export function scoreAssessment(
  model: MaturityModel,
  answers: readonly PlainAnswer[],
): AssessmentResult {
  const values = new Map(answers.map((answer) => [answer.criterionId, answer.value]));
  const categories = model.categories.map((category) => scoreCategory(category, values));
  const unanswered = categories.reduce((sum, category) => sum + category.unanswered, 0);
  const scores = categories.map((category) => category.score);
  return {
    modelId: model.id,
    categories,
    overallLevel: Math.min(...categories.map((category) => category.level)) as LevelNumber,
    overallScore: scores.reduce((sum, score) => sum + score, 0) / Math.max(scores.length, 1),
    unanswered,
    provisional: unanswered > 0,
  };
}

export function scoreCategory(
  category: Category,
  values: ReadonlyMap<string, AnswerValue | null>,
): CategoryResult {
  const levels: LevelResult[] = [];
  let lowerAchieved = true;
  for (const { level, criteria } of [...category.levels].sort((a, b) => a.level - b.level)) {
    const answered = criteria.map((criterion) => values.get(criterion.id) ?? null);
    const applicable = answered.filter((value) => value !== 'na');
    const weights = applicable.map((value) => (value === null ? 0 : ANSWER_WEIGHTS[value]));
    const met: boolean = applicable.every(meetsCriterion);
    const achieved: boolean = lowerAchieved && met;
    lowerAchieved = achieved;
    levels.push({
      level,
      applicable: applicable.length,
      unanswered: applicable.filter((value) => value === null).length,
      mean: weights.length === 0 ? 1 : weights.reduce((sum, w) => sum + w, 0) / weights.length,
      met,
      achieved,
    });
  }
  const achievedLevels = levels.filter((level) => level.achieved).map((level) => level.level);
  const level = Math.max(1, ...achievedLevels) as LevelNumber;
  const progress = levels.find((entry) => entry.level === level + 1)?.mean ?? 0;
  return {
    categoryId: category.id,
    level,
    progress,
    score: level + progress,
    levels,
    unanswered: levels.reduce((sum, level) => sum + level.unanswered, 0),
  };
}

export function categoryResult(
  result: AssessmentResult,
  categoryId: string,
): CategoryResult | undefined {
  return result.categories.find((category) => category.categoryId === categoryId);
}

/**
 * Scores are shown with one decimal everywhere, so screens and reports agree. Rounding never
 * carries into the next whole number (2.96 reads 2.9, not 3.0): the whole part is the level, and a
 * level not reached is never shown as reached.
 */
export function formatScore(score: number): string {
  const whole = Math.floor(score + EPSILON);
  return Math.min(Math.round(score * 10) / 10, whole + 0.9).toFixed(1);
}

/** Floating-point slack: a mean that is exactly 3 on paper may be 2.9999999999999996 here. */
const EPSILON = 1e-9;
