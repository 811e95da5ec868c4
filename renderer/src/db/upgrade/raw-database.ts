// Reading a database as it is stored, whatever its version: Dexie without a declared schema opens
// the existing version and never upgrades, creates or deletes anything. The upgrade safety net
// (a backup before an upgrade, an export of a database newer than the app) reads through here,
// because the app's own schema cannot open those databases as they are.
import { READ_MODEL_STORES } from '../read-models/read-models';
import Dexie from 'dexie';
import type { DatabaseBackend } from '../database';

/** Every store of a stored database, its records in primary-key order. */
export interface RawDatabase {
  readonly version: number;
  readonly stores: Readonly<Record<string, readonly unknown[]>>;
}

function openAsStored(name: string, backend?: DatabaseBackend): Dexie {
  return new Dexie(name, { ...(backend ?? {}), autoOpen: false });
}

function isNoSuchDatabase(error: unknown): boolean {
  return error instanceof Dexie.DexieError && error.name === Dexie.errnames.NoSuchDatabase;
}

/** Dexie stores its version × 10 as the IndexedDB version (room for its own internal steps). */
const DEXIE_VERSION_FACTOR = 10;

/**
 * The stored schema version (Dexie's numbering), or null when there is no database yet. Asks the
 * list of databases where the browser has one: it costs no open, which start-up would pay for.
 */
export async function storedVersion(
  name: string,
  backend?: DatabaseBackend,
): Promise<number | null> {
  // Older browsers (Firefox before 126) have no list: open the database instead.
  const factory = (backend?.indexedDB ?? globalThis.indexedDB) as Partial<
    Pick<IDBFactory, 'databases'>
  >;
  if (factory.databases !== undefined) {
    const found = (await factory.databases()).find((info) => info.name === name);
    return found?.version === undefined ? null : found.version / DEXIE_VERSION_FACTOR;
  }
  return openedVersion(name, backend);
}

async function openedVersion(name: string, backend?: DatabaseBackend): Promise<number | null> {
  const db = openAsStored(name, backend);
  try {
    await db.open();
    return db.verno;
  } catch (error: unknown) {
    if (isNoSuchDatabase(error)) return null;
    throw error;
  } finally {
    // The app opens the same database next; an open connection here would block its upgrade.
    db.close();
  }
}

/** Reads every store in one read-only transaction, so the copy is consistent. */
export async function readRawDatabase(
  name: string,
  backend?: DatabaseBackend,
): Promise<RawDatabase | null> {
  const db = openAsStored(name, backend);
  try {
    await db.open();
    // The read models are derived from the records and rebuilt by the upgrade: not worth a copy.
    const tables = db.tables.filter((table) => !(table.name in READ_MODEL_STORES));
    const stores: Record<string, readonly unknown[]> = {};
    await db.transaction('r', tables, async () => {
      for (const table of tables) stores[table.name] = await table.toArray();
    });
    return { version: db.verno, stores };
  } catch (error: unknown) {
    if (isNoSuchDatabase(error)) return null;
    throw error;
  } finally {
    db.close();
  }
}
