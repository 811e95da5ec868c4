// A drill's run: every event recorded in one drill, in seq order, stored as one record keyed by
// the drill. One record per drill (rather than one per event) is what lets a large history be
// written and read quickly: IndexedDB's cost is mostly per record. The events keep their own shape
// (./drill-events.ts) and stay append-only: a mark appends to the run inside one transaction that
// re-reads it, and backups merge runs by event id.
import * as z from 'zod/mini';
import { isStoredShape, recordId, type Id, type StoredShape } from './common';
import { defineRecordKind } from './define';
import { drillEventKind, type DrillEventRecord } from './drill-events';

export interface DrillRunRecord {
  readonly drillId: Id;
  readonly teamId: Id;
  /** In run order: by seq, then by id. */
  readonly events: readonly DrillEventRecord[];
}

/** The order a run's events are read in: by seq, then by id (the order of the old index). */
export function byRunOrder(a: DrillEventRecord, b: DrillEventRecord): number {
  return a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Events grouped into one run per drill, each in run order, runs by drill id. A run's team is its
 * events' team (the first event's in run order); an event filed under another team or drill than
 * its run is left for the checks to name. This is how every flat list of events becomes runs: the
 * upgrade of a stored database and an older backup file use it alike.
 */
export function runsFromEvents(events: readonly DrillEventRecord[]): DrillRunRecord[] {
  const byDrill = new Map<Id, DrillEventRecord[]>();
  for (const event of events) {
    const run = byDrill.get(event.drillId);
    if (run === undefined) byDrill.set(event.drillId, [event]);
    else run.push(event);
  }
  const runs: DrillRunRecord[] = [];
  for (const [drillId, list] of byDrill) {
    list.sort(byRunOrder);
    runs.push({ drillId, teamId: list[0]?.teamId ?? '', events: list });
  }
  return runs.sort((a, b) => (a.drillId < b.drillId ? -1 : a.drillId > b.drillId ? 1 : 0));
}

export const drillRunKind = defineRecordKind<DrillRunRecord>()({
  store: 'drillRuns',
  label: { one: 'Drill run', all: 'Drill runs' },
  key: 'drillId',
  indexes: 'drillId, teamId',
  owners: { drillId: 'drills', teamId: 'teams' },
  schema: () =>
    z.strictObject({
      drillId: recordId(),
      teamId: recordId(),
      // The length of a run is bounded by the run check, which names the drill.
      events: z.array(drillEventKind.schema()),
    }),
  // Runs exist since schema version 4, whose events had every field they have today; each event
  // is still brought up to date by its own kind's restore.
  restore: (stored: StoredShape) => {
    const events: unknown = stored.events;
    if (!Array.isArray(events)) return stored;
    const restored = events.map((event: unknown) =>
      isStoredShape(event) ? drillEventKind.restore(event) : event,
    );
    return restored.every((event, index) => event === events[index])
      ? stored
      : { ...stored, events: restored };
  },
});
