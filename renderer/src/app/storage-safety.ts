// Keeping the data safe from the browser and the disk: ask the browser not to evict this site's
// storage, and turn "the disk is full" into an alert that stays, wherever the failing write was.
import { isQuotaExceeded, watchForFullDisk } from '../db/quota-watch';
import type { MttrDatabase } from '../db/database';

export const DISK_FULL_MESSAGE =
  'The disk is full: the last change was not saved. Free some space, then try again.';

type PersistentStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks once for persistent storage if the profile does not have it yet. A browser may clear
 * "best effort" storage under disk pressure; persistent storage it may not. Returns whether the
 * storage is persistent now, or null where the browser has no such notion.
 */
export async function requestPersistentStorage(
  storage: PersistentStorage | undefined,
): Promise<boolean | null> {
  if (storage === undefined || typeof storage.persist !== 'function') return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

interface ErrorEvents {
  addEventListener(
    type: 'unhandledrejection',
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

/**
 * Raises `onFull` for a quota error however it surfaces: a transaction of the app's database
 * aborting for lack of space (even when a screen handled the error), or any unhandled rejection
 * or error that is one.
 */
export function watchForDiskFull(target: ErrorEvents, db: MttrDatabase, onFull: () => void): void {
  db.use(watchForFullDisk(onFull));
  target.addEventListener('unhandledrejection', (event) => {
    if (isQuotaExceeded(event.reason)) onFull();
  });
  target.addEventListener('error', (event) => {
    if (isQuotaExceeded(event.error)) onFull();
  });
}

export const NEWER_VERSION_MESSAGE =
  'MTTR Studio was updated in another window, so this window stopped saving to keep your data safe. Reload it to go on with the new version.';

/** Dexie keeps its schema version × 10 as the IndexedDB version. */
const NATIVE_VERSION_FACTOR = 10;

/**
 * Closes the database for good when a newer version of the app, in another window or tab, asks
 * to upgrade it. Dexie's own answer closes the connection but reopens it on the next query, and
 * Dexie opens a database newer than its schema rather than refusing it: this window would then
 * write records of the old shape into the upgraded data. After this, every query fails instead,
 * and `onNewer` tells the user to reload.
 */
export function watchForNewerVersion(db: MttrDatabase, onNewer: () => void): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    const mine = Math.round(db.verno * NATIVE_VERSION_FACTOR);
    if (event.newVersion === null || event.newVersion <= mine) return undefined;
    db.close({ disableAutoOpen: true });
    onNewer();
    // Stops Dexie's own handler, which would close with reopening allowed.
    return false;
  });
}
