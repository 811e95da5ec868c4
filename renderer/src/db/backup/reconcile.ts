// What importing a file's records into this database would do, decided against the data as it is
// now; run inside a transaction, so the decision and (for a commit) the writes see the same data.
//
// Drill status rule: a drill's status is a summary of its events (domain/drills/drill-status.ts),
// so after a merge it is derived again from the merged events, whichever copy of the drill record
// won. When that changes it, the record's `updatedAt` becomes its newest event's recording
// time if later, as the run screen does when an event changes the status. The rule uses nothing
// but the merged data, so both machines reach the same record, and importing again changes nothing.
import { drillStatusOf } from '../../domain/drills/drill-status';
import { deriveRun } from '../../domain/drills/run-state';
import type { Id } from '../../domain/records/common';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import type { DrillRecord } from '../../domain/records/drills';
import type { RecordOf } from '../../domain/records/registry';
import type { MttrDatabase } from '../database';
import { countOutcomes, decide, outcomeOf, type Decision, type MergedStore } from './decide';
import { mergeRuns, type MergedRuns } from './events';
import { BACKUP_STORES, type BackupRecords, type ImportSummary, type StoreCounts } from './format';
import { recordProblem } from './messages';
import { adoptStoredIds } from './natural-keys';
import { checkAnswers } from './answers-check';
import { checkModels } from './models-check';
import { checkLinks, type StoredOwners } from './references';
import type { Checked, Problem } from '../../domain/outcome';

export interface Reconciled {
  /** The records to put, per store. */
  readonly writes: BackupRecords;
  readonly summary: ImportSummary;
}

export type ReconcileResult = Checked<Reconciled>;

type Decisions = { readonly [S in MergedStore]: readonly Decision<RecordOf<S>>[] };

const MERGED_STORES = BACKUP_STORES.filter((store): store is MergedStore => store !== 'drillRuns');

export async function reconcile(
  db: MttrDatabase,
  fileRecords: BackupRecords,
): Promise<ReconcileResult> {
  const links = await checkLinks(db, fileRecords);
  if (!links.ok) return links;
  const models = await checkModels(db, fileRecords);
  if (!models.ok) return models;
  const answerFault = checkAnswers(models.value.records, links.value, models.value.modelOf);
  if (answerFault !== null) return { ok: false, problem: answerFault };
  const records = await adoptStoredIds(db, models.value.records);
  const decisions = await decideAll(db, records);
  const teamFault = checkOwnerTeams(records, decisions, links.value);
  if (teamFault !== null) return { ok: false, problem: teamFault };
  const events = await mergeRuns(db, records);
  if (!events.ok) return events;
  const drills = await settleDrills(db, decisions.drills, events.value);
  return { ok: true, value: assemble(decisions, drills, events.value) };
}

async function decideAll(db: MttrDatabase, records: BackupRecords): Promise<Decisions> {
  const decisions: Partial<Record<MergedStore, readonly Decision<unknown>[]>> = {};
  for (const store of MERGED_STORES) decisions[store] = await decide(db, store, records[store]);
  // Each store's decisions were made from its own records above.
  return decisions as Decisions;
}

/**
 * A drill run or an answer must belong to its owner's team: the team's screens read them by
 * team, so one filed under another team would be missing from its own drill or score. (A run's
 * events are filed under its own drill and team, checked when the file is read.)
 */
function checkOwnerTeams(
  records: BackupRecords,
  decisions: Decisions,
  stored: StoredOwners,
): Problem | null {
  const teamOf = (owner: 'drills' | 'assessments') => {
    const inFile = new Map<Id, Id>(decisions[owner].map((d) => [d.final.id, d.final.teamId]));
    return (id: Id) => inFile.get(id) ?? stored[owner]?.get(id)?.teamId;
  };
  return (
    findStranger(
      {
        store: 'drillRuns',
        records: records.drillRuns,
        idOf: (run) => run.drillId,
        ownerOf: (run) => run.drillId,
      },
      teamOf('drills'),
      'is not the team of the drill the run belongs to',
    ) ??
    findStranger(
      {
        store: 'answers',
        records: records.answers,
        idOf: (answer) => answer.id,
        ownerOf: (answer) => answer.assessmentId,
      },
      teamOf('assessments'),
      'is not the team of the assessment the answer belongs to',
    )
  );
}

