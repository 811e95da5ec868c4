// The upgrade step that brings every stored record to its kind's current shape, with the same
// restore() that a backup import applies (renderer/src/domain/records). A schema version whose
// records only gain fields with a default declares `upgrade: restoreStoredRecords`; one that
// reshapes records runs its own rewrite first, then this.
import type { Transaction } from 'dexie';
import type { StoredShape } from '../../domain/records/common';
import { RECORD_KINDS } from '../../domain/records/registry';

export async function restoreStoredRecords(tx: Transaction): Promise<void> {
  const stores = new Set(tx.storeNames);
  for (const kind of RECORD_KINDS) {
    if (!stores.has(kind.store)) continue;
    await tx
      .table<StoredShape>(kind.store)
      .toCollection()
      .modify((record, ref) => {
        const restored = kind.restore(record);
        if (restored !== record) ref.value = restored;
      });
  }
}
