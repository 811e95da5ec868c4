// The merge rule for one store, record by record: a record missing here is added; one identical
// to ours is left alone; one that differs replaces ours only if its `updatedAt` is newer. On a tie
// ours stays: the two copies were edited at the same millisecond and there is no better tie-break
// than keeping what the user sees now. Records are compared as canonical JSON, which is exact for
// data that came from JSON.
import { recordKind, type RecordOf, type StoreName } from '../../domain/records/registry';
import { tableOf, type MttrDatabase } from '../database';
import { canonicalJson } from '../../domain/text/canonical-json';
import type { StoreCounts } from './format';

/** Stores merged by this rule: every one but drill runs, whose events are joined (./events). */
export type MergedStore = Exclude<StoreName, 'drillRuns'>;

export interface Decision<R> {
  /** Place in the file. */
  readonly index: number;
  readonly incoming: R;
  /** What this database holds under the same key now. */
  readonly local: R | undefined;
  /** What it will hold after the import. */
  readonly final: R;
}

export async function decide<S extends MergedStore>(
  db: MttrDatabase,
  store: S,
  incoming: readonly RecordOf<S>[],
): Promise<Decision<RecordOf<S>>[]> {
  const key = recordKind(store).key;
  const table = tableOf(db, store);
  // Restoring into an empty store, the common case with the largest files, needs no look-up:
  // counting is one request, where a look-up is one per record.
  const empty = incoming.length === 0 || (await table.count()) === 0;
  const stored = empty ? [] : await table.bulkGet(incoming.map((record) => record[key]));
  return incoming.map((record, index) => {
    const local = stored[index];
    return { index, incoming: record, local, final: pick(record, local) };
  });
}

function pick<R extends { readonly updatedAt: number }>(incoming: R, local: R | undefined): R {
  if (local === undefined) return incoming;
  const newer = incoming.updatedAt > local.updatedAt;
  return newer && canonicalJson(incoming) !== canonicalJson(local) ? incoming : local;
}

export type Outcome = keyof StoreCounts;

export function outcomeOf<R>(local: R | undefined, final: R): Outcome {
  if (local === undefined) return 'added';
  if (final === local) return 'unchanged';
  return canonicalJson(final) === canonicalJson(local) ? 'unchanged' : 'updated';
}

export function countOutcomes(outcomes: readonly Outcome[]): StoreCounts {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return counts;
}
