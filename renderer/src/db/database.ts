// The IndexedDB database. Only repositories (./repositories) use it; everything else goes through
// them, so the storage shape can change without touching a screen.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { KeyOf, RecordOf, StoreName } from '../domain/records/registry';
import type { Id } from '../domain/records/common';
import { readModelMiddleware } from './read-models/maintain';
import type { ReadModelRecords, ReadModelStore } from './read-models/read-models';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

export const DATABASE_NAME = 'mttr-studio';

/** The IndexedDB implementation to use; tests pass fake-indexeddb's. Defaults to the browser's. */
export interface DatabaseBackend {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

/** Every registered record kind's store, with its typed table. */
export type DatabaseTables = { readonly [K in StoreName]: Table<RecordOf<K>, KeyOf<K>> };

/** The read models' stores: written only by the database itself (./read-models/maintain.ts). */
export type ReadModelTables = { readonly [K in ReadModelStore]: Table<ReadModelRecords[K], Id> };

/**
 * Dexie, typed with a table per registered record kind (`db.drills`…): Dexie defines the tables at
 * run time from the schema versions, their types come from the registry. This is Dexie's own way
 * of typing a database's tables, applied once to the class.
 */
const TypedDexie = Dexie as unknown as new (
  name: string,
  options?: DexieOptions,
) => Dexie & DatabaseTables & ReadModelTables;

export class MttrDatabase extends TypedDexie {
  constructor(
    name: string,
    backend?: DatabaseBackend,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
  ) {
    super(name, {
      ...(backend ?? {}),
      // Every write here is something a user recorded (a drill mark, an answer) and cannot be
      // recreated, so a commit must be on disk before it is reported done, even if the machine
      // loses power a moment later. Chromium's default lets commits finish before flushing. Our
      // transactions are small, so the flush costs little, and bulk imports are single
      // transactions, so they pay it once.
      chromeTransactionDurability: 'strict',
    });
    // Before any version: the read models must follow every write, an upgrade's included.
    this.use(readModelMiddleware);
    for (const schema of versions) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

/** Opens (lazily, on first use) the app's database, or a named one with another backend in tests. */
export function openDatabase(
  name: string = DATABASE_NAME,
  backend?: DatabaseBackend,
): MttrDatabase {
  return new MttrDatabase(name, backend);
}

/** A store's table, typed by a store name that is only known as a type parameter. */
export function tableOf<S extends StoreName>(db: MttrDatabase, store: S): DatabaseTables[S] {
  const tables: DatabaseTables = db;
  return tables[store];
}
