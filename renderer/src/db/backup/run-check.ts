// Drill runs in a backup are checked with the app's own rules: every event must be one the app
// would have recorded at that point of the run (marks in order, nothing before the start, no mark
// while paused…), checked as the run screen checks a key press. A run is also ordered the way the
// app reads it back: by seq, then by id (the order of IndexedDB's [drillId+seq] index), which
// matters once two copies of a drill that diverged are merged and both hold a seq (./events.ts).
import { validateCommand, type DrillCommand } from '../../domain/drills/commands';
import { deriveRun } from '../../domain/drills/run-state';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { byRunOrder } from '../../domain/records/drill-runs';

/** A run longer than this is damage: even a drill left open over a holiday is closed sooner. */
export const RUN_SPAN_MAX_MS = 365 * 24 * 60 * 60 * 1000;

export function orderRun(events: readonly DrillEventRecord[]): DrillEventRecord[] {
  return [...events].sort(byRunOrder);
}

export interface RunFault {
  readonly event: DrillEventRecord;
  readonly field: string;
  readonly message: string;
}

/**
 * A run with more events than this is damage: each event is a key press or a note, and a long
 * drill records a few hundred. The bound also keeps the check below, which derives the run again
 * before every event, from freezing the window on a file with a huge run.
 */
export const RUN_EVENTS_MAX = 2_000;

/** The first event of an ordered run the app would have refused, or null when the run is sound. */
export function findRunFault(ordered: readonly DrillEventRecord[]): RunFault | null {
  const excess = ordered[RUN_EVENTS_MAX];
  if (excess !== undefined) {
    return {
      event: excess,
      field: 'drillId',
      message: `the drill has ${ordered.length.toLocaleString('en')} events, more than the ${RUN_EVENTS_MAX.toLocaleString('en')} any run records`,
    };
  }
  const first = ordered[0];
  for (let index = 0; index < ordered.length; index++) {
    const event = ordered[index] as DrillEventRecord;
    if (first !== undefined && Math.abs(event.at - first.at) > RUN_SPAN_MAX_MS) {
      return {
        event,
        field: 'at',
        message: 'it is more than a year away from the start of the run',
      };
    }
    // A correction may not move a mark past the moment it was recorded.
    const checked = validateCommand(
      deriveRun(ordered.slice(0, index)),
      commandOf(event),
      event.recordedAt,
    );
    if (!checked.ok) {
      const [field, message] = Object.entries(checked.errors)[0] ?? ['form', 'is refused'];
      return {
        event,
        field: field === 'form' ? 'kind' : field,
        message: message.replace(/\.$/u, ''),
      };
    }
    const body = checked.value.body;
    // The app decides which mark a key press records; an event naming another one is not its own.
    if ('mark' in body && 'mark' in event && body.mark !== event.mark) {
      return { event, field: 'mark', message: `the mark here should be "${body.mark}"` };
    }
    if (body.kind === 'correct' && event.kind === 'correct' && body.from !== event.from) {
      return {
        event,
        field: 'from',
        message: 'it is not the time the mark had before the correction',
      };
    }
  }
  return null;
}

function commandOf(event: DrillEventRecord): DrillCommand {
  // The stored event carries every field its command had; the extra ones (id, seq…) are ignored.
  return event;
}
