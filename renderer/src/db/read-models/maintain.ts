// Keeps the read model (./read-models.ts) true to the records it comes from, in the same
// transaction as every write. It sits in Dexie's storage layer (a DBCore middleware), below every
// repository, the backup, the demo data and the upgrades: whatever writes a drill, a run, an
// incident, an assessment or an answer, the facts change with it or not at all, and no writer
// can forget them. A read-write transaction over a source store is widened to the read model's
// store and the other stores the same facts come from; after each write, the facts of the records
// it touched are recomputed from what is stored (or what this transaction just wrote, which is the
// same, without reading it back) and put into their teams' records.
import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreRangeType,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Id } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import { isFinished } from '../../domain/trends/prepare';
import {
  FACT_KIND_OF,
  FACT_SOURCES,
  replaceFacts,
  type FactKind,
  type TeamFactsRecord,
} from './read-models';
import { computeFacts, sourceKeysOf, teamsOf, type Row, type SourceReader } from './facts';

const STORE = 'teamFacts';

/**
 * The stores whose reads in a read-write transaction are kept: the records a write to another
 * store recomputes its facts from (a drill, for a mark on its run; an assessment, for an answer).
 */
const KEPT_READS: ReadonlySet<string> = new Set(['drills', 'assessments']);

// Dexie's range kinds are a const enum its module does not export as a value.
const EQUAL = 1 as unknown as DBCoreRangeType;
const ANY = 3 as unknown as DBCoreRangeType;

/** Every key from lowest to highest (Dexie's own "any" range). */
const EVERY_KEY: DBCoreKeyRange = { type: ANY, lower: -Infinity, upper: [[]] };

/**
 * Dexie's zones: the layers below (its cache of live queries, its change tracking) find the
 * writing transaction in the zone a write was made in, which an `await` in this module leaves.
 * Every call down is made back in the zone the write came in with.
 */
interface DexieZones {
  readonly PSD: unknown;
  usePSD<T>(zone: unknown, fn: () => T): T;
}
const zones = Dexie.Promise as unknown as DexieZones;
type InZone = <T>(fn: () => T) => T;

interface TeamRecords {
  /** Each team's record as last written in the transaction (undefined: none). */
  readonly latest: Map<Id, TeamFactsRecord | undefined>;
  readonly reading: Map<Id, PromiseLike<void>>;
}

/**
 * Rows of the source stores as they stand in this transaction, by store and key (null: none):
 * what it wrote, and what it read (a writer reads the record it is about to change, and its
 * facts are computed from the same record): each read back without another round trip.
 */
type Known = Map<string, Map<unknown, Row | null>>;

function storeExists(core: DBCore, trans: DBCoreTransaction, store: string): boolean {
  if (!core.schema.tables.some((table) => table.name === store)) return false;
  // An upgrade's transaction spans the stores that exist at its step, which a later step's read
  // model is not yet one of; that step rebuilds it.
  const names = (trans as unknown as Partial<IDBTransaction>).objectStoreNames;
  return names === undefined || names.contains(store);
}

