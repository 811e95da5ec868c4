// The run of a drill, as append-only events held in one record per drill (`drillRuns`). `append`
// is the one write path: inside a single read-write transaction it re-reads the drill's run,
// checks the command against the state its events derive, gives the event the next seq and writes
// the run with the event at its end, with the drill's status kept in step. The promise settles
// only after the transaction commits, and the database uses strict durability, so a resolved
// append is on disk: the screen may then show the mark as recorded.
import {
  validateCommand,
  type CommandField,
  type DrillCommand,
} from '../../domain/drills/commands';
import { drillStatusOf } from '../../domain/drills/drill-status';
import { deriveRun } from '../../domain/drills/run-state';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { readDrill } from '../../domain/records/drills';
import type { RepositoryContext } from './context';

export interface DrillEventsRepository {
  /** In seq order. */
  listForDrill(drillId: Id): Promise<DrillEventRecord[]>;
  /** Every event of a team's drills, in no particular order (deriving a run sorts by seq). */
  listForTeam(teamId: Id): Promise<DrillEventRecord[]>;
  append(drillId: Id, command: DrillCommand): Promise<Outcome<DrillEventRecord, CommandField>>;
}

export function createDrillEventsRepository(context: RepositoryContext): DrillEventsRepository {
  const { db, now, newId } = context;
  const eventsOf = async (drillId: Id): Promise<DrillEventRecord[]> => [
    ...((await db.drillRuns.get(drillId))?.events ?? []),
  ];

  return {
    listForDrill: eventsOf,
    listForTeam: async (teamId) =>
      (await db.drillRuns.where('teamId').equals(teamId).toArray()).flatMap((run) => run.events),
    append: (drillId, command) =>
      db.transaction(
        'rw',
        [db.drills, db.drillRuns],
        async (): Promise<Outcome<DrillEventRecord, CommandField>> => {
          // Both read again inside this transaction, side by side (each read is a round trip, and
          // a mark waits for them): a mark recorded by another window a moment ago is part of
          // the run this one appends to, never overwritten by it.
          const [stored, run] = await Promise.all([
            db.drills.get(drillId),
            db.drillRuns.get(drillId),
          ]);
          const drill = stored === undefined ? undefined : readDrill(stored);
          if (drill === undefined) {
            return refuse('This drill has been deleted.');
          }
          const before = deriveRun(run?.events ?? []);
          const checked = validateCommand(before, command, now(), drill.kit);
          if (!checked.ok) return checked;
          const event = {
            id: newId(),
            drillId,
            teamId: drill.teamId,
            seq: before.lastSeq + 1,
            at: checked.value.at,
            recordedAt: now(),
            ...checked.value.body,
          } as DrillEventRecord;
          await db.drillRuns.put({
            drillId,
            teamId: drill.teamId,
            events: [...(run?.events ?? []), event],
          });
          const status = drillStatusOf(deriveRun([...before.events, event]));
          if (status !== drill.status) {
            await db.drills.update(drillId, { status, updatedAt: event.recordedAt });
          }
          return { ok: true, value: event };
        },
      ),
  };
}
