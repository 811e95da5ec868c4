// Maturity models: the built-in ones and those imported as files. A stored model never changes
// (its id names one version forever). Importing is two steps: preview reads the file and says what
// adding it would do (its problems, each with its line and path, or the model with its counts);
// add decides again inside the write, so a bad or conflicting file changes nothing.
import type { MaturityModel } from '../../domain/maturity/model-types';
import {
  BUILT_IN_MODELS,
  findModel,
  isBuiltInModel,
  knownModels,
  rememberModelFiles,
  remembers,
} from '../../domain/maturity/models';
import type { ModelFileProblem, ModelImportDecision } from '../../domain/maturity/model-file';
import { criteriaOf } from '../../domain/maturity/model-types';
import { refuse, succeed, type Outcome } from '../../domain/outcome';
import type { ModelRecord } from '../../domain/records/models';
import type { RepositoryContext } from './context';

// The YAML reader and writer load on first use: most sessions never import or export a model.
const modelFiles = () => import('../../domain/maturity/model-file');

export interface ModelSummary {
  readonly id: string;
  readonly name: string;
  readonly builtIn: boolean;
  readonly categories: number;
  readonly criteria: number;
}

export type ModelImportPreview =
  | {
      readonly kind: 'problems';
      readonly problems: readonly ModelFileProblem[];
      /** Problems found beyond those listed. */
      readonly unlisted: number;
    }
  | {
      readonly kind: 'model';
      readonly summary: ModelSummary;
      readonly decision: ModelImportDecision;
    };

export interface ModelsRepository {
  /** The stored (imported) model records. */
  list(): Promise<ModelRecord[]>;
  get(id: string): Promise<ModelRecord | undefined>;
  /**
   * Makes every stored model readable through findModel (each file is parsed once). Reads the
   * models store, so a live query that calls it re-runs when a model is added.
   */
  load(): Promise<void>;
  /** Every model the app can use, built in first, with its counts. */
  summaries(): Promise<ModelSummary[]>;
  /** A model by id, built in or imported. */
  find(id: string): Promise<MaturityModel | undefined>;
  /** The model as a YAML file an organisation can edit. */
  exportFile(id: string): Promise<string | undefined>;
  /** What adding this file would do; writes nothing. */
  preview(text: string): Promise<ModelImportPreview>;
  /** Adds the file's model; `added` false when the very same model was there already. */
  add(text: string): Promise<Outcome<{ readonly model: ModelSummary; readonly added: boolean }>>;
}

export function summarise(model: MaturityModel): ModelSummary {
  return {
    id: model.id,
    name: model.name,
    builtIn: isBuiltInModel(model.id),
    categories: model.categories.length,
    criteria: criteriaOf(model).length,
  };
}

export function createModelsRepository({ db, now }: RepositoryContext): ModelsRepository {
  async function load(): Promise<void> {
    const records = await db.models.toArray();
    if (records.length > 0 && !records.every(remembers)) {
      const { readModelFile } = await modelFiles();
      rememberModelFiles(records, (file) => {
        const read = readModelFile(file);
        return read.ok ? read.model : undefined;
      });
    } else {
      rememberModelFiles(records, () => undefined);
    }
  }

  async function read(text: string) {
    const [files] = await Promise.all([modelFiles(), load()]);
    return { files, read: files.readModelFile(text) };
  }

  return {
    list: () => db.models.toArray(),
    get: (id) => db.models.get(id),
    load,
    summaries: async () => {
      await load();
      return knownModels().map(summarise);
    },
    find: async (id) => {
      await load();
      return findModel(id);
    },
    exportFile: async (id) => {
      const stored = await db.models.get(id);
      // An imported model is given back exactly as it was imported, comments and all.
      if (stored !== undefined) return stored.file;
      const model = findModel(id);
      return model === undefined ? undefined : (await modelFiles()).writeModelFile(model);
    },
    preview: async (text) => {
      const { files, read: result } = await read(text);
      if (!result.ok) {
        return { kind: 'problems', problems: result.problems, unlisted: result.unlisted };
      }
      return {
        kind: 'model',
        summary: summarise(result.model),
        decision: files.decideModelImport(result.model, knownModels(), BUILT_IN_MODELS),
      };
    },
    add: async (text) => {
      const { files, read: result } = await read(text);
      if (!result.ok) {
        const count = result.problems.length + result.unlisted;
        return refuse(
          `The file has ${count === 1 ? 'a problem' : `${count} problems`}; nothing was added.`,
        );
      }
      const model = result.model;
      const outcome = await db.transaction('rw', db.models, async () => {
        // Decided again against what is stored now: another window may have added it meanwhile.
        const stored = await db.models.toArray();
        const known = [
          ...BUILT_IN_MODELS,
          ...stored.flatMap((record) => {
            const found = findModel(record.id);
            if (found !== undefined) return [found];
            const other = files.readModelFile(record.file);
            return other.ok ? [other.model] : [];
          }),
        ];
        const decision = files.decideModelImport(model, known, BUILT_IN_MODELS);
        if (decision.kind === 'refused') return decision;
        if (decision.kind === 'add') {
          const at = now();
          await db.models.add({
            id: model.id,
            title: model.name,
            file: text,
            createdAt: at,
            updatedAt: at,
          });
        }
        return decision;
      });
      if (outcome.kind === 'refused') return refuse(outcome.message);
      await load();
      return succeed({ model: summarise(model), added: outcome.kind === 'add' });
    },
  };
}