export function createReadModelCore(down: DBCore): DBCore {
  const known = new WeakMap<DBCoreTransaction, Known>();
  // One transaction's refreshes run one after another: two writes asked for at once (a backup
  // import writes every store together) would otherwise both read a team's record before either
  // puts it back, and the second put would drop the first one's facts.
  // The team records as this transaction last wrote them. Refreshes run side by side (a backup
  // import writes every store at once); each takes a team's latest record from here and puts its
  // change back without an await in between, so no refresh writes over another's facts.
  const teamRecords = new WeakMap<DBCoreTransaction, TeamRecords>();
  const teamRecordsOf = (trans: DBCoreTransaction): TeamRecords => {
    let records = teamRecords.get(trans);
    if (records === undefined) {
      records = { latest: new Map(), reading: new Map() };
      teamRecords.set(trans, records);
    }
    return records;
  };

  const knownIn = (trans: DBCoreTransaction): Known => {
    let map = known.get(trans);
    if (map === undefined) {
      map = new Map();
      known.set(trans, map);
    }
    return map;
  };
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

  /** The latest record of each team, read once per transaction. */
  async function latestOf(
    trans: DBCoreTransaction,
    teamIds: readonly Id[],
    inZone: InZone,
  ): Promise<TeamRecords> {
    const records = teamRecordsOf(trans);
    const unread = teamIds.filter((id) => !records.latest.has(id) && !records.reading.has(id));
    if (unread.length > 0) {
      const reading = inZone(() => down.table(STORE).getMany({ trans, keys: unread })).then(
        (rows) => {
          unread.forEach((id, index) => {
            if (!records.latest.has(id)) {
              records.latest.set(id, rows[index] as TeamFactsRecord | undefined);
            }
          });
        },
      );
      for (const id of unread) records.reading.set(id, reading);
    }
    await Promise.all(teamIds.flatMap((id) => records.reading.get(id) ?? []));
    return records;
  }

  /**
   * Changes team records and asks for their writes at once, with no await between reading the
   * latest records and asking: a team left with no facts (its records deleted) keeps no record.
   */
  function write(
    trans: DBCoreTransaction,
    records: TeamRecords,
    changed: readonly TeamFactsRecord[],
    inZone: InZone,
  ): Promise<unknown> {
    if (changed.length === 0) return Promise.resolve();
    const table = down.table(STORE);
    const empty = changed.filter(
      (r) => !r.drills.length && !r.incidents.length && !r.finals.length,
    );
    const kept = changed.filter((record) => !empty.includes(record));
    for (const record of kept) records.latest.set(record.teamId, record);
    for (const record of empty) records.latest.set(record.teamId, undefined);
    const gone = empty.map((record) => record.teamId);
    return Promise.all([
      gone.length === 0
        ? undefined
        : inZone(() => table.mutate({ trans, type: 'delete', keys: gone })),
      kept.length === 0
        ? undefined
        : inZone(() => table.mutate({ trans, type: 'put', values: kept })),
    ]);
  }

  /** Every team's facts of one kind recomputed from its sources (the others' kept as they are). */
  async function rebuild(trans: DBCoreTransaction, kind: FactKind, inZone: InZone): Promise<void> {
    const reader = readerFor(trans, inZone);
    const { facts } = await computeFacts(kind, null, reader);
    const stored = (await reader.all(STORE)) as unknown as TeamFactsRecord[];
    const teamIds = [...new Set([...stored.map((r) => r.teamId), ...facts.map((f) => f.teamId)])];
    const records = await latestOf(trans, teamIds, inZone);
    const changed = teamIds.map((teamId) => {
      const before = records.latest.get(teamId);
      const all = new Set<unknown>((before?.[kind] ?? []).map((fact) => fact.id));
      const own = (facts as readonly { teamId: string }[]).filter((f) => f.teamId === teamId);
      return replaceFacts(before, teamId, kind, all, own as never);
    });
    await write(trans, records, changed, inZone);
  }

  async function refresh(
    source: string,
    request: DBCoreMutateRequest,
    response: DBCoreMutateResponse,
    deleted: readonly Row[],
    inZone: InZone,
  ): Promise<void> {
    const kind = FACT_KIND_OF[source];
    const { trans } = request;
    if (kind === undefined || !storeExists(down, trans, STORE)) return;
    // Rare (a store cleared): every team's facts of this kind are recomputed from what is left.
    if (request.type === 'deleteRange') {
      knownIn(trans).delete(source);
      return rebuild(trans, kind, inZone);
    }
    const keyPath = down.table(source).schema.primaryKey.keyPath as string;
    if (request.type === 'delete') {
      remember(
        trans,
        source,
        request.keys.map((key) => [key, null]),
      );
    } else if (response.numFailures === 0) {
      remember(
        trans,
        source,
        request.values.map((value: Row) => [value[keyPath], value]),
      );
    }
    const keys = sourceKeysOf(source, request, deleted);
    if (keys.length === 0) return;
    const reader = readerFor(trans, inZone);
    const { facts, teams } = await computeFacts(kind, keys, reader);
    // A mark on a running drill, the write a facilitator waits for: the drill had no fact (only a
    // finished drill has one, and this write did not change the drill) and has none now, so its
    // team's record is neither read nor written.
    if (source === 'drillRuns' && facts.length === 0) {
      const drills = await reader.getMany('drills', keys);
      if (
        drills.every((drill) => drill === null || !isFinished(drill as Pick<DrillRecord, 'status'>))
      ) {
        return;
      }
    }
    // A record never changes team, so its fact can only be in its own team's record.
    const touched = [...new Set([...teams, ...teamsOf(deleted)])];
    const records = await latestOf(trans, touched, inZone);
    const ids = new Set(keys);
    const changed = touched.flatMap((teamId) => {
      const before = records.latest.get(teamId);
      const own = (facts as readonly { teamId: string }[]).filter((f) => f.teamId === teamId);
      // A mark of a running drill has no fact, and had none: nothing to write.
      const had = before?.[kind].some((fact) => ids.has(fact.id)) ?? false;
      if (own.length === 0 && !had) return [];
      return [replaceFacts(before, teamId, kind, ids, own as never)];
    });
    await write(trans, records, changed, inZone);
  }

  function mutateOf(name: string, table: DBCoreTable): DBCoreTable['mutate'] {
    return async (request) => {
      const zone = zones.PSD;
      const inZone: InZone = (fn) => zones.usePSD(zone, fn);
      // Whose facts a delete changes is only known from the rows about to go (and an answer's
      // assessment only from the answer).
      const deleted =
        request.type === 'delete'
          ? ((
              await inZone(() => table.getMany({ trans: request.trans, keys: request.keys }))
            ).filter((row) => row !== undefined) as Row[])
          : [];
      const response = await inZone(() => table.mutate(request));
      await refresh(name, request, response, deleted, inZone);
      return response;
    };
  }

  function wrap(name: string, table: DBCoreTable): DBCoreTable {
    const plain = { ...table, mutate: mutateOf(name, table) };
    if (!KEPT_READS.has(name)) return plain;
    // A copy is kept, not the row handed to the caller, which may change it without writing it.
    const copy = (row: unknown): Row | null =>
      row === undefined ? null : (structuredClone(row) as Row);
    return {
      ...plain,
      async get(request) {
        const row: unknown = await table.get(request);
        rememberRead(request.trans, name, [[request.key, copy(row)]]);
        return row;
      },
      async getMany(request) {
        const rows: unknown[] = await table.getMany(request);
        rememberRead(
          request.trans,
          name,
          request.keys.map((key, index) => [key, copy(rows[index])]),
        );
        return rows;
      },
    };
  }

  return {
    ...down,
    transaction(stores, mode, options) {
      if (mode !== 'readwrite') return down.transaction(stores, mode, options);
      const widened = new Set(stores);
      const hasFacts = down.schema.tables.some((t) => t.name === STORE);
      for (const store of stores) {
        const kind = FACT_KIND_OF[store];
        // The fact is computed from every store it comes from, read in this transaction.
        if (kind !== undefined && hasFacts) {
          widened.add(STORE);
          for (const source of FACT_SOURCES[kind]) widened.add(source);
        }
      }
      const trans = down.transaction([...widened], mode, options);
      writing.add(trans);
      return trans;
    },
    table(name) {
      const table = down.table(name);
      return FACT_KIND_OF[name] === undefined ? table : wrap(name, table);
    },
  };
}

/** The middleware, registered on the database before it opens. */
export const readModelMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ReadModels',
  // Below Dexie's hooks (level 2), which expect every write to come from a table the caller's
  // transaction names; above its change tracking (0), so live queries see the facts change.
  level: 1.5,
  create: createReadModelCore,
};
