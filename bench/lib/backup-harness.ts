// Runs in the web shell's page during the backup benchmark (bundled by bench/lib/bundle-harness.ts
// and added to the page, never shipped): the app's own backup code on the app's own database,
// timed from the moment a user's file is read to the import committed, and from asking for a
// backup to the file ready to save. Beside them, their floors on the same stores, with no app code:
// the file's records written in one strict read-write transaction, and every store read once.
import { commitImport, exportBackup, previewImport } from '../../renderer/src/db/backup';
import { parseBackup } from '../../renderer/src/db/backup/parse';
import { DATABASE_NAME, openDatabase } from '../../renderer/src/db/database';

export interface BackupBenchResult {
  readonly ms: number;
  readonly detail: string;
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

async function importFile(file: Blob): Promise<BackupBenchResult> {
  const db = openDatabase();
  const started = performance.now();
  const text = await file.text();
  const read = performance.now();
  const preview = await previewImport(db, text, file.size);
  if (!preview.ok) throw new Error(preview.problem.message);
  const previewed = performance.now();
  const committed = await commitImport(db, preview.plan);
  if (!committed.ok) throw new Error(committed.problem.message);
  const ms = performance.now() - started;
  db.close();
  // Where the time goes: reading the file, the preview (parse, checks, decisions), the commit
  // (decisions again inside the write transaction, then the writes).
  const phases = {
    read: Math.round(read - started),
    preview: Math.round(previewed - read),
    commit: Math.round(started + ms - previewed),
  };
  return { ms, detail: JSON.stringify({ phases, total: committed.summary.total }) };
}

/**
 * The preview's share that needs no database (parsing and checking every record), timed on its
 * own: a step apart from the import, so its second copy of the records is not counted in the
 * import's peak memory.
 */
async function parseFile(file: Blob): Promise<BackupBenchResult> {
  const text = await file.text();
  let records = 0;
  const ms = timed(() => {
    const parsed = parseBackup(text, file.size);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    records = Object.values(parsed.records).reduce((sum, rows) => sum + rows.length, 0);
  });
  return { ms, detail: `${String(records)} records parsed and checked` };
}

async function exportFile(): Promise<BackupBenchResult> {
  const db = openDatabase();
  const started = performance.now();
  const text = await exportBackup(db, { appVersion: 'bench', now: Date.now() });
  const file = new Blob([text], { type: 'application/json' });
  const ms = performance.now() - started;
  db.close();
  return { ms, detail: `${String(file.size)} bytes` };
}

/** The app's database as the app created it, opened without Dexie. */
function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error(request.error?.message ?? 'The database did not open.'));
    };
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = tx.onabort = () => {
      reject(new Error(tx.error?.message ?? 'The transaction failed.'));
    };
  });
}

/** The import's floor: the file's records put as they are, one transaction, no checks. */
async function bareBulkWrite(file: Blob): Promise<BackupBenchResult> {
  const { stores } = JSON.parse(await file.text()) as { stores: Record<string, unknown[]> };
  const db = await openRaw();
  const started = performance.now();
  const tx = db.transaction(Object.keys(stores), 'readwrite', { durability: 'strict' });
  let records = 0;
  for (const [name, rows] of Object.entries(stores)) {
    const store = tx.objectStore(name);
    for (const row of rows) store.put(row);
    records += rows.length;
  }
  await committed(tx);
  const ms = performance.now() - started;
  db.close();
  return { ms, detail: `${String(records)} records` };
}

/** The export's floor: every store read once in one read-only transaction. */
async function bareRead(): Promise<BackupBenchResult> {
  const db = await openRaw();
  const started = performance.now();
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const requests = names.map((name) => tx.objectStore(name).getAll());
  await committed(tx);
  const ms = performance.now() - started;
  const records = requests.reduce((sum, request) => sum + (request.result as unknown[]).length, 0);
  db.close();
  return { ms, detail: `${String(records)} records` };
}

(window as unknown as { backupBench: unknown }).backupBench = {
  importFile,
  parseFile,
  exportFile,
  bareBulkWrite,
  bareRead,
};
