// What a valid target level is: a level of the model (1 to 5) for one of its categories.
import { LEVEL_NUMBERS, type LevelNumber, type MaturityModel } from './model-types';
import { fail, refuse, succeed, type Outcome } from '../outcome';

export function validateTarget(
  model: MaturityModel,
  categoryId: string,
  level: number,
): Outcome<LevelNumber, 'level'> {
  if (!model.categories.some((category) => category.id === categoryId)) {
    return refuse('This category is not part of the model.');
  }
  const known = LEVEL_NUMBERS.find((number) => number === level);
  return known === undefined ? fail({ level: 'Choose a level from 1 to 5.' }) : succeed(known);
}
