// The run of a drill, as append-only events held in one record per drill (`drillRuns`). `append`
// is the one write path: inside a single read-write transaction it reads the drill and its run,
// checks the command against the state its events derive, gives the event the next seq and writes
// the run with the event at its end, with the drill's status kept in step. The promise settles
// only after the transaction commits, and the database uses strict durability, so a resolved
// append is on disk: the screen may then show the mark as recorded.
//
// A facilitator waits for each mark, and each IndexedDB round trip is about as long as a whole
// strict write. So the next mark is built from what this window last committed to the drill, and
// its transaction asks to read the drill and the run and to write the new run at once: the reads
// come back before the write is done, and if what they found is not what the mark was built from
// (another window marked, an import merged, the drill was edited), the transaction is aborted,
// the write undone with it, and the mark is built again from what is stored.
import type { CommandField, DrillCommand } from '../../domain/drills/commands';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import type { DrillRunRecord } from '../../domain/records/drill-runs';
import type { DrillRecord } from '../../domain/records/drills';
import { appendToRun, type Appended } from '../../domain/drills/append-event';
import type { RepositoryContext } from './context';

export interface DrillEventsRepository {
  /** In seq order. */
  listForDrill(drillId: Id): Promise<DrillEventRecord[]>;
  /** Every event of a team's drills, in no particular order (deriving a run sorts by seq). */
  listForTeam(teamId: Id): Promise<DrillEventRecord[]>;
  append(drillId: Id, command: DrillCommand): Promise<Outcome<DrillEventRecord, CommandField>>;
}

/** The drill and its run as this window last committed them: stored records, never changed. */
interface Known {
  readonly drill: DrillRecord;
  readonly run: DrillRunRecord;
}

/** What was stored is not what the mark was built from: build it again from the stored records. */
class Outdated extends Error {}

/** The same stored record: both read back from IndexedDB, or one as it was written. */
const same = (stored: unknown, known: unknown): boolean =>
  JSON.stringify(stored) === JSON.stringify(known);

export function createDrillEventsRepository(context: RepositoryContext): DrillEventsRepository {
  const { db } = context;
  const eventsOf = async (drillId: Id): Promise<DrillEventRecord[]> => [
    ...((await db.drillRuns.get(drillId))?.events ?? []),
  ];
  // One drill at a time is run in a window; a second one only costs its first mark a read.
  let known: (Known & { readonly drillId: Id }) | null = null;

  const writes = (appended: Appended): Promise<unknown> =>
    Promise.all([
      db.drillRuns.put(appended.run),
      appended.drill === null ? undefined : db.drills.put(appended.drill),
    ]);

  /** Reads, checks and writes one after another: the first mark, or one the known run misled. */
  const appendStored = (drillId: Id, command: DrillCommand) =>
    db.transaction('rw', [db.drills, db.drillRuns], async () => {
      // Side by side: each read is a round trip, and a mark waits for them.
      const [drill, run] = await Promise.all([db.drills.get(drillId), db.drillRuns.get(drillId)]);
      if (drill === undefined) return refuse('This drill has been deleted.');
      const appended = appendToRun(drill, run, command, context);
      if (appended.ok) await writes(appended.value);
      return appended;
    });

  /**
   * Writes a mark built from the known run while reading what is stored; kept only if the same.
   * Promises chained, not awaited: Dexie follows an async scope's awaits with a hundred microtasks
   * each, which would run between the replies the mark waits for.
   */
  const appendKnown = (drillId: Id, from: Known, appended: Appended) =>
    db.transaction('rw', [db.drills, db.drillRuns], () => {
      const reads = Promise.all([db.drills.get(drillId), db.drillRuns.get(drillId)]);
      const written = writes(appended);
      // Its failure is the transaction's, which the chain below or the abort reports.
      written.catch(() => undefined);
      return reads.then(([drill, run]) => {
        // Checked while the write is still pending, so the transaction cannot have committed:
        // throwing aborts it and undoes the write.
        if (!same(drill, from.drill) || !same(run, from.run)) throw new Outdated();
        return written;
      });
    });

  return {
    listForDrill: eventsOf,
    listForTeam: async (teamId) =>
      (await db.drillRuns.where('teamId').equals(teamId).toArray()).flatMap((run) => run.events),
    append: async (drillId, command) => {
      const from = known?.drillId === drillId ? known : null;
      known = null;
      let appended: Outcome<Appended, CommandField> | null = null;
      // A command the known run refuses is asked of the stored one, which has the last word.
      const built = from === null ? null : appendToRun(from.drill, from.run, command, context);
      if (from !== null && built?.ok === true) {
        try {
          await appendKnown(drillId, from, built.value);
          appended = built;
        } catch (error: unknown) {
          if (!(error instanceof Outdated)) throw error;
        }
      }
      appended ??= await appendStored(drillId, command);
      if (!appended.ok) return appended;
      const { run, drill, stored, event } = appended.value;
      known = { drillId, run, drill: drill ?? stored };
      return { ok: true, value: event };
    },
  };
}
