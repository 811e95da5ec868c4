import type { MaturityModel } from '../../domain/maturity/model-types';
import type { AnswersByRater } from '../../domain/maturity/assessment-view';

/**
 * Where "Continue" takes a rater: the category of the answer they saved last, so a left or
 * crashed session resumes where it stopped; the first category when they have not started.
 */
export function resumeCategory(
  model: MaturityModel,
  answers: AnswersByRater,
  raterId: string,
  startedAt: number,
): string {
  // Answers copied in by a clone were not given in this session, so they do not count.
  const latest = [...(answers.get(raterId)?.values() ?? [])]
    .filter((answer) => answer.updatedAt > startedAt)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const category = model.categories.find((entry) =>
    entry.levels.some((level) => level.criteria.some((c) => c.id === latest?.criterionId)),
  );
  return (category ?? model.categories[0])?.id ?? '';
}
