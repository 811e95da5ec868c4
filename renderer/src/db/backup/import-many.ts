// Importing many backup files at once (the backups of many teams, kept in a shared folder). The
// files are merged one after another, in the order of their names, each decided against the data
// as the files before it left it — so a preview's per-file counts are what the import will do.
//
// - Preview merges them for real inside one read-write transaction and then rolls it back: the
//   only way to say what file 3 adds after files 1 and 2, without a second merge rule.
// - A file that cannot be read, is not a backup, or does not fit the data is refused, with its
//   reason, and left out; the others can still be imported.
// - Commit merges every accepted file again in one read-write transaction: if any of them is
//   refused now (the data changed since the preview), nothing at all is written.
// The merge itself is the single-file rule (./reconcile), so importing the same files twice
// changes nothing the second time.
import { tableOf, type MttrDatabase } from '../database';
import { LATEST_SCHEMA_VERSION } from '../schema';
import type { Problem } from '../../domain/outcome';
import type { RecordOf, StoreName } from '../../domain/records/registry';
import {
  BACKUP_STORES,
  type BackupMeta,
  type ImportPlan,
  type ImportSummary,
  type StoreCounts,
} from './format';
import { parseBackup } from './parse';
import { reconcile } from './reconcile';

export interface ChosenFile {
  readonly name: string;
  /** Null when the file could not be read; `refusal` says why. */
  readonly text: string | null;
  readonly byteLength: number;
  readonly refusal?: string;
}

export type FileVerdict =
  | {
      readonly name: string;
      readonly ok: true;
      readonly source: BackupMeta;
      readonly summary: ImportSummary;
    }
  | { readonly name: string; readonly ok: false; readonly message: string };

export interface NamedPlan {
  readonly name: string;
  readonly plan: ImportPlan;
}

export interface ManyPreview {
  /** Every chosen file, in the order they are merged. */
  readonly files: readonly FileVerdict[];
  /** The accepted files' plans, for commit. */
  readonly plans: readonly NamedPlan[];
  readonly total: ImportSummary;
}

export type ManyCommit =
  | {
      readonly ok: true;
      readonly files: readonly { readonly name: string; readonly summary: ImportSummary }[];
      readonly total: ImportSummary;
    }
  | { readonly ok: false; readonly problem: Problem };

/** The order files are merged in: by name, as a folder lists them, so a repeat merges the same. */
export const byFileName = (a: { readonly name: string }, b: { readonly name: string }) =>
  a.name.localeCompare(b.name, 'en');

const tables = (db: MttrDatabase) => BACKUP_STORES.map((store) => tableOf(db, store));

async function putAll<S extends StoreName>(
  db: MttrDatabase,
  store: S,
  records: readonly RecordOf<S>[],
) {
  if (records.length > 0) await tableOf(db, store).bulkPut(records);
}

/** Merges one plan inside the caller's transaction; a refusal writes nothing of this file. */
async function mergeOne(db: MttrDatabase, plan: ImportPlan) {
  if (plan.source.schemaVersion > LATEST_SCHEMA_VERSION) {
    return {
      ok: false as const,
      problem: { message: 'This backup needs a newer version of the app.' },
    };
  }
  const decided = await reconcile(db, plan.records);
  if (!decided.ok) return decided;
  // Every store's writes asked for at once, as the single-file import does.
  const writes = decided.value.writes;
  await Promise.all(BACKUP_STORES.map((store) => putAll(db, store, writes[store])));
  return { ok: true as const, summary: decided.value.summary };
}

const EMPTY: StoreCounts = { added: 0, updated: 0, unchanged: 0 };

export function addSummaries(summaries: readonly ImportSummary[]): ImportSummary {
  const stores: Record<string, StoreCounts> = {};
  let total = EMPTY;
  for (const summary of summaries) {
    for (const [store, counts] of Object.entries(summary.stores))
      stores[store] = add(stores[store] ?? EMPTY, counts);
    total = add(total, summary.total);
  }
  return { stores, total };
}

function add(a: StoreCounts, b: StoreCounts): StoreCounts {
  return {
    added: a.added + b.added,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
  };
}

/** Thrown to end a transaction: a preview's dry run, or a commit that must write nothing. */
class RollBack extends Error {
  constructor(readonly problem: Problem | null) {
    super(problem?.message ?? 'preview');
  }
}

export async function previewMany(
  db: MttrDatabase,
  chosen: readonly ChosenFile[],
): Promise<ManyPreview> {
  const ordered = [...chosen].sort(byFileName);
  const parsed = ordered.map((file) => {
    if (file.text === null)
      return {
        name: file.name,
        ok: false as const,
        message: file.refusal ?? 'It could not be read.',
      };
    const result = parseBackup(file.text, file.byteLength);
    return result.ok
      ? {
          name: file.name,
          ok: true as const,
          plan: { source: result.meta, records: result.records },
        }
      : { name: file.name, ok: false as const, message: result.problem.message };
  });
  const verdicts: FileVerdict[] = [];
  const plans: NamedPlan[] = [];
  try {
    await db.transaction('rw', tables(db), async () => {
      for (const file of parsed) {
        if (!file.ok) {
          verdicts.push(file);
          continue;
        }
        const merged = await mergeOne(db, file.plan);
        if (!merged.ok) {
          verdicts.push({ name: file.name, ok: false, message: merged.problem.message });
          continue;
        }
        verdicts.push({
          name: file.name,
          ok: true,
          source: file.plan.source,
          summary: merged.summary,
        });
        plans.push({ name: file.name, plan: file.plan });
      }
      throw new RollBack(null);
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  const summaries = verdicts.flatMap((v) => (v.ok ? [v.summary] : []));
  return { files: verdicts, plans, total: addSummaries(summaries) };
}

export async function commitMany(
  db: MttrDatabase,
  plans: readonly NamedPlan[],
): Promise<ManyCommit> {
  if (plans.length === 0) return { ok: false, problem: { message: 'No file can be imported.' } };
  try {
    return await db.transaction('rw', tables(db), async (): Promise<ManyCommit> => {
      const files: { name: string; summary: ImportSummary }[] = [];
      for (const { name, plan } of plans) {
        const merged = await mergeOne(db, plan);
        if (!merged.ok)
          throw new RollBack({
            ...merged.problem,
            message: `“${name}”: ${merged.problem.message}`,
          });
        files.push({ name, summary: merged.summary });
      }
      return { ok: true, files, total: addSummaries(files.map((f) => f.summary)) };
    });
  } catch (error) {
    if (error instanceof RollBack && error.problem !== null)
      return { ok: false, problem: error.problem };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { message: `The import failed and nothing was changed: ${detail}` },
    };
  }
}
