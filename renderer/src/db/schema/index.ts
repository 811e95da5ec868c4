// Every schema version the app has ever released, oldest first. Dexie applies them in order to
// bring any older database up to date. Append a new version (./v2.ts with its upgrade and a test
// that opens v1 data); never edit or remove a released one. The newest version declares the stores
// of the registered record kinds and of the read models, with their index lines
// (./registry.test.ts holds them together); an upgrade whose records only gain fields uses ../upgrade/restore-records.
import type { Transaction } from 'dexie';
import { SCHEMA_V1 } from './v1';
import { SCHEMA_V2 } from './v2';
import { SCHEMA_V3 } from './v3';
import { SCHEMA_V4 } from './v4';
import { SCHEMA_V5 } from './v5';
import { SCHEMA_V6 } from './v6';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store declarations; `null` deletes a store. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites existing records into this version's shape; runs once, inside the upgrade. */
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
}

export const SCHEMA_VERSIONS = [
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
] as const satisfies readonly SchemaVersion[];

export const LATEST_SCHEMA_VERSION: number =
  SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;
