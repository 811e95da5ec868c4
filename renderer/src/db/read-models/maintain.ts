// Keeps the read model (./read-models.ts) true to the records it comes from, in the same
// transaction as every write. It sits in Dexie's storage layer (a DBCore middleware), below every
// repository, the backup, the demo data and the upgrades: whatever writes a drill, a run, an
// incident, an assessment or an answer, the facts change with it or not at all, and no writer
// can forget them. A read-write transaction over a source store is widened to the read model's
// store and the other stores the same facts come from; once a write is acknowledged (with the
// writes asked for beside it: ./batch.ts), the facts of the records they touched are recomputed
// from what is stored (or what this transaction just wrote, which is the same, without reading it
// back) and put into their teams' records.
import Dexie, {
  type DBCore,
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
import { computeFacts, sourceKeysOf, teamsOf, type Row } from './facts';
import { createTransactionRows, perTransaction, type InZone } from './transaction-rows';
import {
  changedRecords,
  newBatch,
  noteWrite,
  recomputed,
  takeWork,
  type Dirty,
  type Recomputed,
} from './batch';

const STORE = 'teamFacts';

/**
 * The stores whose reads in a read-write transaction are kept: the records a write to another
 * store recomputes its facts from (a drill, for a mark on its run; an assessment, for an answer).
 */
const KEPT_READS: ReadonlySet<string> = new Set(['drills', 'assessments']);

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

interface TeamRecords {
  /** Each team's record as last written in the transaction (undefined: none). */
  readonly latest: Map<Id, TeamFactsRecord | undefined>;
  readonly reading: Map<Id, PromiseLike<void>>;
}

function storeExists(core: DBCore, trans: DBCoreTransaction, store: string): boolean {
  if (!core.schema.tables.some((table) => table.name === store)) return false;
  // An upgrade's transaction spans the stores that exist at its step, which a later step's read
  // model is not yet one of; that step rebuilds it.
  const names = (trans as unknown as Partial<IDBTransaction>).objectStoreNames;
  return names === undefined || names.contains(store);
}

export function createReadModelCore(down: DBCore): DBCore {
  const rows = createTransactionRows(down);
  // The team records as this transaction last wrote them. Flushes may run side by side (writes
  // asked for while another flush computes); each takes a team's latest record from here and
  // puts its change back without an await in between, so no flush writes over another's facts.
  const teamRecordsOf = perTransaction<TeamRecords>(() => ({
    latest: new Map(),
    reading: new Map(),
  }));
  const batchOf = perTransaction(newBatch);

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
        (stored) => {
          unread.forEach((id, index) => {
            if (!records.latest.has(id)) {
              records.latest.set(id, stored[index] as TeamFactsRecord | undefined);
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
    const reader = rows.readerFor(trans, inZone);
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

  /**
   * Notes what a write to `source` changed, for the next flush: the keys whose facts to compute
   * again, the teams of deleted rows, or (a store cleared) a rebuild of the whole kind.
   */
  function note(
    source: string,
    request: DBCoreMutateRequest,
    response: DBCoreMutateResponse,
    deleted: readonly Row[],
  ): void {
    const kind = FACT_KIND_OF[source];
    const { trans } = request;
    if (kind === undefined || !storeExists(down, trans, STORE)) return;
    const batch = batchOf(trans);
    // Rare (a store cleared): every team's facts of this kind are recomputed from what is left.
    if (request.type === 'deleteRange') {
      rows.forget(trans, source);
      batch.rebuild.add(kind);
      return;
    }
    const keyPath = down.table(source).schema.primaryKey.keyPath as string;
    if (request.type === 'delete') {
      rows.remember(
        trans,
        source,
        request.keys.map((key) => [key, null]),
      );
    } else if (response.numFailures === 0) {
      rows.remember(
        trans,
        source,
        request.values.map((value: Row) => [value[keyPath], value]),
      );
    }
    noteWrite(batch, kind, source, sourceKeysOf(source, request, deleted), teamsOf(deleted));
  }

  /** A kind's facts for the keys a batch wrote; null when no team's record can change. */
  async function recompute(
    trans: DBCoreTransaction,
    kind: FactKind,
    dirty: Dirty,
    inZone: InZone,
  ): Promise<Recomputed | null> {
    const keys = [...dirty.keys];
    const reader = rows.readerFor(trans, inZone);
    // A mark on a running drill, the write a facilitator waits for: only its run changed, and a
    // drill that is not finished has no fact, before or after. Nothing is computed (a run's every
    // event restored and derived again, for each mark), and its team's record is neither read
    // nor written. The drill was read by the mark's own transaction: no round trip.
    if (kind === 'drills' && !dirty.sources.has('drills') && dirty.deletedTeams.size === 0) {
      const drills = await reader.getMany('drills', keys);
      const unfinished = (drill: Row | null) =>
        drill === null || !isFinished(drill as Pick<DrillRecord, 'status'>);
      if (drills.every(unfinished)) return null;
    }
    const { facts, teams } = await computeFacts(kind, keys, reader);
    return recomputed(kind, dirty, facts, teams);
  }

  /**
   * Brings the read model up to date with every write noted since the last flush: each kind's
   * facts computed once for all the keys written, and each changed team's record written once.
   */
  async function flush(trans: DBCoreTransaction, inZone: InZone): Promise<void> {
    const { rebuilds, dirty } = takeWork(batchOf(trans));
    for (const kind of rebuilds) await rebuild(trans, kind, inZone);
    const computed: Recomputed[] = [];
    for (const [kind, entry] of dirty) {
      const done = await recompute(trans, kind, entry, inZone);
      if (done !== null) computed.push(done);
    }
    if (computed.length === 0) return;
    const records = await latestOf(trans, [...new Set(computed.flatMap((c) => c.teams))], inZone);
    // From reading the latest records to asking for their writes, no await: a flush running
    // beside this one (writes asked for while this one computed) cannot be written over.
    const changed = changedRecords(computed, (teamId) => records.latest.get(teamId));
    await write(trans, records, changed, inZone);
  }

  /**
   * A write to a source store, then its facts. Writes asked for together (a backup import puts
   * every store at once) are flushed together, once the last of them is acknowledged: each
   * team's record is then computed and written once rather than once per store, which was most
   * of an organisation's import beyond the bare write. A write acknowledged while others of its
   * transaction are still under way returns before the facts are written; the transaction
   * cannot commit before they are, since the last write's flush asks for them first.
   */
  function mutateOf(name: string, table: DBCoreTable): DBCoreTable['mutate'] {
    return async (request) => {
      const zone = zones.PSD;
      const inZone: InZone = (fn) => zones.usePSD(zone, fn);
      const batch = batchOf(request.trans);
      batch.inFlight += 1;
      let response: DBCoreMutateResponse;
      try {
        // Whose facts a delete changes is only known from the rows about to go (and an answer's
        // assessment only from the answer).
        const deleted =
          request.type === 'delete'
            ? ((
                await inZone(() => table.getMany({ trans: request.trans, keys: request.keys }))
              ).filter((row) => row !== undefined) as Row[])
            : [];
        response = await inZone(() => table.mutate(request));
        note(name, request, response, deleted);
      } catch (error: unknown) {
        // A failed write changed nothing, but the writes asked for with it may have: a caller
        // that goes on after the failure finds their facts written. (Where the failure ends the
        // transaction, the flush fails too and nothing is kept; the write's own error is told.)
        batch.inFlight -= 1;
        if (batch.inFlight === 0) await flush(request.trans, inZone).catch(() => undefined);
        throw error;
      }
      batch.inFlight -= 1;
      if (batch.inFlight === 0) await flush(request.trans, inZone);
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
        rows.rememberRead(request.trans, name, [[request.key, copy(row)]]);
        return row;
      },
      async getMany(request) {
        const found: unknown[] = await table.getMany(request);
        rows.rememberRead(
          request.trans,
          name,
          request.keys.map((key, index) => [key, copy(found[index])]),
        );
        return found;
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
      rows.keepReadsOf(trans);
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
