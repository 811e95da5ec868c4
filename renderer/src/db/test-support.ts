// Helpers for database tests (not used by the app): a fresh fake-indexeddb database per test,
// predictable ids and clocks, and a dump of every table to prove what a call did or did not change.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createRepositories, type Repositories } from './index';
import { openDatabase, type MttrDatabase } from './database';
import type { EpochMs, Id } from '../domain/records/common';

let databases = 0;

/** A new, empty database with its own fake IndexedDB, so tests cannot see each other's data. */
export function openTestDatabase(): MttrDatabase {
  databases += 1;
  return openDatabase(`mttr-test-${databases}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export const T0: EpochMs = Date.UTC(2025, 0, 15, 9, 0, 0);

export interface TestClock {
  readonly now: () => EpochMs;
  readonly newId: () => Id;
  /** Moves the clock forward. */
  advance(ms: number): void;
}

/** A clock that starts at T0 and only moves when told, and ids that count up in UUID shape. */
export function testClock(): TestClock {
  let time = T0;
  let ids = 0;
  return {
    now: () => time,
    newId: () => {
      ids += 1;
      return `00000000-0000-4000-8000-${ids.toString(16).padStart(12, '0')}`;
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

export interface TestRig {
  readonly db: MttrDatabase;
  readonly repos: Repositories;
  readonly clock: TestClock;
}

export function createTestRig(): TestRig {
  const db = openTestDatabase();
  const clock = testClock();
  return { db, repos: createRepositories(db, clock), clock };
}

/** Every record of every table, in primary-key order. */
export async function dumpAll(db: MttrDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/** Creates teams by name (in order) and returns their ids. */
export async function createTeams(rig: TestRig, ...names: string[]): Promise<Id[]> {
  const ids: Id[] = [];
  for (const name of names) {
    const team = await rig.repos.teams.create({ name });
    if (!team.ok) throw new Error(`setup failed: ${JSON.stringify(team.errors)}`);
    ids.push(team.value.id);
  }
  return ids;
}
