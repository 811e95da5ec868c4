// Drill runs merge as a union of their events by id: events are never edited, so an id either is
// new here (added to the drill's run), or is the same event (unchanged), or, if its content
// differs, one of the two copies is damaged and the file is refused. Every run that gains events
// must still be a run the app would have recorded, checked on the merged run.
import type { MttrDatabase } from '../database';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { byRunOrder, type DrillRunRecord } from '../../domain/records/drill-runs';
import { canonicalJson } from '../../domain/text/canonical-json';
import type { BackupRecords, StoreCounts } from './format';
import { recordProblem, type RecordRef } from './messages';
import { findRunFault, orderRun } from './run-check';
import type { Checked, Problem } from '../../domain/outcome';

export interface MergedRuns {
  /** The runs to put: new ones, and stored ones with the file's new events joined in. */
  readonly writes: readonly DrillRunRecord[];
  /** Per run: added (a drill's first events), updated (it gains events) or unchanged. */
  readonly counts: StoreCounts;
  /** Every event (stored and added) of each drill the file touches, in run order. */
  readonly runs: ReadonlyMap<string, readonly DrillEventRecord[]>;
  /** Drills that gain at least one event. */
  readonly grown: ReadonlySet<string>;
}

export type MergeResult = Checked<MergedRuns>;

const short = (id: string) => (id.length > 8 ? `${id.slice(0, 8)}…` : id);

/** Where an event is in the file: its run's place and its own place in the run. */
type EventPlaces = Map<DrillEventRecord, RecordRef>;

function eventRef(runIndex: number, place: number, event: DrillEventRecord): RecordRef {
  return { store: 'drillRuns', index: runIndex, id: event.id, event: place };
}

export async function mergeRuns(db: MttrDatabase, records: BackupRecords): Promise<MergeResult> {
  const incoming = records.drillRuns;
  const inFile = fileDrillIds(records);
  // Every drill the file names needs its stored run: a drill record that wins the merge gets its
  // status from it. Restoring into an empty profile, the common case with the largest files,
  // skips the look-ups.
  const wanted = new Set(inFile);
  for (const run of incoming) wanted.add(run.drillId);
  const empty = (await db.drillRuns.count()) === 0;
  const stored = empty ? [] : await db.drillRuns.bulkGet([...wanted]);
  const local = new Map<string, DrillRunRecord>();
  for (const run of stored) if (run !== undefined) local.set(run.drillId, run);

  const runs = new Map<string, readonly DrillEventRecord[]>();
  for (const [drillId, run] of local) runs.set(drillId, run.events);
  const writes: DrillRunRecord[] = [];
  const grown = new Set<string>();
  const places: EventPlaces = new Map();
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const [index, run] of incoming.entries()) {
    const mine = local.get(run.drillId);
    if (mine === undefined) {
      counts.added += 1;
      writes.push(run);
      runs.set(run.drillId, run.events);
      run.events.forEach((event, place) => places.set(event, eventRef(index, place, event)));
      grown.add(run.drillId);
      continue;
    }
    const known = new Map(mine.events.map((event) => [event.id, event]));
    const added: DrillEventRecord[] = [];
    for (const [place, event] of run.events.entries()) {
      const same = known.get(event.id);
      if (same === undefined) {
        added.push(event);
        places.set(event, eventRef(index, place, event));
      } else if (canonicalJson(same) !== canonicalJson(event)) {
        const what = `has the same id as an event of drill ${short(run.drillId)} already in the app, but different content. Drill events never change once recorded, so one of the two copies is damaged`;
        return {
          ok: false,
          problem: recordProblem(eventRef(index, place, event), undefined, what),
        };
      }
    }
    if (added.length === 0) {
      counts.unchanged += 1;
      continue;
    }
    const merged = orderRun([...mine.events, ...added]);
    counts.updated += 1;
    runs.set(run.drillId, merged);
    grown.add(run.drillId);
    writes.push({ drillId: mine.drillId, teamId: mine.teamId, events: merged });
  }
  const problem = checkJoinedRuns(inFile, local, runs, grown, places);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, value: { writes, counts, runs, grown } };
}

/**
 * Each drill's run as the file holds it must be sound on its own, its events filed under its drill
 * and team, each event id used once. Checked once, when the file is read: this does not depend on
 * the database. `flatPlaces` names the events of an older file by their place in its flat list.
 */
export function checkFileRuns(
  records: BackupRecords,
  flatPlaces?: ReadonlyMap<DrillEventRecord, number>,
): Problem | null {
  const inFile = fileDrillIds(records);
  const refOf = (index: number, place: number, event: DrillEventRecord): RecordRef => {
    const flat = flatPlaces?.get(event);
    return flat === undefined
      ? eventRef(index, place, event)
      : { store: 'drillRuns', index: flat, id: event.id, event: 'flat' };
  };
  const seen = new Set<string>();
  for (const [index, run] of records.drillRuns.entries()) {
    for (const [place, event] of run.events.entries()) {
      const fault = misfiled(run, event, seen, run.events[place - 1]);
      if (fault !== null) return recordProblem(refOf(index, place, event), fault[0], fault[1]);
      seen.add(event.id);
    }
    // A run of a drill the file does not carry is checked joined with the stored drill's run.
    if (!inFile.has(run.drillId)) continue;
    const fault = findRunFault(run.events);
    if (fault === null) continue;
    const what = `is not a step the app would have recorded in drill ${short(run.drillId)}: ${fault.message}`;
    const place = run.events.indexOf(fault.event);
    return recordProblem(refOf(index, place, fault.event), fault.field, what);
  }
  return null;
}

/** Why an event does not belong where the file puts it, as [field, what], or null. */
function misfiled(
  run: DrillRunRecord,
  event: DrillEventRecord,
  seen: ReadonlySet<string>,
  previous: DrillEventRecord | undefined,
): readonly [string, string] | null {
  if (seen.has(event.id)) return ['id', `is used by an earlier event too: "${event.id}"`];
  // The app keeps a run's events in the order they are read back; so does every file it writes.
  if (previous !== undefined && byRunOrder(previous, event) > 0) {
    return [
      'seq',
      `comes after event seq ${String(previous.seq)} in the file, but before it in the run: a run lists its events in seq order`,
    ];
  }
  if (event.drillId !== run.drillId) {
    return ['drillId', `is not the drill of the run it is in (${short(run.drillId)})`];
  }
  if (event.teamId !== run.teamId) {
    return ['teamId', 'is not the team of the drill the event belongs to'];
  }
  return null;
}

const fileDrillIds = (records: BackupRecords) => new Set(records.drills.map((drill) => drill.id));

/** Runs that join stored events with the file's new ones; a new run of a file's drill is sound. */
function checkJoinedRuns(
  inFile: ReadonlySet<string>,
  local: ReadonlyMap<string, DrillRunRecord>,
  runs: ReadonlyMap<string, readonly DrillEventRecord[]>,
  grown: ReadonlySet<string>,
  fromFile: EventPlaces,
): Problem | null {
  for (const drillId of grown) {
    if (inFile.has(drillId) && !local.has(drillId)) continue;
    const fault = findRunFault(runs.get(drillId) ?? []);
    if (fault === null) continue;
    const ref = fromFile.get(fault.event);
    if (ref === undefined) return divergedRun(drillId, fault.message);
    const what = `is not a step the app would have recorded in drill ${short(drillId)}: ${fault.message}`;
    return recordProblem(ref, fault.field, what);
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
