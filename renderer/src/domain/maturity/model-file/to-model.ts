// A checked model file as the app's MaturityModel: the id and version joined, texts trimmed (a
// block written with `>` keeps a line end), the app's answer wording where the file has none.
import { DEFAULT_ANSWER_SCALE } from '../answer-scale';
import type {
  AnswerScale,
  CriteriaLevel,
  Criterion,
  LevelNumber,
  MaturityModel,
} from '../model-types';
import type { ModelFileData } from './file-schema';
import { joinModelId } from './model-id';

/** Levels are in order and in range: the schema and the cross-checks have seen to it. */
export function toModel(data: ModelFileData): MaturityModel {
  const scale = data.answerScale;
  return {
    id: joinModelId({ name: data.id, version: data.version }),
    name: data.name.trim(),
    levels: data.levels.map((level) => ({
      level: level.level as LevelNumber,
      name: level.name.trim(),
    })),
    answerScale: scale === undefined ? DEFAULT_ANSWER_SCALE : trimScale(scale),
    categories: data.categories.map((category) => ({
      id: category.id,
      name: category.name.trim(),
      initial: category.initial.trim(),
      levels: category.levels.map((level) => ({
        level: level.level as CriteriaLevel,
        description: level.description.trim(),
        criteria: level.criteria.map(({ id, text, guidance, ...rules }): Criterion => ({
          id,
          text: text.trim(),
          guidance: guidance.trim(),
          ...withoutUndefined(rules),
        })),
      })),
    })),
  };
}

function trimScale(scale: AnswerScale): AnswerScale {
  const entries = Object.entries(scale).map(([value, wording]) => [
    value,
    { label: wording.label.trim(), meaning: wording.meaning.trim() },
  ]);
  return Object.fromEntries(entries) as AnswerScale;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
