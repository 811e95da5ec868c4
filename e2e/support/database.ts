import type { Page } from '@playwright/test';
import { READ_MODEL_STORES } from '../../renderer/src/db/read-models/read-models';

export type DatabaseDump = Record<string, unknown[]>;

/**
 * Reads every store of the app's IndexedDB database straight from the browser, bypassing the app,
 * so a test can prove what was (and was not) written.
 */
export async function dumpDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mttr-studio');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(request.error?.message ?? 'open failed'));
      };
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => {
          resolve(request.result as unknown[]);
        };
        request.onerror = () => {
          reject(new Error(request.error?.message ?? 'read failed'));
        };
      });
    }
    db.close();
    return dump;
  });
}

/**
 * The stores of what users recorded, without the read model the database derives from them (it
 * is compared with the rest, but a backup neither holds nor counts it).
 */
export function recordedStores(dump: DatabaseDump): DatabaseDump {
  return Object.fromEntries(
    Object.entries(dump).filter(([store]) => !(store in READ_MODEL_STORES)),
  );
}

/**
 * Every drill event of a dump: the database keeps each drill's events in one run record
 * (`drillRuns`), in seq order.
 */
export function drillEventsOf(dump: DatabaseDump): unknown[] {
  return (dump.drillRuns as { events: unknown[] }[]).flatMap((run) => run.events);
}

/**
 * Writes records straight into a store of the app's database, behind the app's back (as data from
 * an older version or another window would arrive), then reloads the page so the app reads them.
 */
export async function putRecords(
  page: Page,
  store: string,
  records: readonly Record<string, unknown>[],
): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mttr-studio');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error(request.error?.message ?? 'open failed'));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(store, 'readwrite');
        for (const record of records) transaction.objectStore(store).put(record);
        transaction.oncomplete = () => {
          resolve();
        };
        transaction.onerror = () => {
          reject(new Error(transaction.error?.message ?? 'write failed'));
        };
      });
      db.close();
    },
    { store, records },
  );
  await page.reload();
}
