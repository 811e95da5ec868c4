// The upgrade step that brings every stored record to its kind's current shape, with the same
// restore() that a backup import applies (renderer/src/domain/records). A schema version whose
// records only gain fields with a default declares `upgrade: restoreStoredRecords`; one that
// reshapes records runs its own rewrite first, then this.
import type { Transaction } from 'dexie';
import type { StoredShape } from '../../domain/records/common';
import { RECORD_KINDS } from '../../domain/records/registry';

export async function restoreStoredRecords(tx: Transaction): Promise<void> {
  for (const kind of RECORD_KINDS) {
    // An upgrade from an older version runs each version's step in turn, and a step sees only the
    // stores its own version declares (a store added later does not exist for it yet).
    if (!hasStore(tx, kind.store)) continue;
    await tx
      .table<StoredShape>(kind.store)
      .toCollection()
      .modify((record, ref) => {
        const restored = kind.restore(record);
        if (restored !== record) ref.value = restored;
      });
  }
}

function hasStore(tx: Transaction, store: string): boolean {
  try {
    tx.table(store);
    return true;
  } catch {
    return false;
  }
}
