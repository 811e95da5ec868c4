// Importing a backup: preview reads the file and decides, in a read-only transaction, what it
// would change; commit decides again inside the one read-write transaction that writes, so data
// edited since the preview is judged as it is now (an edit newer than the file's copy stays), and
// any failure rolls the whole import back. Nothing is written before every record has passed.
import type { RecordOf, StoreName } from '../../domain/records/registry';
import { tableOf, type MttrDatabase } from '../database';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { BACKUP_STORES, type CommitResult, type ImportPlan, type ImportPreview } from './format';
import { parseBackup } from './parse';
import { reconcile } from './reconcile';
import type { Problem } from '../../domain/outcome';

const tables = (db: MttrDatabase) => BACKUP_STORES.map((store) => tableOf(db, store));

async function putAll<S extends StoreName>(
  db: MttrDatabase,
  store: S,
  records: readonly RecordOf<S>[],
) {
  if (records.length > 0) await tableOf(db, store).bulkPut(records);
}

export async function previewImport(
  db: MttrDatabase,
  text: string,
  byteLength: number,
): Promise<ImportPreview> {
  const parsed = parseBackup(text, byteLength);
  if (!parsed.ok) return parsed;
  const plan: ImportPlan = { source: parsed.meta, records: parsed.records };
  // An async scope (not a function returning reconcile's promise): Dexie keeps a transaction alive
  // across native awaits only inside one.
  const decided = await db.transaction(
    'r',
    tables(db),
    async () => await reconcile(db, parsed.records),
  );
  if (!decided.ok) return decided;
  return { ok: true, summary: decided.value.summary, plan, source: parsed.meta };
}

/** Thrown inside the transaction to roll it back; turned back into a value outside. */
class Refused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export async function commitImport(db: MttrDatabase, plan: ImportPlan): Promise<CommitResult> {
  if (plan.source.schemaVersion > LATEST_SCHEMA_VERSION) {
    return { ok: false, problem: { message: 'This backup needs a newer version of the app.' } };
  }
  try {
    return await db.transaction('rw', tables(db), async (): Promise<CommitResult> => {
      const decided = await reconcile(db, plan.records);
      if (!decided.ok) throw new Refused(decided.problem);
      // Every store's writes asked for at once: IndexedDB runs them in order all the same, without
      // waiting between stores for the previous one's last write to be acknowledged.
      const writes = decided.value.writes;
      await Promise.all(BACKUP_STORES.map((store) => putAll(db, store, writes[store])));
      return { ok: true, summary: decided.value.summary };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { message: `The import failed and nothing was changed: ${detail}` },
    };
  }
}
