// The record kinds and the schema versions describe the same stores: every registered kind's
// index line is what the newest schema version declares for its store, and no store is left
// without a kind. Schema versions are append-only literals, so this is what keeps the two in step.
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../domain/records/registry';
import { READ_MODEL_STORES } from '../read-models/read-models';
import { SCHEMA_VERSIONS, type SchemaVersion } from './index';

/** The stores the database has after every version is applied: later ones add, change or drop. */
function storesAfterEveryVersion(): Record<string, string> {
  const versions: readonly SchemaVersion[] = SCHEMA_VERSIONS;
  const stores = new Map<string, string>();
  for (const version of versions) {
    for (const [store, declaration] of Object.entries(version.stores)) {
      if (declaration === null) stores.delete(store);
      else stores.set(store, declaration);
    }
  }
  return Object.fromEntries(stores);
}

describe('the record kinds', () => {
  it('and the read models declare exactly the stores and indexes of the newest schema version', () => {
    const declared = Object.fromEntries(RECORD_KINDS.map((kind) => [kind.store, kind.indexes]));
    expect({ ...declared, ...READ_MODEL_STORES }).toEqual(storesAfterEveryVersion());
  });
});
