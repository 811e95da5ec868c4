// The answer scale's wording as model data, with the wording of the built-in model. A model may
// reword it (an organisation's own model file); the labels here are those the screens show today
// (domain/words/assessments.ts), so the built-in model reads exactly as before.
import { ANSWER_VALUES, type AnswerValue } from '../records/answers';
import { ANSWER_LABELS } from '../words/assessments';
import type { AnswerScale, AnswerWording } from './model-types';

const MEANINGS: Readonly<Record<AnswerValue, string>> = {
  no: 'Not true for any of the services or incidents, or true only by chance.',
  partly: 'True for some of the services or incidents, or only some of the time.',
  mostly: 'True for most of the services and incidents, with exceptions the team knows about.',
  yes: 'True for every service and incident, and the team can show it.',
  na: 'The statement does not apply to this team; the reason is recorded and the criterion is left out of the score.',
};

/** The scale in the order it is offered, No to Not applicable, each with what it means. */
export function answerScaleInOrder(scale: AnswerScale): AnswerWording[] {
  return ANSWER_VALUES.map((value) => scale[value]);
}

export const DEFAULT_ANSWER_SCALE: AnswerScale = Object.fromEntries(
  ANSWER_VALUES.map((value) => [value, { label: ANSWER_LABELS[value], meaning: MEANINGS[value] }]),
) as Record<AnswerValue, { label: string; meaning: string }>;
