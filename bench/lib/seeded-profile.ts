// A browser profile whose app database already holds the given records: the app creates its
// database (every store, at its schema version) on the first screen, then the records are written
// raw, store by store, in one IndexedDB transaction, with the read models the database would have
// kept for them (computed by the same function). Faster than any import path, and the app reads
// them exactly as it reads its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import type { DrillEventRecord } from '../../renderer/src/domain/records/drill-events';
import { runsFromEvents } from '../../renderer/src/domain/records/drill-runs';
import { allTeamFacts, type Row, type SourceReader } from '../../renderer/src/db/read-models/facts';
import type { BenchContext } from './types';

/** Rows per object store, keyed by the store's name. */
export type StoreRows = Readonly<Record<string, readonly unknown[]>>;

/**
 * The fixtures list drill events one by one, as the demo data makes them; the app keeps each
 * drill's events as one run record, joined by the same function its upgrade uses.
 */
function withRuns(stores: StoreRows): StoreRows {
  const { drillEvents, ...rest } = stores;
  if (drillEvents === undefined) return stores;
  return { ...rest, drillRuns: runsFromEvents(drillEvents as DrillEventRecord[]) };
}

/** The read models of `stores`, as the database keeps them with every write. */
async function withReadModels(stores: StoreRows): Promise<StoreRows> {
  const rows = (store: string) => (stores[store] ?? []) as Row[];
  const reader: SourceReader = {
    getMany: () => Promise.reject(new Error('A rebuild reads every row.')),
    byIndex: (store, index, key) => Promise.resolve(rows(store).filter((r) => r[index] === key)),
    all: (store) => Promise.resolve(rows(store)),
  };
  return { ...stores, teamFacts: await allTeamFacts(reader) };
}

/** One file per store: a single response of a whole organisation is more than the browser's
 * debugging pipe carries. */
const SEED_PREFIX = 'bench-seed-';
const SEED_URL = `**/${SEED_PREFIX}*.json`;

/** A new profile folder (the caller removes it) holding `stores` in the app's database. */
export async function seededProfile(
  context: BenchContext,
  stores: StoreRows,
  prefix: string,
): Promise<string> {
  const seed = await withReadModels(withRuns(stores));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    // Served on the app's origin and fetched by the page: an organisation's records are tens of
    // megabytes, more than a script argument carries well.
    await page.route(SEED_URL, (route) => {
      const store = new URL(route.request().url()).pathname.split(SEED_PREFIX)[1]?.slice(0, -5);
      return route.fulfill({
        body: JSON.stringify(seed[store ?? ''] ?? []),
        contentType: 'application/json',
      });
    });
    await page.goto(context.baseUrl);
    await page.getByRole('button', { name: 'Load demo data' }).waitFor();
    const written = await page.evaluate(
      async ({ prefix, names }) => {
        const rowsByStore: Record<string, unknown[]> = {};
        for (const name of names) {
          rowsByStore[name] = (await (await fetch(`${prefix}${name}.json`)).json()) as unknown[];
        }
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('mttr-studio');
          request.onsuccess = () => {
            resolve(request.result);
          };
          request.onerror = () => {
            reject(new Error(request.error?.message ?? 'The database did not open.'));
          };
        });
        const tx = db.transaction(Object.keys(rowsByStore), 'readwrite');
        let count = 0;
        for (const [store, rows] of Object.entries(rowsByStore)) {
          for (const row of rows) {
            tx.objectStore(store).put(row);
            count++;
          }
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => {
            resolve();
          };
          tx.onerror = () => {
            reject(new Error(tx.error?.message ?? 'The seed write failed.'));
          };
        });
        db.close();
        return count;
      },
      { prefix: SEED_PREFIX, names: Object.keys(seed) },
    );
    if (written === 0) throw new Error(`Nothing was written to the ${prefix} profile.`);
  } finally {
    await browser.close();
  }
  return dir;
}
