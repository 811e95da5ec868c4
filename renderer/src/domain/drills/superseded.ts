// Which recorded times a correction replaced. The timeline keeps every event as it was recorded, so
// a corrected mark still lists its first time: that time is marked as superseded (in words, not
// only struck through) and names the time that replaced it, the mark's time as corrected last.
import type { EpochMs } from '../records/common';
import type { DrillEventRecord } from '../records/drill-events';
import type { RunState } from './run-state';

/** The time that replaced this event's time, or null when nothing replaced it. */
export function supersededBy(event: DrillEventRecord, state: RunState): EpochMs | null {
  if (event.kind === 'mark') {
    const live = state.boundaries.find((b) => b.seq === event.seq);
    return live !== undefined && live.corrections.length > 0 ? live.at : null;
  }
  if (event.kind === 'correct') {
    const live = state.boundaries.find((b) => b.corrections.some((c) => c.seq === event.seq));
    return live !== undefined && live.corrections.at(-1)?.seq !== event.seq ? live.at : null;
  }
  return null;
}
