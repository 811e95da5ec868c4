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
