// The scoring rule in words, written once: shown beside every result, printed in the assessment
// report, folded into the trend figures' rules and written at the top of an exported model file.
// Keep it in step with ./scoring: the tests of both pin the same decisions.

/** How a category's score relates to its level: one scale, the whole part is the level. */
export const SCORE_SENTENCE =
  'A category’s score is its level plus its progress toward the next level: the average answer of the next level’s applicable criteria (5.0 at level 5). So the whole part of a score is always the level: 2.4 is level 2, on its way to level 3.';

/** How the overall figures are made from the categories'. */
export const OVERALL_SENTENCE =
  'The overall level is the lowest category level: a team is only as mature as its weakest area. The overall score is the average of the category scores, not the score of the overall level.';

/** Said wherever a result on an organisation's own model is printed. */
export const SAME_RULE_SENTENCE =
  'This rule is the same for every maturity model: a model sets the criteria and their wording, never the scoring.';

export const SCORING_RULE: readonly string[] = [
  'Answers count as No 0, Partly ⅓, Mostly ⅔ and Yes 1. Not applicable removes a criterion from the score and needs a reason.',
  'A level is achieved when every applicable criterion of that level is answered Mostly or Yes and every level below it is achieved. A category’s level is the highest level it achieves; level 1 (Initial) needs nothing.',
  SCORE_SENTENCE,
  OVERALL_SENTENCE,
  'A level whose criteria are all not applicable asks nothing of the team: it counts as met, and is achieved when the level below it is.',
  'An unanswered criterion counts as No. While any criterion is unanswered the result is provisional.',
  'With several raters, only the agreed answer the facilitator records is scored; individual answers are kept to show where raters differ.',
  'Scores are never stored: every assessment, older ones included, is scored by this rule from its answers whenever it is shown.',
];
