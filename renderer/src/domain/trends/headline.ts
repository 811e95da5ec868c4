// Home's headline: median time to recover per calendar quarter, on windows the data can support.
// A team that runs two to four drills a quarter (most teams) would see every quarter's median
// flagged as not reliable, which says nothing. So each quarter's window is the quarter's own
// drills when there are at least SMALL_SAMPLE of them, and otherwise reaches back to the latest
// SMALL_SAMPLE drills up to the quarter's end: every bar then stands on at least that many drills
// once the team has run them, and the chart says, per quarter, how far back it reached. A quarter
// without a drill of its own has no bar: reaching back would show a figure for a quarter in which
// nothing was measured.
import type { IsoDate } from '../records/common';
import { SMALL_SAMPLE, summarise, type Summary } from '../stats/summary';

export interface HeadlinePoint {
  /** The day the drill ran. */
  readonly date: IsoDate;
  /** Its time to recover. */
  readonly value: number;
}

export interface HeadlineQuarter {
  /** "Q3 2026". */
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Drills that ran in the quarter itself. */
  readonly inQuarter: number;
  /** Drills from before the quarter the window reached back to (0 when it did not). */
  readonly earlier: number;
  /** The first day of the window: the quarter's first day, or the earliest drill reached. */
  readonly windowFrom: IsoDate;
  /** Of the window's values: n counts every drill in the window. */
  readonly summary: Summary;
}

export const HEADLINE_RULE = `Each bar is the median of the quarter's completed drills; when a quarter has fewer than ${SMALL_SAMPLE}, it reaches back to the latest ${SMALL_SAMPLE} drills up to the quarter's end, so each bar stands on at least ${SMALL_SAMPLE} drills once the team has run that many. A quarter without a drill of its own has no bar.`;

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
 * The last `quarters` calendar quarters, oldest first, ending with the current one (still
 * running), each with its window and the median over it.
 */
export function recoveryHeadline(
  points: readonly HeadlinePoint[],
  today: IsoDate,
  quarters = 6,
  minimum = SMALL_SAMPLE,
): HeadlineQuarter[] {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const current = quarterOf(today);
  return Array.from({ length: quarters }, (_, position) => {
    const quarter = shift(current, position - quarters + 1);
    const { from, to } = bounds(quarter);
    const upToEnd = sorted.filter((point) => point.date <= to);
    const own = upToEnd.filter((point) => point.date >= from);
    // Named apart from the browser's global, which the domain never touches.
    const reach =
      own.length === 0 || own.length >= minimum
        ? own
        : upToEnd.slice(Math.max(0, upToEnd.length - Math.max(minimum, own.length)));
    return {
      label: `Q${quarter.index + 1} ${quarter.year}`,
      from,
      to,
      inQuarter: own.length,
      earlier: reach.length - own.length,
      windowFrom: reach[0] !== undefined && reach[0].date < from ? reach[0].date : from,
      summary: summarise(reach.map((point) => point.value)),
    };
  });
}