/** The first record whose team is not its owner's. */
function findStranger<R extends { readonly teamId: Id }>(
  owned: {
    readonly store: 'drillRuns' | 'answers';
    readonly records: readonly R[];
    readonly idOf: (record: R) => Id;
    readonly ownerOf: (record: R) => Id;
  },
  teamOfOwner: (ownerId: Id) => Id | undefined,
  what: string,
): Problem | null {
  for (const [index, record] of owned.records.entries()) {
    if (teamOfOwner(owned.ownerOf(record)) !== record.teamId) {
      const ref = { store: owned.store, index, id: owned.idOf(record) };
      return recordProblem(ref, 'teamId', what);
    }
  }
  return null;
}

interface DrillChange {
  readonly local: DrillRecord | undefined;
  readonly final: DrillRecord;
  /** False for a stored drill that only gains events: counted only if it changes. */
  readonly inFile: boolean;
}

/** Every drill whose record or events change, with the status its merged run gives it. */
async function settleDrills(
  db: MttrDatabase,
  decisions: readonly Decision<DrillRecord>[],
  events: MergedRuns,
): Promise<DrillChange[]> {
  const changes = new Map<Id, DrillChange>();
  for (const d of decisions)
    changes.set(d.final.id, { local: d.local, final: d.final, inFile: true });
  const missing = [...events.grown].filter((id) => !changes.has(id));
  const stored = await db.drills.bulkGet(missing);
  stored.forEach((drill) => {
    if (drill !== undefined) changes.set(drill.id, { local: drill, final: drill, inFile: false });
  });
  return [...changes.values()].map((change) => {
    const id = change.final.id;
    const touched = change.final !== change.local || events.grown.has(id);
    return touched
      ? { ...change, final: withRunStatus(change.final, events.runs.get(id) ?? []) }
      : change;
  });
}

function withRunStatus(drill: DrillRecord, run: readonly DrillEventRecord[]): DrillRecord {
  const status = drillStatusOf(deriveRun(run));
  if (status === drill.status) return drill;
  const newest = Math.max(...run.map((event) => event.recordedAt));
  return { ...drill, status, updatedAt: Math.max(drill.updatedAt, newest) };
}

interface Change<R> {
  readonly local: R | undefined;
  readonly final: R;
  readonly inFile?: boolean;
}

/** What to write of a store, and how many of its records are added, updated or unchanged. */
function settle<R>(all: readonly Change<R>[]): { writes: R[]; counts: StoreCounts } {
  const changes = all.filter((c) => c.inFile !== false || c.final !== c.local);
  const outcomes = changes.map((c) => outcomeOf(c.local, c.final));
  const writes = changes.filter((_, i) => outcomes[i] !== 'unchanged').map((c) => c.final);
  return { writes, counts: countOutcomes(outcomes) };
}

function assemble(
  decisions: Decisions,
  drills: readonly DrillChange[],
  events: MergedRuns,
): Reconciled {
  const writes: Partial<Record<keyof BackupRecords, readonly unknown[]>> = {};
  const stores: Record<string, StoreCounts> = {};
  for (const store of BACKUP_STORES) {
    if (store === 'drillRuns') {
      writes.drillRuns = events.writes;
      stores.drillRuns = events.counts;
      continue;
    }
    const settled = store === 'drills' ? settle(drills) : settle<unknown>(decisions[store]);
    writes[store] = settled.writes;
    stores[store] = settled.counts;
  }
  // Each store's writes come from its own decisions above.
  return {
    writes: writes as BackupRecords,
    summary: { stores, total: sum(Object.values(stores)) },
  };
}

function sum(counts: readonly StoreCounts[]): StoreCounts {
  return counts.reduce(
    (a, b) => ({
      added: a.added + b.added,
      updated: a.updated + b.updated,
      unchanged: a.unchanged + b.unchanged,
    }),
    { added: 0, updated: 0, unchanged: 0 },
  );
}
