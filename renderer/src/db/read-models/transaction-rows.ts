// What a read-write transaction has written to, and read from, the stores facts come from, kept so
// the read model's computation (./maintain.ts) reads those rows back without another round trip,
// and a SourceReader over the transaction for the rows it does not know.
import type { DBCore, DBCoreKeyRange, DBCoreRangeType, DBCoreTransaction } from 'dexie';
import type { Row, SourceReader } from './facts';

/** Runs a call down the stack in the zone the write came in with (see ./maintain.ts). */
export type InZone = <T>(fn: () => T) => T;

// Dexie's range kinds are a const enum its module does not export as a value.
const EQUAL = 1 as unknown as DBCoreRangeType;
const ANY = 3 as unknown as DBCoreRangeType;

/** Every key from lowest to highest (Dexie's own "any" range). */
const EVERY_KEY: DBCoreKeyRange = { type: ANY, lower: -Infinity, upper: [[]] };

/**
 * Rows of the source stores as they stand in this transaction, by store and key (null: none):
 * what it wrote, and what it read (a writer reads the record it is about to change, and its
 * facts are computed from the same record): each read back without another round trip.
 */
type Known = Map<string, Map<unknown, Row | null>>;

/** State kept for each transaction, made on its first use and gone with the transaction. */
export function perTransaction<T>(make: () => T): (trans: DBCoreTransaction) => T {
  const states = new WeakMap<DBCoreTransaction, T>();
  return (trans) => {
    let state = states.get(trans);
    if (state === undefined) {
      state = make();
      states.set(trans, state);
    }
    return state;
  };
}

export interface TransactionRows {
  /** Keeps the reads of `trans` too: a read-write transaction alone holds its stores still. */
  keepReadsOf(trans: DBCoreTransaction): void;
  /** What `trans` wrote to `store` (null: deleted). */
  remember(trans: DBCoreTransaction, store: string, rows: readonly [unknown, Row | null][]): void;
  /** What a read found: never over what the transaction wrote since the read was asked for. */
  rememberRead(
    trans: DBCoreTransaction,
    store: string,
    rows: readonly [unknown, Row | null][],
  ): void;
  /** Forgets every row of `store` (the store was cleared). */
  forget(trans: DBCoreTransaction, store: string): void;
  /** Reads through what `trans` knows, and from the stores below for the rest. */
  readerFor(trans: DBCoreTransaction, inZone: InZone): SourceReader;
}

export function createTransactionRows(down: DBCore): TransactionRows {
  const knownIn = perTransaction<Known>(() => new Map());
  // Only a read-write transaction's reads are kept: it alone holds its stores still until it ends.
  const writing = new WeakSet<DBCoreTransaction>();

  const remember = (
    trans: DBCoreTransaction,
    store: string,
    rows: readonly [unknown, Row | null][],
  ) => {
    const all = knownIn(trans);
    let byKey = all.get(store);
    if (byKey === undefined) {
      byKey = new Map();
      all.set(store, byKey);
    }
    for (const [key, row] of rows) byKey.set(key, row);
  };

  /** What a read found: never over what the transaction wrote since the read was asked for. */
  const rememberRead = (
    trans: DBCoreTransaction,
    store: string,
    rows: readonly [unknown, Row | null][],
  ) => {
    if (!writing.has(trans)) return;
    const byKey = knownIn(trans).get(store);
    remember(
      trans,
      store,
      rows.filter(([key]) => byKey?.has(key) !== true),
    );
  };

  const readerFor = (trans: DBCoreTransaction, inZone: InZone): SourceReader => ({
    async getMany(store, keys) {
      const rows = knownIn(trans).get(store);
      const missing = keys.filter((key) => rows?.has(key) !== true);
      const read =
        missing.length === 0
          ? []
          : await inZone(() => down.table(store).getMany({ trans, keys: missing }));
      const found = new Map<unknown, Row | null>(
        missing.map((key, index) => [key, (read[index] as Row | undefined) ?? null]),
      );
      rememberRead(trans, store, [...found]);
      return keys.map((key) => (rows?.has(key) === true ? rows.get(key) : found.get(key)) ?? null);
    },
    async byIndex(store, index, key) {
      const table = down.table(store);
      const found = table.schema.getIndexByKeyPath(index);
      if (found === undefined) throw new Error(`The ${store} store has no ${index} index.`);
      const response = await inZone(() =>
        table.query({
          trans,
          values: true,
          query: { index: found, range: { type: EQUAL, lower: key, upper: key } },
        }),
      );
      return response.result as Row[];
    },
    async all(store) {
      const table = down.table(store);
      const response = await inZone(() =>
        table.query({
          trans,
          values: true,
          query: { index: table.schema.primaryKey, range: EVERY_KEY },
        }),
      );
      return response.result as Row[];
    },
  });

  return {
    keepReadsOf: (trans) => {
      writing.add(trans);
    },
    remember,
    rememberRead,
    forget: (trans, store) => {
      knownIn(trans).delete(store);
    },
    readerFor,
  };
}
