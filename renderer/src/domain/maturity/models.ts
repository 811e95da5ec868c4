// Every maturity model the app can read, by id. Assessments keep the id they were taken against,
// so an old assessment is always scored with its own model even after a newer one is added.
import type { MaturityModel } from './model-types';
import { MODEL_V1 } from './model-v1';

export const MODELS: ReadonlyMap<string, MaturityModel> = new Map([[MODEL_V1.id, MODEL_V1]]);

/** The model new assessments are taken against. */
export const CURRENT_MODEL: MaturityModel = MODEL_V1;

export function findModel(id: string): MaturityModel | undefined {
  return MODELS.get(id);
}
