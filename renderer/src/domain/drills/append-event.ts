// A command applied to a drill's stored run: the checked event with the next seq, the run with
// the event at its end, and the drill's record with its status kept in step. Pure, so a mark can
// be built before its transaction asks for the stored records (see the drill events repository).
import type { Outcome } from '../outcome';
import type { EpochMs, Id } from '../records/common';
import type { DrillEventRecord } from '../records/drill-events';
import type { DrillRunRecord } from '../records/drill-runs';
import { readDrill, type DrillRecord } from '../records/drills';
import { validateCommand, type CommandField, type DrillCommand } from './commands';
import { drillStatusOf } from './drill-status';
import { deriveRun } from './run-state';

export interface Appended {
  readonly event: DrillEventRecord;
  /** The run to write: every stored event, then this one. */
  readonly run: DrillRunRecord;
  /** The drill as stored, before this command. */
  readonly stored: DrillRecord;
  /** The drill to write when its status changes with this command; null when it does not. */
  readonly drill: DrillRecord | null;
}

/**
 * `stored` and `run` are the records as stored (a drill in an older shape is read through its
 * kind); the records returned to write are new objects, and the stored ones are left as they were.
 */
export function appendToRun(
  stored: DrillRecord,
  run: DrillRunRecord | undefined,
  command: DrillCommand,
  deps: { readonly now: () => EpochMs; readonly newId: () => Id },
): Outcome<Appended, CommandField> {
  const drill = readDrill(stored);
  const before = deriveRun(run?.events ?? []);
  const checked = validateCommand(before, command, deps.now(), drill.kit);
  if (!checked.ok) return checked;
  const event = {
    id: deps.newId(),
    drillId: drill.id,
    teamId: drill.teamId,
    seq: before.lastSeq + 1,
    at: checked.value.at,
    recordedAt: deps.now(),
    ...checked.value.body,
  } as DrillEventRecord;
  const status = drillStatusOf(deriveRun([...before.events, event]));
  return {
    ok: true,
    value: {
      event,
      run: { drillId: drill.id, teamId: drill.teamId, events: [...(run?.events ?? []), event] },
      stored,
      drill: status === drill.status ? null : { ...stored, status, updatedAt: event.recordedAt },
    },
  };
}
