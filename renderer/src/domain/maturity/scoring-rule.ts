// The scoring rule in words, shown beside every result and printed in reports. Keep it in step
// with ./scoring: the tests of both pin the same decisions.

export const SCORING_RULE: readonly string[] = [
  'Answers count as No 0, Partly ⅓, Mostly ⅔ and Yes 1. Not applicable removes a criterion from the score and needs a reason.',
  'A level is achieved when every applicable criterion of that level is answered Mostly or Yes and every level below it is achieved. A category’s level is the highest level it achieves; level 1 (Initial) needs nothing.',
  'A category’s score runs from 1.0 to 5.0: 1 plus, for each of levels 2 to 5, the average answer of that level’s applicable criteria.',
  'The overall level is the lowest category level: a team is only as mature as its weakest area. The overall score is the average of the four category scores.',
  'A level whose criteria are all not applicable asks nothing of the team: it counts as met, adds a full point, and is achieved when the level below it is.',
  'An unanswered criterion counts as No. While any criterion is unanswered the result is provisional.',
  'With several raters, only the agreed answer the facilitator records is scored; individual answers are kept to show where raters differ.',
];
