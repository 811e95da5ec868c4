// The upgrade path with a schema version the app does not have yet: the stored database is
// copied before Dexie upgrades it, and a database newer than the app is recognised and left alone.
import { READ_MODEL_STORES } from '../read-models/read-models';
import { describe, expect, it } from 'vitest';
import { MttrDatabase, type DatabaseBackend } from '../database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../schema';
import { dumpAll } from '../test-support';
import { DATABASE_FIXTURES, freshBackend, storeFixture } from './fixture-support';
import {
  KEPT_PRE_UPGRADE_BACKUPS,
  PRE_UPGRADE_BACKUPS_DATABASE,
  createPreUpgradeBackups,
} from './pre-upgrade-backups';
import { exportReadableData, prepareDatabase } from './prepare-database';
import { storedVersion } from './raw-database';

const NAME = 'mttr-studio';
const NOW = Date.UTC(2026, 10, 21, 9, 30);
const latestFixture = DATABASE_FIXTURES[DATABASE_FIXTURES.length - 1];
const latestStores = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.stores ?? {};

/** A future version: teams gain an `archived` flag (indexed), written by the upgrade. */
const NEXT: SchemaVersion = {
  version: LATEST_SCHEMA_VERSION + 1,
  stores: { ...latestStores, teams: 'id, name, updatedAt, archived' },
  upgrade: (tx) =>
    tx
      .table('teams')
      .toCollection()
      .modify((team: Record<string, unknown>) => {
        team.archived = 0;
      }),
};
const WITH_NEXT = [...SCHEMA_VERSIONS, NEXT];

async function storedLatest(): Promise<DatabaseBackend> {
  if (latestFixture === undefined) throw new Error('no fixture');
  const backend = freshBackend();
  await storeFixture(NAME, backend, latestFixture);
  return backend;
}

const prepare = (backend: DatabaseBackend, versions: readonly SchemaVersion[]) =>
  prepareDatabase({ name: NAME, backend, versions, appVersion: '2.0.0', now: () => NOW });

describe('prepareDatabase', () => {
  it('reports a new profile without creating a database', async () => {
    const backend = freshBackend();
    expect(await prepare(backend, SCHEMA_VERSIONS)).toEqual({ kind: 'new' });
    expect(await backend.indexedDB.databases()).toEqual([]);
  });

  it('copies the database in the backup format, then lets the upgrade run', async () => {
    const backend = await storedLatest();
    const state = await prepare(backend, WITH_NEXT);
    expect(state).toMatchObject({ kind: 'upgrade', from: LATEST_SCHEMA_VERSION, to: NEXT.version });

    const backups = createPreUpgradeBackups(backend);
    const [info, ...others] = await backups.list();
    expect(others).toEqual([]);
    expect(info).toMatchObject({ fromVersion: LATEST_SCHEMA_VERSION, toVersion: NEXT.version });
    const copy = JSON.parse((await backups.text(info?.id ?? '')) ?? 'null') as unknown;
    expect(copy).toEqual({
      format: 'mttr-studio-backup',
      schemaVersion: LATEST_SCHEMA_VERSION,
      appVersion: '2.0.0',
      exportedAt: '2026-11-21T09:30:00.000Z',
      stores: latestFixture?.stores,
    });

    const db = new MttrDatabase(NAME, backend, WITH_NEXT);
    await db.open();
    expect(db.verno).toBe(NEXT.version);
    const teams = await db.teams.toArray();
    expect(teams.map((team) => (team as unknown as Record<string, unknown>).archived)).toEqual(
      teams.map(() => 0),
    );
    db.close();
    expect(await prepare(backend, WITH_NEXT)).toEqual({ kind: 'current', version: NEXT.version });
    expect(await backups.list()).toHaveLength(1);
  });

  // Dexie alone would refuse it (VersionError) or, when the stores happen to be compatible, open it
  // and hand the app records of a shape it does not know. The check must catch it first.
  it('recognises a database newer than the app, exports what it holds and writes nothing', async () => {
    const backend = await storedLatest();
    await prepare(backend, WITH_NEXT);
    const upgraded = new MttrDatabase(NAME, backend, WITH_NEXT);
    const before = await dumpAll(upgraded);
    upgraded.close();

    expect(await prepare(backend, SCHEMA_VERSIONS)).toEqual({
      kind: 'newer',
      storedVersion: NEXT.version,
      appSchemaVersion: LATEST_SCHEMA_VERSION,
    });

    const text = await exportReadableData({ name: NAME, backend, appVersion: '1.0.0', now: NOW });
    const readable = JSON.parse(text ?? 'null') as { schemaVersion: number; stores: unknown };
    expect(readable.schemaVersion).toBe(NEXT.version);
    // What users recorded; the read models are derived, and rebuilt by whatever opens the copy.
    const recorded = Object.fromEntries(
      Object.entries(before).filter(([store]) => !(store in READ_MODEL_STORES)),
    );
    expect(Object.keys(recorded).length).toBeLessThan(Object.keys(before).length);
    expect(readable.stores).toEqual(recorded);

    const after = new MttrDatabase(NAME, backend, WITH_NEXT);
    expect(await dumpAll(after)).toEqual(before);
    after.close();
  });
});

describe('storedVersion', () => {
  it('reads the version with or without the browser’s list of databases, creating nothing', async () => {
    const withList = freshBackend();
    const real = withList.indexedDB;
    // What a browser without indexedDB.databases() offers.
    const withoutList: DatabaseBackend = {
      IDBKeyRange: withList.IDBKeyRange,
      indexedDB: {
        open: real.open.bind(real),
        deleteDatabase: real.deleteDatabase.bind(real),
        cmp: real.cmp.bind(real),
      } as unknown as IDBFactory,
    };
    expect(await storedVersion(NAME, withList)).toBeNull();
    expect(await storedVersion(NAME, withoutList)).toBeNull();
    expect(await real.databases()).toEqual([]);

    if (latestFixture === undefined) throw new Error('no fixture');
    await storeFixture(NAME, withList, latestFixture);
    expect(await storedVersion(NAME, withList)).toBe(LATEST_SCHEMA_VERSION);
    expect(await storedVersion(NAME, withoutList)).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('pre-upgrade backups', () => {
  it(`keep the newest ${KEPT_PRE_UPGRADE_BACKUPS}, listed newest first`, async () => {
    const backend = freshBackend();
    const backups = createPreUpgradeBackups(backend);
    for (let day = 1; day <= KEPT_PRE_UPGRADE_BACKUPS + 2; day += 1) {
      await backups.save({
        createdAt: Date.UTC(2026, 0, day),
        fromVersion: day,
        toVersion: day + 1,
        appVersion: '1.0.0',
        text: `{"day":${day}}`,
      });
    }
    const list = await backups.list();
    expect(list.map((info) => info.fromVersion)).toEqual([7, 6, 5, 4, 3]);
    expect(list[0]?.id).toBe('2026-01-07T00:00:00.000Z_v7');
    expect(await backups.text(list[0]?.id ?? '')).toBe('{"day":7}');
    const names = (await backend.indexedDB.databases()).map((db) => db.name);
    expect(names).toEqual([PRE_UPGRADE_BACKUPS_DATABASE]);
  });

  it('are listed as none without creating their database', async () => {
    const backend = freshBackend();
    expect(await createPreUpgradeBackups(backend).list()).toEqual([]);
    expect(await backend.indexedDB.databases()).toEqual([]);
  });
});
