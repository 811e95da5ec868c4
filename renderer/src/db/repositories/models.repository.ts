// Maturity models imported as files. A model never changes once stored (its id names one version
// forever); adding one is the model import's, which decides first whether it may be added.
import type { ModelRecord } from '../../domain/records/models';
import type { RepositoryContext } from './context';

export interface ModelsRepository {
  list(): Promise<ModelRecord[]>;
  get(id: string): Promise<ModelRecord | undefined>;
}

export function createModelsRepository({ db }: RepositoryContext): ModelsRepository {
  return {
    list: () => db.models.toArray(),
    get: (id) => db.models.get(id),
  };
}
