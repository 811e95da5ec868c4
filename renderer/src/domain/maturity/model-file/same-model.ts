// Whether an imported model may be added: a model's id and version name one model forever, so a
// file that reuses an id and version the app knows is accepted only when it is the same model
// (importing it again adds nothing), and the built-in model's name is the app's own. Pure: the
// storage layer passes in the models it has and writes what this decides.
import type { MaturityModel } from '../model-types';
import { canonicalJson } from '../../text/canonical-json';
import { splitModelId } from './model-id';

/** Same content in every field, in the same order (a moved criterion is a different model). */
export function sameModel(a: MaturityModel, b: MaturityModel): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export type ModelImportDecision =
  /** A new id and version: store it. */
  | { readonly kind: 'add' }
  /** The app has this very model already: nothing to store. */
  | { readonly kind: 'already-known' }
  | { readonly kind: 'refused'; readonly message: string };

export function decideModelImport(
  incoming: MaturityModel,
  /** Every model the app has: built in and imported. */
  known: readonly MaturityModel[],
  /** The models that ship with the app; their names are reserved for its own versions. */
  builtIn: readonly MaturityModel[],
): ModelImportDecision {
  const existing = known.find((model) => model.id === incoming.id);
  if (existing !== undefined) {
    if (sameModel(existing, incoming)) return { kind: 'already-known' };
    const name = splitModelId(incoming.id)?.name ?? incoming.id;
    const next = Math.max(...known.map((model) => versionOf(model, name))) + 1;
    return {
      kind: 'refused',
      message: `The app already has a different model ${incoming.id}. Give this one the next version (version: ${next}) or an id of its own.`,
    };
  }
  const name = splitModelId(incoming.id)?.name;
  if (builtIn.some((model) => splitModelId(model.id)?.name === name)) {
    return {
      kind: 'refused',
      message: `${name ?? incoming.id} is the name of the app’s own model. Give yours an id of its own (id: acme-recovery, version: 1).`,
    };
  }
  return { kind: 'add' };
}

function versionOf(model: MaturityModel, name: string): number {
  const ref = splitModelId(model.id);
  return ref?.name === name ? ref.version : 0;
}
