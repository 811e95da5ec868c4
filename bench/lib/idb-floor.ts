// The floor of a drill mark, run in the blank page beside the app (bench/lib/blank-page.ts): a bare
// IndexedDB read-write transaction with strict durability (what the app asks of Dexie) that puts
// one small new record, in a database of its own on the app's origin, so it shares the app's
// storage but not its stores or indexes.
import type { Page } from '@playwright/test';

const FLOOR_DATABASE = 'mttr-bench-floor';

/** Milliseconds from opening the transaction to its commit being reported, timed in the page. */
export async function bareStrictWrite(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const state = window as unknown as { benchFloor?: Promise<IDBDatabase>; benchFloorId?: number };
    state.benchFloor ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('records', { keyPath: 'id' });
      };
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(request.error?.message ?? 'The floor database did not open.'));
      };
    });
    const db = await state.benchFloor;
    const id = (state.benchFloorId ?? 0) + 1;
    state.benchFloorId = id;
    const started = performance.now();
    const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
    tx.objectStore('records').put({ id, kind: 'mark', at: Date.now() });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = tx.onabort = () => {
        reject(new Error(tx.error?.message ?? 'The floor write failed.'));
      };
    });
    return performance.now() - started;
  }, FLOOR_DATABASE);
}
