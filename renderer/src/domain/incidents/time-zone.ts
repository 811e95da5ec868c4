// Turning a wall-clock time written without a zone into an instant, in the zone the user chose.
// Around a daylight-saving change a local time can happen twice (clocks go back) or never (clocks
// go forward); both are handled the same way every time and said in words, never silently.
//
// The offsets come from the IANA database through Luxon (which asks Intl). Asking costs about as
// much as reading the rest of an incident, and every time needs three answers, so each year a
// file touches is asked once: its offset changes are found (day by day, then to the millisecond)
// and every later question is a look-up in that short list.
import { IANAZone } from 'luxon';
import type { EpochMs } from './incident';
import { formatInstantTime, formatUtcOffset, reportReader } from '../dates/format';
import { isKnownTimeZone } from './time-zone-name';

export { isKnownTimeZone };

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A year's offsets: `offsets[i]` is in force from `starts[i]` until the next start. */
interface YearOffsets {
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

export interface ZoneReading {
  readonly at: EpochMs;
  /** Set when the local time was ambiguous or did not exist. */
  readonly note?: string;
}

export interface TimeZone {
  readonly name: string;
  /** Offset from UTC in minutes at an instant (Berlin in summer: 120). */
  offsetAt(at: EpochMs): number;
  /**
   * The instant a local wall time names. `wall` is the wall time's fields encoded as if UTC
   * (Date.UTC(year, month, day, …)); `written` is the text, for the note.
   */
  resolve(wall: number, written: string): ZoneReading;
}

/** One per import: the memory of offsets lives as long as the file being read. */
export function timeZone(name: string): TimeZone {
  if (!isKnownTimeZone(name)) throw new Error(`Unknown time zone: ${name}`);
  const zone = IANAZone.create(name);
  const years = new Map<number, YearOffsets>();
  const offsetAt = (at: EpochMs) => {
    const year = new Date(at).getUTCFullYear();
    let table = years.get(year);
    if (table === undefined) {
      table = yearOffsets(year, (t) => zone.offset(t));
      years.set(year, table);
    }
    let index = 0;
    while (index + 1 < table.starts.length && (table.starts[index + 1] ?? 0) <= at) index += 1;
    return table.offsets[index] ?? zone.offset(at);
  };
  return {
    name,
    offsetAt,
    resolve: (wall, written) => resolveWall(wall, written, name, offsetAt),
  };
}

/** Offset changes happen at most once a day, so a day-by-day walk finds every one of them. */
function yearOffsets(year: number, offsetOf: (at: EpochMs) => number): YearOffsets {
  const begin = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const starts = [begin];
  const offsets = [offsetOf(begin)];
  let before = begin;
  let offset = offsets[0] ?? 0;
  for (let day = begin + DAY_MS; day <= end; day += DAY_MS) {
    const next = offsetOf(day);
    if (next !== offset) {
      // The change lies in (before, day]: halve the interval down to the millisecond.
      let low = before;
      let high = day;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetOf(middle) === offset) low = middle;
        else high = middle;
      }
      starts.push(high);
      offsets.push(next);
      offset = next;
    }
    before = day;
  }
  return { starts, offsets };
}

function resolveWall(
  wall: number,
  written: string,
  zoneName: string,
  offsetAt: (at: EpochMs) => number,
): ZoneReading {
  // No zone is more than 14 h from UTC, and offset changes are weeks apart: the offsets a day
  // either side are the only two the instant can have.
  const earlyOffset = offsetAt(wall - DAY_MS);
  const lateOffset = offsetAt(wall + DAY_MS);
  const early = wall - earlyOffset * MINUTE_MS;
  const late = wall - lateOffset * MINUTE_MS;
  const earlyFits = offsetAt(early) === earlyOffset;
  const lateFits = offsetAt(late) === lateOffset;
  if (earlyOffset === lateOffset || (earlyFits && !lateFits)) return { at: early };
  if (lateFits && !earlyFits) return { at: late };
  if (earlyFits && lateFits) {
    const at = Math.min(early, late);
    return {
      at,
      note: `${written} happened twice in ${zoneName} (the clocks went back); read as the first, at ${formatUtcOffset(offsetAt(at))}.`,
    };
  }
  // Clocks went forward over this time: read it with the offset in force just before the change,
  // which lands as far past the change as the time was past it (02:30 → 03:30 in Berlin).
  return {
    at: early,
    note: `${written} did not exist in ${zoneName} (the clocks went forward); read at ${formatUtcOffset(earlyOffset)}, which is ${wallText(early + lateOffset * MINUTE_MS)} local time.`,
  };
}

/** "02:30": a wall time (its fields encoded as if UTC) to the minute, on the reports' fixed clock. */
function wallText(wall: number): string {
  return formatInstantTime(wall, reportReader('UTC'), { seconds: false });
}
