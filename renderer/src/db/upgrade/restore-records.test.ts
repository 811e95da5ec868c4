// Records written before a field existed, brought up to date by an upgrade and by a backup import:
// both use each kind's one restore(), so both give the same records, and every one is valid.
import { describe, expect, it } from 'vitest';
import { recordKind, type StoreName } from '../../domain/records/registry';
import { MttrDatabase } from '../database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../schema';
import { createTestRig, dumpAll } from '../test-support';
import { importBackup } from '../backup/test-fixtures';
import {
  DATABASE_FIXTURES,
  freshBackend,
  storeFixture,
  type DatabaseFixture,
} from './fixture-support';
import { restoreStoredRecords } from './restore-records';
import { READ_MODEL_STORES } from '../read-models/read-models';
import { serialiseRawBackup } from './serialise';

type Raw = Record<string, unknown>;

/**
 * The latest fixture as this app writes it: fields added since without a schema version (the
 * facilitator's kit, which no index reads) given by each kind's restore().
 */
function current(fixture: DatabaseFixture | undefined): DatabaseFixture | undefined {
  if (fixture === undefined) return undefined;
  const stores = Object.fromEntries(
    Object.entries(fixture.stores).map(([store, records]) => [
      store,
      records.map((record) => recordKind(store as StoreName).restore(record)),
    ]),
  );
  return { ...fixture, stores };
}

const latest = current(DATABASE_FIXTURES[DATABASE_FIXTURES.length - 1]);

/** The latest fixture as an older app would have written it: without the fields added since. */
function olderShapes(fixture: DatabaseFixture): DatabaseFixture {
  const without =
    (...fields: string[]) =>
    (record: Raw): Raw =>
      Object.fromEntries(Object.entries(record).filter(([field]) => !fields.includes(field)));
  const strip: Partial<Record<StoreName, (record: Raw) => Raw>> = {
    assessments: without('participants', 'raters', 'finalisedAt', 'clonedFrom'),
    answers: without('naReason', 'evidence'),
    scenarios: without(
      'derivedFrom',
      'injects',
      'hints',
      'observerChecklist',
      'prerequisites',
      'stopConditions',
      'roleCards',
    ),
    drills: (drill) => ({
      ...without('review', 'kit')(drill),
      roles: without('scribe', 'observers')(drill.roles as Raw),
    }),
    actionItems: without('ownerId', 'due', 'source'),
    teams: without('demo'),
  };
  const stores = Object.fromEntries(
    Object.entries(fixture.stores).map(([store, records]) => {
      const older = strip[store as StoreName];
      return [store, older === undefined ? records : records.map(older)];
    }),
  );
  return { ...fixture, stores };
}

const NEXT: SchemaVersion = {
  version: LATEST_SCHEMA_VERSION + 1,
  stores: SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.stores ?? {},
  upgrade: restoreStoredRecords,
};

async function upgraded(fixture: DatabaseFixture) {
  const backend = freshBackend();
  await storeFixture('restore', backend, fixture);
  const db = new MttrDatabase('restore', backend, [...SCHEMA_VERSIONS, NEXT]);
  const dump = await dumpAll(db);
  db.close();
  return dump;
}

describe('restoring older records', () => {
  if (latest === undefined) throw new Error('no database fixture');
  const older = olderShapes(latest);

  it('gives every record the fields added since, as the app would have, in an upgrade', async () => {
    const dump = await upgraded(older);
    for (const [store, records] of Object.entries(dump)) {
      if (store in READ_MODEL_STORES) continue;
      const kind = recordKind(store as StoreName);
      for (const record of records) expect(kind.read(record as Raw).success, store).toBe(true);
    }
    const [assessment] = dump.assessments as Raw[];
    expect(assessment).toMatchObject({
      participants: [],
      raters: [],
      finalisedAt: null,
      clonedFrom: null,
    });
    const [answer] = dump.answers as Raw[];
    expect(answer?.evidence).toEqual({
      text: '',
      links: [],
      drillIds: [],
      updatedAt: answer?.updatedAt,
    });
    const [drill] = dump.drills as Raw[];
    expect(drill?.review).toBeNull();
    expect(drill?.roles).toMatchObject({ scribe: '', observers: [] });
    const [item] = dump.actionItems as Raw[];
    expect(item).toMatchObject({
      ownerId: null,
      due: null,
      source: { kind: 'manual', id: null, criterionId: null },
    });
    // A team stored before teams were marked is the user's own, never sample data.
    expect(dump.teams).toEqual(latest.stores.teams?.map((team) => ({ ...team, demo: false })));
    // Records that lacked nothing are left exactly as they were.
    expect(dump.services).toEqual(latest.stores.services);
    expect(latest.stores.drillRuns?.length).toBeGreaterThan(0);
    expect(dump.drillRuns).toEqual(latest.stores.drillRuns);
  });

  it('leaves current records exactly as they are', async () => {
    const dump = await upgraded(latest);
    for (const [store, records] of Object.entries(latest.stores)) {
      expect(dump[store], store).toEqual(expect.arrayContaining([...records]));
      expect(dump[store], store).toHaveLength(records.length);
    }
  });

  it('gives the same records in an upgrade as in an import of the same data', async () => {
    const text = serialiseRawBackup(
      { version: older.schemaVersion, stores: older.stores },
      { appVersion: '0.9.0', now: Date.UTC(2026, 0, 1) },
    );
    const rig = createTestRig();
    await importBackup(rig, text);
    const imported = await dumpAll(rig.db);
    const viaUpgrade = await upgraded(older);
    for (const store of Object.keys(older.stores)) {
      expect(imported[store], store).toEqual(viaUpgrade[store]);
    }
  });
});
