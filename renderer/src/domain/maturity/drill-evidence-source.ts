// Turns stored drills and their events into what the evidence rules read: the day each drill ran
// and its measures. Kept apart from the rules so they can be tested on plain values.
import type { EpochMs } from '../records/common';
import type { DrillRecord } from '../records/drills';
import type { DrillEventRecord } from '../records/drill-events';
import { localIsoDate } from '../dates/iso-date';
import { measureDrill } from '../drills/measures';
import { boundaryOf, deriveRun } from '../drills/run-state';
import type { EvidenceDrill } from './drill-evidence';

/** Groups events by drill in one pass (events of a team arrive in no particular order). */
export function eventsByDrill(
  events: readonly DrillEventRecord[],
): ReadonlyMap<string, DrillEventRecord[]> {
  const byDrill = new Map<string, DrillEventRecord[]>();
  for (const event of events) {
    const list = byDrill.get(event.drillId) ?? [];
    list.push(event);
    byDrill.set(event.drillId, list);
  }
  for (const list of byDrill.values()) list.sort((a, b) => a.seq - b.seq);
  return byDrill;
}

export function toEvidenceDrills(
  drills: readonly DrillRecord[],
  events: readonly DrillEventRecord[],
  now: EpochMs,
  /** One offset, or the offset at an instant (so a summer drill keeps its date in winter). */
  timeZoneOffsetMinutes: number | ((at: EpochMs) => number),
): EvidenceDrill[] {
  const offsetAt = (at: EpochMs) =>
    typeof timeZoneOffsetMinutes === 'number' ? timeZoneOffsetMinutes : timeZoneOffsetMinutes(at);
  const byDrill = eventsByDrill(events);
  return drills.map((drill) => {
    const state = deriveRun(byDrill.get(drill.id) ?? []);
    const start = boundaryOf(state, 'start');
    return {
      drill,
      ranOn: start === undefined ? drill.plannedFor : localIsoDate(start.at, offsetAt(start.at)),
      measures: measureDrill(state, drill.review, now),
    };
  });
}
