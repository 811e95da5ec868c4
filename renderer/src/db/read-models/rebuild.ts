// Builds the read model from scratch from the stored records, inside a Dexie transaction that
// spans them: the schema upgrade that introduces it, and any later one that changes a fact's
// shape (it calls this again).
import type { Transaction } from 'dexie';
import { allTeamFacts, type Row, type SourceReader } from './facts';

function readerOf(tx: Transaction): SourceReader {
  return {
    getMany: async (store, keys) =>
      (await tx.table<Row>(store).bulkGet([...keys] as string[])).map((row) => row ?? null),
    byIndex: (store, index, key) =>
      tx
        .table<Row>(store)
        .where(index)
        .equals(key as string)
        .toArray(),
    all: (store) => tx.table<Row>(store).toArray(),
  };
}

export async function rebuildReadModels(tx: Transaction): Promise<void> {
  const records = await allTeamFacts(readerOf(tx));
  await tx.table('teamFacts').clear();
  await tx.table('teamFacts').bulkPut(records);
}
