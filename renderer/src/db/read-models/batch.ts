// One transaction's writes to the stores facts come from, gathered until the read model is brought
// up to date with all of them at once (./maintain.ts). Writes asked for together (a backup import
// puts every store at once) then cost one computation of each kind of fact and one write of each
// changed team's record, rather than one of each per store. Pure: no storage here.
import type { Id } from '../../domain/records/common';
import { replaceFacts, type FactKind, type TeamFactsRecord } from './read-models';

/** What the writes to one kind's source stores changed since the last flush. */
export interface Dirty {
  /** The source keys written: drill ids, incident ids, assessment ids. */
  readonly keys: Set<unknown>;
  /** The stores written. */
  readonly sources: Set<string>;
  /** The teams of deleted rows: their facts may go, and nothing else says whose they were. */
  readonly deletedTeams: Set<Id>;
}

export interface Batch {
  /** Writes asked for and not yet acknowledged: the last one to end flushes. */
  inFlight: number;
  readonly dirty: Map<FactKind, Dirty>;
  /** Kinds whose facts are all computed again (a store was cleared). */
  readonly rebuild: Set<FactKind>;
}

export function newBatch(): Batch {
  return { inFlight: 0, dirty: new Map(), rebuild: new Set() };
}

/** Notes a write to `source`: the keys whose `kind` of fact changes, and the deleted rows' teams. */
export function noteWrite(
  batch: Batch,
  kind: FactKind,
  source: string,
  keys: readonly unknown[],
  deletedTeams: readonly Id[],
): void {
  if (keys.length === 0 && deletedTeams.length === 0) return;
  let dirty = batch.dirty.get(kind);
  if (dirty === undefined) {
    dirty = { keys: new Set(), sources: new Set(), deletedTeams: new Set() };
    batch.dirty.set(kind, dirty);
  }
  for (const key of keys) dirty.keys.add(key);
  for (const teamId of deletedTeams) dirty.deletedTeams.add(teamId);
  dirty.sources.add(source);
}

/**
 * Everything noted so far, and the batch emptied for what comes next. A rebuild reads every
 * source row as it then stands, so it covers the keys of its kind written before it.
 */
export function takeWork(batch: Batch): {
  readonly rebuilds: readonly FactKind[];
  readonly dirty: readonly (readonly [FactKind, Dirty])[];
} {
  const rebuilds = [...batch.rebuild];
  const dirty = [...batch.dirty].filter(([kind]) => !batch.rebuild.has(kind));
  batch.rebuild.clear();
  batch.dirty.clear();
  return { rebuilds, dirty };
}

interface Fact {
  readonly id: Id;
  readonly teamId: Id;
}

/** A kind's facts computed again for the keys written, by team. */
export interface Recomputed {
  readonly kind: FactKind;
  /** The keys computed again: their facts now are the ones in `byTeam`, the others are gone. */
  readonly ids: ReadonlySet<unknown>;
  readonly byTeam: ReadonlyMap<Id, readonly Fact[]>;
  /** Every team whose record may change: the facts' teams, the rows' and the deleted rows'. */
  readonly teams: readonly Id[];
}

export function recomputed(
  kind: FactKind,
  dirty: Dirty,
  facts: readonly Fact[],
  rowTeams: Iterable<Id>,
): Recomputed {
  const byTeam = new Map<Id, Fact[]>();
  for (const fact of facts) {
    const own = byTeam.get(fact.teamId);
    if (own === undefined) byTeam.set(fact.teamId, [fact]);
    else own.push(fact);
  }
  // A record never changes team, so its fact can only be in its own team's record.
  const teams = new Set([...rowTeams, ...dirty.deletedTeams]);
  return { kind, ids: new Set(dirty.keys), byTeam, teams: [...teams] };
}

/**
 * The team records that change, each once with every kind's new facts in it, from the records as
 * they stand (`latest`). A team whose facts of the keys were none and stay none is left alone.
 */
export function changedRecords(
  computed: readonly Recomputed[],
  latest: (teamId: Id) => TeamFactsRecord | undefined,
): TeamFactsRecord[] {
  const changed = new Map<Id, TeamFactsRecord>();
  for (const { kind, ids, byTeam, teams } of computed) {
    for (const teamId of teams) {
      const before = changed.get(teamId) ?? latest(teamId);
      const own = byTeam.get(teamId) ?? [];
      const had = before?.[kind].some((fact) => ids.has(fact.id)) ?? false;
      if (own.length === 0 && !had) continue;
      changed.set(teamId, replaceFacts(before, teamId, kind, ids, own as never));
    }
  }
  return [...changed.values()];
}
