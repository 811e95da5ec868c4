// Every maturity model the app can read, by id: the built-in ones (code) and those an organisation
// imported as files (stored as the file, parsed here once and kept by id). Assessments keep the id
// they were taken against, so an old assessment is always scored with its own model, whichever
// model its team uses now. Reading a model always goes through findModel; the storage layer tells
// this catalog which files it holds (rememberModelFiles) before screens read them.
import type { MaturityModel } from './model-types';
import { MODEL_V1 } from './model-v1';

/** The models that ship with the app; their names are reserved for the app's own versions. */
export const BUILT_IN_MODELS: readonly MaturityModel[] = [MODEL_V1];

/** The built-in model every team starts with (a team may choose another). */
export const DEFAULT_MODEL: MaturityModel = MODEL_V1;

/** The built-in model teams start with (the name of old); where a team is meant, read its model. */
export const CURRENT_MODEL: MaturityModel = DEFAULT_MODEL;

const BUILT_IN: ReadonlyMap<string, MaturityModel> = new Map(
  BUILT_IN_MODELS.map((model) => [model.id, model]),
);

/** Imported models by id, with the text each was parsed from (parsed again only if it differs). */
const imported = new Map<string, { readonly file: string; readonly model: MaturityModel }>();

export function findModel(id: string): MaturityModel | undefined {
  return BUILT_IN.get(id) ?? imported.get(id)?.model;
}

export function isBuiltInModel(id: string): boolean {
  return BUILT_IN.has(id);
}

/** Every model the app knows: built in first, then imported ones by id. */
export function knownModels(): MaturityModel[] {
  const own = [...imported.values()].map((entry) => entry.model);
  return [...BUILT_IN_MODELS, ...own.sort((a, b) => a.id.localeCompare(b.id))];
}

export interface StoredModelFile {
  readonly id: string;
  readonly file: string;
}

/**
 * Makes the stored model files readable by id. A file is parsed once; one that does not read (it
 * was checked on import, so only a damaged store gives one) is left out rather than guessed at.
 * Models no longer stored (a store cleared in a test) are forgotten.
 */
export function rememberModelFiles(
  files: readonly StoredModelFile[],
  /** The file reader (./model-file), passed in so the YAML parser loads only when a file is stored. */
  read: (file: string) => MaturityModel | undefined,
): void {
  const ids = new Set(files.map((file) => file.id));
  for (const id of [...imported.keys()]) if (!ids.has(id)) imported.delete(id);
  for (const { id, file } of files) {
    if (imported.get(id)?.file === file) continue;
    const model = read(file);
    if (model?.id === id) imported.set(id, { file, model });
    else imported.delete(id);
  }
}

/** Whether the catalog holds this very file under its id already (nothing to parse). */
export function remembers(file: StoredModelFile): boolean {
  return imported.get(file.id)?.file === file.file;
}
