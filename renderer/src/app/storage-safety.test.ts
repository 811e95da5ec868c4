import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase, type MttrDatabase } from '../db/database';
import { SCHEMA_V1 } from '../db/schema/v1';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../db/schema';
import { requestPersistentStorage, watchForDiskFull, watchForNewerVersion } from './storage-safety';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('requestPersistentStorage', () => {
  it('asks once when the storage is not persistent yet, and reports the answer', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(false)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when it already is', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(true)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, and copes with a browser without the API', async () => {
    const refused = {
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(false),
    };
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBeNull();
    const broken = { persisted: () => Promise.reject(new Error('no')), persist: vi.fn() };
    expect(await requestPersistentStorage(broken)).toBeNull();
  });
});

describe('watchForDiskFull', () => {
  function setUp() {
    const target = new EventTarget();
    const use = vi.fn();
    const onFull = vi.fn();
    watchForDiskFull(target as unknown as Window, { use } as unknown as MttrDatabase, onFull);
    return { target, use, onFull };
  }

  function rejection(reason: unknown): Event {
    return Object.assign(new Event('unhandledrejection'), { reason });
  }

  it('installs the database watch for transactions that abort for lack of space', () => {
    const { use } = setUp();
    expect(use).toHaveBeenCalledWith(expect.objectContaining({ stack: 'dbcore' }));
  });

  it('raises the alert for an unhandled quota rejection or error, and for nothing else', () => {
    const { target, onFull } = setUp();
    target.dispatchEvent(rejection(new Error('network down')));
    target.dispatchEvent(Object.assign(new Event('error'), { error: new TypeError('x') }));
    expect(onFull).not.toHaveBeenCalled();

    target.dispatchEvent(rejection(quota()));
    target.dispatchEvent(Object.assign(new Event('error'), { error: quota() }));
    expect(onFull).toHaveBeenCalledTimes(2);
  });
});

describe('watchForNewerVersion', () => {
  const team = (id: string) => ({
    id,
    name: id,
    demo: false,
    modelId: 'mttr-maturity@1',
    createdAt: 1,
    updatedAt: 1,
  });

  it('stops writing once a newer version upgrades the data in another window', async () => {
    const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
    const open = openDatabase('mttr-studio', backend);
    const onNewer = vi.fn();
    watchForNewerVersion(open, onNewer);
    await open.teams.put(team('before'));
    // The newer version drops an index this version declares.
    const newer = new Dexie('mttr-studio', backend);
    for (const schema of SCHEMA_VERSIONS) newer.version(schema.version).stores(schema.stores);
    newer
      .version(LATEST_SCHEMA_VERSION + 1)
      .stores({ ...SCHEMA_V1.stores, teams: 'id, updatedAt' });
    await newer.open();
    newer.close();
    expect(onNewer).toHaveBeenCalledTimes(1);
    await expect(open.teams.put(team('after'))).rejects.toThrow();
    // The upgraded data is as the newer version left it: not reopened, patched or written to.
    const [info] = await backend.indexedDB.databases();
    expect(info?.version).toBe((LATEST_SCHEMA_VERSION + 1) * 10);
    const reread = new Dexie('mttr-studio', backend);
    await reread.open();
    expect(await reread.table('teams').toCollection().primaryKeys()).toEqual(['before']);
    reread.close();
  });
});
