import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, openDatabase, tableOf, type MttrDatabase } from './database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { SCHEMA_V6 } from './schema/v6';
import type { StoreName } from '../domain/records/registry';
import { openTestDatabase } from './test-support';

/** Dexie's declaration → what IndexedDB should hold: key path and index name → key path. */
function expectedShape(declaration: string) {
  const [primary = '', ...indexes] = declaration.split(',').map((part) => part.trim());
  const keyPath = (spec: string) => (spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec);
  return {
    keyPath: keyPath(primary),
    // `&` (unique) and `*` (multi-entry) are not part of an index's name or key path.
    indexes: Object.fromEntries(
      indexes.map((spec) => spec.replace(/^[&*]/u, '')).map((spec) => [spec, keyPath(spec)]),
    ),
  };
}

function actualShape(db: IDBDatabase, store: string) {
  const objectStore = db.transaction(store).objectStore(store);
  const indexes = Array.from(objectStore.indexNames).map(
    (name): [string, string | string[] | null] => [name, plain(objectStore.index(name).keyPath)],
  );
  return { keyPath: plain(objectStore.keyPath), indexes: Object.fromEntries(indexes) };
}

/** Compound key paths come back as a DOMStringList-like array; make them plain for toEqual. */
function plain(keyPath: string | string[] | null): string | string[] | null {
  return Array.isArray(keyPath) ? [...keyPath] : keyPath;
}

/** The stores after v6: every store it declares, but those it deletes. */
const V6_STORES: Readonly<Record<string, string | null>> = SCHEMA_V6.stores;
const LATEST_STORES = Object.fromEntries(
  Object.entries(V6_STORES).flatMap(([store, declaration]) =>
    declaration === null ? [] : [[store, declaration] as const],
  ),
);

describe('MttrDatabase', () => {
  let db: MttrDatabase | undefined;
  afterEach(() => {
    db?.close();
  });

  it('is called mttr-studio by default', () => {
    db = openDatabase();
    expect(DATABASE_NAME).toBe('mttr-studio');
    expect(db.name).toBe('mttr-studio');
  });

  it('opens at the newest schema version with exactly the stores of schema v6', async () => {
    db = openTestDatabase();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(6);
    const stores = Array.from(db.backendDB().objectStoreNames).sort();
    expect(stores).toEqual(Object.keys(LATEST_STORES).sort());
  });

  it('creates every declared key path and index in IndexedDB', async () => {
    db = openTestDatabase();
    await db.open();
    for (const [store, declaration] of Object.entries(LATEST_STORES)) {
      expect(actualShape(db.backendDB(), store), store).toEqual(expectedShape(declaration));
    }
  });

  it('has a typed table for every store', async () => {
    db = openTestDatabase();
    await db.open();
    for (const store of Object.keys(LATEST_STORES)) {
      expect(db.table(store).name).toBe(store);
      expect(tableOf(db, store as StoreName).name).toBe(store);
    }
  });

  it('asks IndexedDB for strict durability on every transaction', async () => {
    db = openTestDatabase();
    const durability = await db.transaction('rw', db.teams, (tx) => tx.idbtrans.durability);
    expect(durability).toBe('strict');
  });

  it('lists schema versions in strictly ascending order', () => {
    const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('keeps data across closing and reopening', async () => {
    db = openTestDatabase();
    await db.teams.add({
      id: 't1',
      name: 'Payments',
      demo: false,
      modelId: 'mttr-maturity@1',
      createdAt: 1,
      updatedAt: 1,
    });
    db.close();
    await db.open();
    expect(await db.teams.get('t1')).toMatchObject({ name: 'Payments' });
    expect(db).toBeInstanceOf(Dexie);
  });
});
