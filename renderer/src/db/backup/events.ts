// Drill events merge as a union by id: events are never edited, so an id either is new here
// (added), or is the same event (unchanged), or, if its content differs, one of the two copies is
// damaged and the file is refused. Every drill that gains events must still be a run the app
// would have recorded, checked on the merged run.
import type { MttrDatabase } from '../database';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { canonicalJson } from './canonical-json';
import type { BackupRecords, StoreCounts } from './format';
import { recordProblem, type RecordRef } from './messages';
import { findRunFault, orderRun } from './run-check';
import type { Checked, Problem } from '../../domain/outcome';

export interface MergedEvents {
  readonly added: readonly DrillEventRecord[];
  readonly counts: StoreCounts;
  /** Every event (stored and added) of each drill the file touches, in run order. */
  readonly runs: ReadonlyMap<string, readonly DrillEventRecord[]>;
  /** Drills that gain at least one event. */
  readonly grown: ReadonlySet<string>;
}

export type MergeResult = Checked<MergedEvents>;

const short = (id: string) => (id.length > 8 ? `${id.slice(0, 8)}…` : id);

export async function mergeEvents(db: MttrDatabase, records: BackupRecords): Promise<MergeResult> {
  const incoming = records.drillEvents;
  // Restoring into an empty profile, the common case with the largest files, skips the look-ups.
  const empty = (await db.drillEvents.count()) === 0;
  const stored = empty ? [] : await db.drillEvents.bulkGet(incoming.map((event) => event.id));
  const added: DrillEventRecord[] = [];
  const place = new Map<DrillEventRecord, number>();
  for (const [index, event] of incoming.entries()) {
    const local = stored[index];
    place.set(event, index);
    if (local === undefined) added.push(event);
    else if (canonicalJson(local) !== canonicalJson(event)) {
      const what = `has the same id as an event of drill ${short(event.drillId)} already in the app, but different content. Drill events never change once recorded, so one of the two copies is damaged`;
      return { ok: false, problem: recordProblem(refOf(index, event), undefined, what) };
    }
  }
  const runs = await loadRuns(db, records, added, empty);
  const grown = new Set(added.map((event) => event.drillId));
  const problem = checkJoinedRuns(records, runs, grown, place);
  if (problem !== null) return { ok: false, problem };
  const counts = { added: added.length, updated: 0, unchanged: incoming.length - added.length };
  return { ok: true, value: { added, counts, runs, grown } };
}

/**
 * Each drill's run as the file holds it must be sound on its own. Checked once, when the file is
 * read: this does not depend on the database.
 */
export function checkFileRuns(records: BackupRecords): Problem | null {
  const events = records.drillEvents;
  const inFile = fileDrillIds(records);
  const place = new Map<DrillEventRecord, number>();
  const runs = new Map<string, DrillEventRecord[]>();
  events.forEach((event, index) => {
    // Events of a drill the file does not carry are checked with the stored drill's run.
    if (!inFile.has(event.drillId)) return;
    place.set(event, index);
    const run = runs.get(event.drillId);
    if (run === undefined) runs.set(event.drillId, [event]);
    else run.push(event);
  });
  for (const [drillId, run] of runs) {
    const fault = findRunFault(orderRun(run));
    if (fault === null) continue;
    const what = `is not a step the app would have recorded in drill ${short(drillId)}: ${fault.message}`;
    const index = place.get(fault.event) ?? 0;
    return recordProblem(refOf(index, fault.event), fault.field, what);
  }
  return null;
}

const fileDrillIds = (records: BackupRecords) => new Set(records.drills.map((drill) => drill.id));

/** Runs that join stored events with the file's new ones; the file's own runs are sound already. */
function checkJoinedRuns(
  records: BackupRecords,
  runs: ReadonlyMap<string, readonly DrillEventRecord[]>,
  grown: ReadonlySet<string>,
  fromFile: ReadonlyMap<DrillEventRecord, number>,
): Problem | null {
  const checked = fileDrillIds(records);
  for (const drillId of grown) {
    const run = runs.get(drillId) ?? [];
    if (checked.has(drillId) && run.every((event) => fromFile.has(event))) continue;
    const fault = findRunFault(run);
    if (fault === null) continue;
    const index = fromFile.get(fault.event);
    if (index === undefined) return divergedRun(drillId, fault.message);
    const what = `is not a step the app would have recorded in drill ${short(drillId)}: ${fault.message}`;
    return recordProblem(refOf(index, fault.event), fault.field, what);
  }
  return null;
}

/** The file's events fit, but not after what this app recorded in the same drill meanwhile. */
function divergedRun(drillId: string, why: string): Problem {
  return {
    message: `Drill ${short(drillId)}: its events in this file and those recorded in this app since do not make one run (${why}). The drill went on separately in both places, so the two runs cannot be joined.`,
    store: 'drills',
    recordId: drillId,
  };
}

function refOf(index: number, event: DrillEventRecord): RecordRef {
  return { store: 'drillEvents', index, id: event.id };
}

/** The stored events of every drill the file names, joined with the file's new ones, in run order. */
async function loadRuns(
  db: MttrDatabase,
  records: BackupRecords,
  added: readonly DrillEventRecord[],
  empty: boolean,
): Promise<Map<string, DrillEventRecord[]>> {
  const drillIds = fileDrillIds(records);
  for (const event of added) drillIds.add(event.drillId);
  const stored = empty
    ? []
    : await db.drillEvents
        .where('drillId')
        .anyOf([...drillIds])
        .toArray();
  const runs = new Map<string, DrillEventRecord[]>();
  for (const event of [...stored, ...added]) {
    const run = runs.get(event.drillId);
    if (run === undefined) runs.set(event.drillId, [event]);
    else run.push(event);
  }
  for (const [drillId, run] of runs) runs.set(drillId, orderRun(run));
  return runs;
}
