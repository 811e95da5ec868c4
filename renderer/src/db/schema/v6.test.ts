// The v6 upgrade: a v5 database whose read model holds final-assessment facts without their
// evidence's dates comes back with them, rebuilt from the stored answers; and the indexes no
// query reads are gone while every stored record stays.
import { describe, expect, it } from 'vitest';
import { finalAnswersOf, type FinalAnswersFact } from '../../domain/maturity/final-answers';
import { MttrDatabase } from '../database';
import type { TeamFactsRecord } from '../read-models/read-models';
import {
  DATABASE_FIXTURES,
  freshBackend,
  schemaUpTo,
  storeFixture,
} from '../upgrade/fixture-support';
import { SCHEMA_VERSIONS } from './index';

const V5 = DATABASE_FIXTURES.find((fixture) => fixture.schemaVersion === 5);

/** Rewrites every team's record as v5 stored it: final facts with answers only. */
async function asStoredByV5(name: string, backend: ReturnType<typeof freshBackend>) {
  const db = new MttrDatabase(name, backend, schemaUpTo(5));
  await db.open();
  const raw = db.backendDB();
  db.close();
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = backend.indexedDB.open(name);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error(String(request.error)));
    };
  });
  expect(raw.version).toBe(50);
  const tx = idb.transaction('teamFacts', 'readwrite');
  const store = tx.objectStore('teamFacts');
  const records = await new Promise<TeamFactsRecord[]>((resolve) => {
    const request = store.getAll();
    request.onsuccess = () => {
      resolve(request.result as TeamFactsRecord[]);
    };
  });
  for (const record of records) {
    store.put({
      ...record,
      finals: record.finals.map(({ id, teamId, answers }) => ({ id, teamId, answers })),
    });
  }
  await new Promise<void>((resolve) => {
    tx.oncomplete = () => {
      resolve();
    };
  });
  idb.close();
  return records.length;
}

describe('schema v6', () => {
  it('rebuilds the read model with the evidence of final assessments’ agreed answers', async () => {
    expect(V5).toBeDefined();
    if (V5 === undefined) return;
    const backend = freshBackend();
    const name = 'v6-upgrade';
    await storeFixture(name, backend, V5);
    expect(await asStoredByV5(name, backend)).toBeGreaterThan(0);

    const db = new MttrDatabase(name, backend, SCHEMA_VERSIONS);
    await db.open();
    expect(db.verno).toBe(6);
    const [assessments, answers, teamFacts] = await Promise.all([
      db.assessments.toArray(),
      db.answers.toArray(),
      db.teamFacts.toArray(),
    ]);
    const expected = assessments
      .flatMap(
        (assessment) =>
          finalAnswersOf(
            assessment,
            answers.filter((answer) => answer.assessmentId === assessment.id),
          ) ?? [],
      )
      .sort((a, b) => a.id.localeCompare(b.id));
    const stored: FinalAnswersFact[] = teamFacts
      .flatMap((record) => record.finals)
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(stored).toEqual(expected);
    // The fixture's final assessment has agreed answers with text, links and a drill as evidence.
    expect(stored.flatMap((fact) => fact.evidence).length).toBeGreaterThan(0);
    db.close();
  });

  it('drops the indexes no query reads and keeps every record', async () => {
    if (V5 === undefined) throw new Error('no v5 fixture');
    const backend = freshBackend();
    const name = 'v6-indexes';
    await storeFixture(name, backend, V5);
    const db = new MttrDatabase(name, backend, SCHEMA_VERSIONS);
    await db.open();
    const idb = db.backendDB();
    const indexes = (store: string) =>
      [...idb.transaction(store).objectStore(store).indexNames].sort();
    expect(indexes('drills')).toEqual(['teamId']);
    expect(indexes('answers')).toEqual(['[assessmentId+raterId]', 'assessmentId', 'teamId']);
    expect(indexes('incidents')).toEqual(['[teamId+sourceKey+sourceId]', 'teamId']);
    expect(indexes('teams')).toEqual([]);
    for (const [store, records] of Object.entries(V5.stores)) {
      expect(await db.table(store).count(), store).toBe(records.length);
    }
    db.close();
  });
});
