// Helpers for upgrade tests (not used by the app): the checked-in database of every released
// schema version, and a way to write it into IndexedDB exactly as that version of the app would
// have stored it.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MttrDatabase, type DatabaseBackend } from '../database';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../schema';

export interface DatabaseFixture {
  readonly schemaVersion: number;
  /** Raw records per store, as that version stored them. */
  readonly stores: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/** One file per released schema version: adding `v2.json` adds it to every upgrade test. */
const FILES = import.meta.glob<DatabaseFixture>('../schema/fixtures/v*.json', {
  eager: true,
  import: 'default',
});

export const DATABASE_FIXTURES: readonly DatabaseFixture[] = Object.values(FILES).sort(
  (a, b) => a.schemaVersion - b.schemaVersion,
);

export function freshBackend(): DatabaseBackend {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** The schema as it was when `version` was the newest: what that release of the app declared. */
export function schemaUpTo(version: number): readonly SchemaVersion[] {
  return SCHEMA_VERSIONS.filter((schema) => schema.version <= version);
}

/** Writes the fixture with the schema of its own version, then closes the database. */
export async function storeFixture(
  name: string,
  backend: DatabaseBackend,
  fixture: DatabaseFixture,
): Promise<void> {
  const db = new MttrDatabase(name, backend, schemaUpTo(fixture.schemaVersion));
  try {
    await db.open();
    if (db.verno !== fixture.schemaVersion) {
      throw new Error(`fixture v${fixture.schemaVersion} has no schema version of its own`);
    }
    await db.transaction('rw', db.tables, async () => {
      for (const [store, records] of Object.entries(fixture.stores)) {
        await db.table(store).bulkAdd(records);
      }
    });
  } finally {
    db.close();
  }
}
