// Recognising "the disk is full". IndexedDB reports it as a QuotaExceededError, but where it shows
// up varies: on the request, as the reason a transaction aborted (Dexie then rejects with an
// AbortError whose `inner` is the quota error), or inside a Dexie BulkError's failures. A write
// whose error a screen handles never reaches a global listener, so the database also watches its
// own read-write transactions for a quota abort.
import type { DBCore, Middleware } from 'dexie';

const QUOTA = 'QuotaExceededError';
const MAX_DEPTH = 4;

function nested(error: object): unknown[] {
  const found: unknown[] = [];
  for (const key of ['inner', 'cause', 'error'] as const) {
    if (key in error) found.push((error as Record<string, unknown>)[key]);
  }
  if ('failures' in error && Array.isArray(error.failures))
    found.push(...(error.failures as unknown[]));
  return found;
}

/** True when `error` is, or wraps, the browser's QuotaExceededError. */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  if ('name' in error && error.name === QUOTA) return true;
  return nested(error).some((inner) => isQuotaExceeded(inner, depth + 1));
}

interface AbortSource {
  readonly error?: unknown;
  addEventListener(type: 'abort', listener: () => void): void;
}

function canReportAbort(tx: object): tx is AbortSource {
  return 'addEventListener' in tx && typeof tx.addEventListener === 'function';
}

/** Dexie middleware: calls `onFull` whenever a read-write transaction aborts for lack of space. */
export function watchForFullDisk(onFull: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'watch-for-full-disk',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const tx = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && canReportAbort(tx)) {
          tx.addEventListener('abort', () => {
            if (isQuotaExceeded(tx.error)) onFull();
          });
        }
        return tx;
      },
    }),
  };
}
