// Turning a wall-clock time written without a zone into an instant, in the zone the user chose.
// Around a daylight-saving change a local time can happen twice (clocks go back) or never (clocks
// go forward); both are handled the same way every time and said in words, never silently.
//
// The offsets come from the IANA database through Luxon (which asks Intl). Asking is slow next to
// the rest of an import, so offsets are remembered per quarter hour: every offset change since
// 1970 in every zone falls on a quarter hour, so a quarter hour never holds two offsets.
import { IANAZone } from 'luxon';
import type { EpochMs } from './incident';

const MINUTE_MS = 60_000;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;

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

export function isKnownTimeZone(name: string): boolean {
  return name.trim() !== '' && IANAZone.isValidZone(name);
}

/** One per import: the memory of offsets lives as long as the file being read. */
export function timeZone(name: string): TimeZone {
  if (!isKnownTimeZone(name)) throw new Error(`Unknown time zone: ${name}`);
  const zone = IANAZone.create(name);
  const remembered = new Map<number, number>();
  const offsetAt = (at: EpochMs) => {
    const bucket = Math.floor(at / QUARTER_HOUR_MS);
    let offset = remembered.get(bucket);
    if (offset === undefined) {
      offset = zone.offset(at);
      remembered.set(bucket, offset);
    }
    return offset;
  };
  return {
    name,
    offsetAt,
    resolve: (wall, written) => resolveWall(wall, written, name, offsetAt),
  };
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
      note: `${written} happened twice in ${zoneName} (the clocks went back); read as the first, at ${utcOffset(offsetAt(at))}.`,
    };
  }
  // Clocks went forward over this time: read it with the offset in force just before the change,
  // which lands as far past the change as the time was past it (02:30 → 03:30 in Berlin).
  return {
    at: early,
    note: `${written} did not exist in ${zoneName} (the clocks went forward); read at ${utcOffset(earlyOffset)}, which is ${wallText(early + lateOffset * MINUTE_MS)} local time.`,
  };
}

/** "UTC+02:00", "UTC−03:30". */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  return `UTC${sign}${hours}:${String(abs % 60).padStart(2, '0')}`;
}

function wallText(wall: number): string {
  return new Date(wall).toISOString().slice(11, 16);
}
