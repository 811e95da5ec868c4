// What Home shows, computed from a team's drills: the latest runs, the next planned drill and the
// median time to recover per calendar quarter. Pure, so it is tested without a screen.
import type { IsoDate } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
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

export interface QuarterRecovery {
  /** "Q3 2026". */
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Of the time to recover (ms) of the quarter's completed drills. */
  readonly summary: Summary;
}

interface Quarter {
  readonly year: number;
  /** 0–3. */
  readonly index: number;
}

function quarterOf(date: IsoDate): Quarter {
  const [year = 1970, month = 1] = date.split('-').map(Number);
  return { year, index: Math.floor((month - 1) / 3) };
}

function shift(quarter: Quarter, by: number): Quarter {
  const total = quarter.year * 4 + quarter.index + by;
  return { year: Math.floor(total / 4), index: total - Math.floor(total / 4) * 4 };
}

const pad = (value: number) => String(value).padStart(2, '0');
const LAST_DAY = [31, 30, 30, 31] as const;

function bounds({ year, index }: Quarter): { from: IsoDate; to: IsoDate } {
  return {
    from: `${year}-${pad(index * 3 + 1)}-01`,
    to: `${year}-${pad(index * 3 + 3)}-${LAST_DAY[index] ?? 31}`,
  };
}

/**
 * Median time to recover per calendar quarter, oldest first, ending with the current quarter
 * (which is still running). Only completed drills with a measured recovery time count.
 */
export function recoveryByQuarter(
  drills: readonly EvidenceDrill[],
  today: IsoDate,
  quarters = 6,
): QuarterRecovery[] {
  const current = quarterOf(today);
  return Array.from({ length: quarters }, (_, position) => {
    const quarter = shift(current, position - quarters + 1);
    const { from, to } = bounds(quarter);
    const times = drills.flatMap((entry) =>
      entry.drill.status === 'completed' &&
      entry.measures.timeToRecover !== undefined &&
      entry.ranOn >= from &&
      entry.ranOn <= to
        ? [entry.measures.timeToRecover]
        : [],
    );
    return { label: `Q${quarter.index + 1} ${quarter.year}`, from, to, summary: summarise(times) };
  });
}
