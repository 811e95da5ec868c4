// Reading one time from a file. A time with an offset ("…Z", "…+02:00") is an instant as written;
// a time without one is a wall-clock time, read in the zone the user chose (see time-zone.ts).
//
// ISO 8601 / RFC 3339 text is read here with one strict pattern: it is a fixed grammar, and
// twenty thousand incidents hold a hundred thousand of them, far too many for a general parser
// (Luxon's ISO reader costs ten times as much). Any other layout (Jira's "25/Feb/26 3:51 PM", a
// user's "dd.MM.yyyy HH:mm") goes through Luxon's format parser, built once per file.
import { DateTime } from 'luxon';
import type { EpochMs } from './incident';
import type { TimeZone } from './time-zone';
import { EPOCH_LAYOUTS, ISO_LAYOUTS, isUsableLayout } from './time-layouts';

export { EPOCH_LAYOUTS, isUsableLayout };

export type TimeRead =
  | { readonly ok: true; readonly at: EpochMs; readonly zoneless: boolean; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

export interface TimeReader {
  /** The layout, in words for messages: `ISO 8601`, `the date format "dd/MMM/yy h:mm a"`. */
  readonly layout: string;
  readonly read: (text: string) => TimeRead;
}

/** Times before 2000 or after 2200 are damage (an epoch of 0, seconds read as milliseconds). */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

export function inRange(at: EpochMs): boolean {
  return Number.isFinite(at) && at >= EARLIEST_TIME && at < LATEST_TIME;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s?(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;

/** Fields of a wall time encoded as if UTC, or undefined when they name no real time. */
export function wallTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 31 February over into March; a real date reads back the same day.
  return new Date(wall).getUTCDate() === day ? wall : undefined;
}

/** `zone` reads times written without an offset; without one, such a time is refused. */
export function isoReader(zone: TimeZone | undefined): TimeReader {
  return {
    layout: 'ISO 8601',
    read(text) {
      const match = ISO.exec(text.trim());
      if (match === null) return { ok: false, reason: 'is not a date and time' };
      const [, y, mo, d, h, mi, s, frac, offset] = match;
      if (h === undefined || mi === undefined) {
        return { ok: false, reason: 'is a date without a time of day' };
      }
      const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
      const wall = wallTime(+(y ?? 0), +(mo ?? 0), +(d ?? 0), +h, +mi, +(s ?? 0), ms);
      if (wall === undefined) return { ok: false, reason: 'is not a real date and time' };
      if (offset !== undefined)
        return { ok: true, at: wall - offsetMinutes(offset) * 60_000, zoneless: false };
      if (zone === undefined) {
        return { ok: false, reason: 'has no time zone, and this file says none for its times' };
      }
      const reading = zone.resolve(wall, text.trim());
      return {
        ok: true,
        at: reading.at,
        zoneless: true,
        ...(reading.note === undefined ? {} : { note: reading.note }),
      };
    },
  };
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z' || offset === 'z' || offset === 'UTC') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** Formats name Luxon's tokens; those carrying an offset (Z, ZZ, ZZZ) are read as instants. */
export function formatReader(format: string, zone: TimeZone): TimeReader {
  const parser = DateTime.buildFormatParser(format, { locale: LOCALE });
  const carriesOffset = /(^|[^'])Z/.test(format);
  const layout = `the date format "${format}"`;
  return {
    layout,
    read(text) {
      const trimmed = text.trim();
      // Read in UTC, Luxon gives the wall time's fields as if UTC; the chosen zone places them.
      const parsed = DateTime.fromFormatParser(trimmed, parser, {
        locale: LOCALE,
        zone: 'utc',
        setZone: carriesOffset,
      });
      if (!parsed.isValid) {
        return parsed.invalidReason === 'unparsable'
          ? { ok: false, reason: `does not match ${layout}` }
          : { ok: false, reason: 'is not a real date and time' };
      }
      if (carriesOffset) return { ok: true, at: parsed.toMillis(), zoneless: false };
      const reading = zone.resolve(parsed.toMillis(), trimmed);
      return {
        ok: true,
        at: reading.at,
        zoneless: true,
        ...(reading.note === undefined ? {} : { note: reading.note }),
      };
    },
  };
}

/** Month and day names are read in English, as the tools write them in their exports. */
const LOCALE = 'en-US';

/** Seconds or milliseconds since 1970, as some spreadsheets and scripts write them. */
export function epochReader(unit: 'seconds' | 'milliseconds'): TimeReader {
  const factor = unit === 'seconds' ? 1000 : 1;
  return {
    layout: `${unit} since 1970`,
    read(text) {
      const trimmed = text.trim();
      if (!/^\d+(\.\d+)?$/.test(trimmed))
        return { ok: false, reason: `is not a number of ${unit}` };
      return { ok: true, at: Math.round(Number(trimmed) * factor), zoneless: false };
    },
  };
}

/** The layouts the fast ISO reader covers, under the names users and tools give them. */

/**
 * A reader for a named layout: "iso", "epoch-seconds", "epoch-milliseconds", or Luxon tokens
 * ("dd/MMM/yy h:mm a"). ISO-shaped layouts take the fast path.
 */
export function readerFor(layout: string, zone: TimeZone): TimeReader {
  if (ISO_LAYOUTS.has(layout)) return isoReader(zone);
  if (layout === 'epoch-seconds' || layout === 'epoch-milliseconds') {
    return epochReader(EPOCH_LAYOUTS[layout]);
  }
  return formatReader(layout, zone);
}
