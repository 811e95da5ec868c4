// What Home shows, computed from a team's drills: the latest runs, the next planned drill and the
// median time to recover per calendar quarter (on windows the data can support). Pure, so it is tested without a screen.
import type { IsoDate } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
import { recoveryHeadline, type HeadlineQuarter } from '../../domain/trends/headline';

/** The latest drills that ran to an end (completed or aborted), newest first. */
export function lastDrills(drills: readonly EvidenceDrill[], count = 3): EvidenceDrill[] {
  return drills
    .filter((entry) => entry.drill.status === 'completed' || entry.drill.status === 'aborted')
    .sort((a, b) => b.ranOn.localeCompare(a.ranOn) || b.drill.createdAt - a.drill.createdAt)
    .slice(0, count);
}

/** The planned drill that comes next: the earliest planned for today or later. */
export function nextPlanned(
  drills: readonly DrillRecord[],
  today: IsoDate,
): DrillRecord | undefined {
  return drills
    .filter((drill) => drill.status === 'planned' && drill.plannedFor >= today)
    .sort((a, b) => a.plannedFor.localeCompare(b.plannedFor) || a.createdAt - b.createdAt)[0];
}

export type QuarterRecovery = HeadlineQuarter;

/**
 * Median time to recover per calendar quarter, oldest first, ending with the current quarter
 * (which is still running), each over a window that reaches back to enough drills (see headline).
 * Only completed drills with a measured recovery time count.
 */
export function recoveryByQuarter(
  drills: readonly EvidenceDrill[],
  today: IsoDate,
  quarters = 6,
): QuarterRecovery[] {
  const points = drills.flatMap((entry) =>
    entry.drill.status === 'completed' && entry.measures.timeToRecover !== undefined
      ? [{ date: entry.ranOn, value: entry.measures.timeToRecover }]
      : [],
  );
  return recoveryHeadline(points, today, quarters);
}
