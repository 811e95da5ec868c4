// The merge rule for one store, record by record: a record missing here is added; one identical
// to ours is left alone; one that differs replaces ours only if its `updatedAt` is newer. On a tie
// ours stays: the two copies were edited at the same millisecond and there is no better tie-break
// than keeping what the user sees now. Records are compared as canonical JSON, which is exact for
// data that came from JSON.
import type { Table } from 'dexie';
import { canonicalJson } from './canonical-json';
import type { StoreCounts } from './format';

export type Row = Readonly<Record<string, unknown>>;

export interface Decision {
  /** Place in the file. */
  readonly index: number;
  readonly incoming: Row;
  /** What this database holds under the same key now. */
  readonly local: Row | undefined;
  /** What it will hold after the import. */
  readonly final: Row;
}

export async function decide(
  table: Table<unknown, string>,
  rows: readonly unknown[],
  keyField: 'id' | 'key',
): Promise<Decision[]> {
  const incoming = rows as readonly Row[];
  const stored = (await table.bulkGet(incoming.map((row) => row[keyField] as string))) as (
    Row | undefined
  )[];
  return incoming.map((row, index) => {
    const local = stored[index];
    return { index, incoming: row, local, final: pick(row, local) };
  });
}

function pick(incoming: Row, local: Row | undefined): Row {
  if (local === undefined) return incoming;
  const newer = Number(incoming.updatedAt) > Number(local.updatedAt);
  return newer && canonicalJson(incoming) !== canonicalJson(local) ? incoming : local;
}

export type Outcome = keyof StoreCounts;

export function outcomeOf(local: Row | undefined, final: Row): Outcome {
  if (local === undefined) return 'added';
  if (final === local) return 'unchanged';
  return canonicalJson(final) === canonicalJson(local) ? 'unchanged' : 'updated';
}

export function countOutcomes(outcomes: readonly Outcome[]): StoreCounts {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return counts;
}
