// Every schema version the app has ever released, oldest first. Dexie applies them in order to
// bring any older database up to date. Append a new version (./v2.ts with its upgrade and a test
// that opens v1 data); never edit or remove a released one.
import type { Transaction } from 'dexie';
import { SCHEMA_V1 } from './v1';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store declarations; `null` deletes a store. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites existing records into this version's shape; runs once, inside the upgrade. */
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
}

export const SCHEMA_VERSIONS = [SCHEMA_V1] as const satisfies readonly SchemaVersion[];

export type LatestSchema = (typeof SCHEMA_VERSIONS)[number];

/** The names of the stores in the newest schema. */
export type StoreName = keyof LatestSchema['stores'];

export const LATEST_SCHEMA_VERSION: number =
  SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
