// What importing a file's records into this database would do, decided against the data as it is
// now; run inside a transaction, so the decision and (for a commit) the writes see the same data.
//
// Drill status rule: a drill's status is a summary of its events (the run screen keeps them in
// step), so after a merge it is derived again from the merged events, whichever copy of the drill
// record won. When that changes it, the record's `updatedAt` becomes its newest event's recording
// time if later, as the run screen does when an event changes the status. The rule uses nothing
// but the merged data, so both machines reach the same record, and importing again changes nothing.
import type { MttrDatabase } from '../database';
import type { DrillEventRecord } from '../records';
import { countOutcomes, decide, outcomeOf, type Decision, type Row } from './decide';
import { mergeEvents, type MergedEvents } from './events';
import {
  BACKUP_STORES,
  type BackupRecords,
  type BackupStore,
  type ImportProblem,
  type ImportSummary,
  type StoreCounts,
} from './format';
import { recordProblem } from './messages';
import { adoptStoredIds } from './natural-keys';
import { checkLinks, type StoredOwners } from './references';
import { statusOfRun } from './run-check';

export interface Reconciled {
  /** The records to put, per store. */
  readonly writes: Readonly<Record<BackupStore, readonly unknown[]>>;
  readonly summary: ImportSummary;
}

export type ReconcileResult =
  { ok: true; value: Reconciled } | { ok: false; problem: ImportProblem };

type KeyedStore = Exclude<BackupStore, 'drillEvents'>;

export async function reconcile(
  db: MttrDatabase,
  fileRecords: BackupRecords,
): Promise<ReconcileResult> {
  const links = await checkLinks(db, fileRecords);
  if (!links.ok) return links;
  const records = await adoptStoredIds(db, fileRecords);
  const decisions = {} as Record<KeyedStore, Decision[]>;
  for (const store of BACKUP_STORES) {
    if (store === 'drillEvents') continue;
    const keyField = store === 'settings' ? 'key' : 'id';
    decisions[store] = await decide(db.table<unknown, string>(store), records[store], keyField);
  }
  const teamFault = checkOwnerTeams(records, decisions, links.stored);
  if (teamFault !== null) return { ok: false, problem: teamFault };
  const events = await mergeEvents(db, records);
  if (!events.ok) return events;
  const drills = await settleDrills(db, decisions.drills, events.value);
  return { ok: true, value: assemble(decisions, drills, events.value) };
}

interface TeamRule {
  readonly store: 'drillEvents' | 'answers';
  readonly owner: 'drills' | 'assessments';
  readonly field: 'drillId' | 'assessmentId';
  readonly what: string;
}

const TEAM_RULES: readonly TeamRule[] = [
  {
    store: 'drillEvents',
    owner: 'drills',
    field: 'drillId',
    what: 'is not the team of the drill the event belongs to',
  },
  {
    store: 'answers',
    owner: 'assessments',
    field: 'assessmentId',
    what: 'is not the team of the assessment the answer belongs to',
  },
];

/**
 * A drill event or an answer must belong to its owner's team: the team's screens read them by
 * team, so one filed under another team would be missing from its own drill or score.
 */
function checkOwnerTeams(
  records: BackupRecords,
  decisions: Readonly<Record<'drills' | 'assessments', readonly Decision[]>>,
  stored: StoredOwners,
): ImportProblem | null {
  for (const rule of TEAM_RULES) {
    const teamOf = new Map(
      decisions[rule.owner].map((d) => [d.final.id as string, d.final.teamId]),
    );
    const rows = records[rule.store] as readonly Row[];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      const ownerId = row[rule.field] as string;
      const team = teamOf.get(ownerId) ?? stored[rule.owner].get(ownerId)?.teamId;
      if (team !== row.teamId) {
        const ref = { store: rule.store, index, id: row.id as string };
        return recordProblem(ref, 'teamId', rule.what);
      }
    }
  }
  return null;
}

interface DrillChange {
  readonly local: Row | undefined;
  readonly final: Row;
  /** False for a stored drill that only gains events: counted only if it changes. */
  readonly inFile: boolean;
}

/** Every drill whose record or events change, with the status its merged run gives it. */
async function settleDrills(
  db: MttrDatabase,
  decisions: readonly Decision[],
  events: MergedEvents,
): Promise<DrillChange[]> {
  const changes = new Map<string, DrillChange>();
  for (const d of decisions)
    changes.set(d.final.id as string, { local: d.local, final: d.final, inFile: true });
  const missing = [...events.grown].filter((id) => !changes.has(id));
  const stored = (await db.drills.bulkGet(missing)) as (Row | undefined)[];
  stored.forEach((drill) => {
    if (drill !== undefined) {
      changes.set(drill.id as string, { local: drill, final: drill, inFile: false });
    }
  });
  return [...changes.values()].map((change) => {
    const id = change.final.id as string;
    const touched = change.final !== change.local || events.grown.has(id);
    return touched
      ? { ...change, final: withRunStatus(change.final, events.runs.get(id) ?? []) }
      : change;
  });
}

function withRunStatus(drill: Row, run: readonly DrillEventRecord[]): Row {
  const status = statusOfRun(run);
  if (status === drill.status) return drill;
  const newest = Math.max(...run.map((event) => event.recordedAt));
  return { ...drill, status, updatedAt: Math.max(Number(drill.updatedAt), newest) };
}

function assemble(
  decisions: Record<KeyedStore, Decision[]>,
  drills: readonly DrillChange[],
  events: MergedEvents,
): Reconciled {
  const writes = {} as Record<BackupStore, unknown[]>;
  const stores: Record<string, StoreCounts> = {};
  for (const store of BACKUP_STORES) {
    const all = store === 'drills' ? drills : store === 'drillEvents' ? [] : decisions[store];
    const changes = all.filter((c) => !('inFile' in c) || c.inFile || c.final !== c.local);
    const outcomes = changes.map((c) => outcomeOf(c.local, c.final));
    writes[store] = changes.filter((_, i) => outcomes[i] !== 'unchanged').map((c) => c.final);
    stores[store] = countOutcomes(outcomes);
  }
  writes.drillEvents = [...events.added];
  stores.drillEvents = events.counts;
  return { writes, summary: { stores, total: sum(Object.values(stores)) } };
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
