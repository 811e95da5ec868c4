// What Home shows, computed from a team's drills: the latest runs, the next planned drill and the
// median time to recover per calendar quarter (on windows the data can support). Pure, so it is tested without a screen.
import type { IsoDate } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
import { recoveryHeadline, type HeadlineQuarter } from '../../domain/trends/headline';
import type { PreparedIncident } from '../../domain/reality/prepare';
import { shiftDate } from '../../domain/dates/iso-date';
import { MINUTE_MS } from '../../domain/drills/phases';
import { summarise, type Summary } from '../../domain/stats/summary';

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

export interface RecoveryMedians {
  /** The first day counted; the window ends today. */
  readonly from: IsoDate;
  /** Completed drills with a measured recovery time, in minutes. */
  readonly drills: Summary;
  /** Recovered incidents with a recorded recovery time, in minutes. */
  readonly incidents: Summary;
}

/**
 * Median time to recover in drills and in real incidents over the same window (the last 12 months
 * by default), each with its n: Home's answer to "do our drills predict reality?". An incident
 * whose tool recorded no recovery time is left out of its n, never counted as 0.
 */
export function recoveryMedians(
  drills: readonly EvidenceDrill[],
  incidents: readonly PreparedIncident[],
  today: IsoDate,
  months = 12,
): RecoveryMedians {
  const from = shiftDate(today, { months: -months, days: 1 });
  const inWindow = (date: IsoDate) => date >= from && date <= today;
  const minutes = (values: readonly (number | undefined)[]) =>
    summarise(values.flatMap((ms) => (ms === undefined ? [] : [ms / MINUTE_MS])));
  return {
    from,
    drills: minutes(
      drills
        .filter((entry) => entry.drill.status === 'completed' && inWindow(entry.ranOn))
        .map((entry) => entry.measures.timeToRecover),
    ),
    incidents: minutes(
      incidents
        .filter((incident) => inWindow(incident.date))
        .map((incident) => incident.measures.timeToRecover),
    ),
  };
}
