// The IndexedDB database. Only repositories (./repositories) use it; everything else goes through
// them, so the storage shape can change without touching a screen.
import Dexie, { type Table } from 'dexie';
import type {
  ActionItemRecord,
  AnswerRecord,
  AssessmentRecord,
  DrillEventRecord,
  DrillRecord,
  Id,
  PersonRecord,
  ScenarioRecord,
  ServiceRecord,
  SettingKey,
  SettingRecord,
  TargetRecord,
  TeamRecord,
} from './records';
import { SCHEMA_VERSIONS, type SchemaVersion, type StoreName } from './schema';

export const DATABASE_NAME = 'mttr-studio';

/** The IndexedDB implementation to use; tests pass fake-indexeddb's. Defaults to the browser's. */
export interface DatabaseBackend {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

export class MttrDatabase extends Dexie {
  // `declare` so the class fields do not overwrite the tables Dexie defines in version().stores().
  declare readonly teams: Table<TeamRecord, Id>;
  declare readonly services: Table<ServiceRecord, Id>;
  declare readonly people: Table<PersonRecord, Id>;
  declare readonly assessments: Table<AssessmentRecord, Id>;
  declare readonly answers: Table<AnswerRecord, Id>;
  declare readonly targets: Table<TargetRecord, Id>;
  declare readonly scenarios: Table<ScenarioRecord, Id>;
  declare readonly drills: Table<DrillRecord, Id>;
  declare readonly drillEvents: Table<DrillEventRecord, Id>;
  declare readonly actionItems: Table<ActionItemRecord, Id>;
  declare readonly settings: Table<SettingRecord, SettingKey>;

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
    for (const schema of versions) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

/**
 * Every store of the newest schema with its typed table. Indexing MttrDatabase by each store name
 * is also a compile-time check that the class declares a table for every store.
 */
export type DatabaseTables = { readonly [K in StoreName]: MttrDatabase[K] };

/** The record type stored in a store. */
export type RecordOf<K extends StoreName> = DatabaseTables[K] extends Table<infer R> ? R : never;

/** Opens (lazily, on first use) the app's database, or a named one with another backend in tests. */
export function openDatabase(
  name: string = DATABASE_NAME,
  backend?: DatabaseBackend,
): MttrDatabase {
  return new MttrDatabase(name, backend);
}
