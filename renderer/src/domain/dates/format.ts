// How the app writes dates and times, on every screen, report and export. The names say what they
// take: an `IsoDate` is a calendar date with no time zone ('2025-12-19', "due on the 19th"); an
// instant is epoch milliseconds, which only becomes a day or a time of day in a zone.
//
// The policy, written once:
// - One clock: every time of day, on screens and on paper, is written on a 24-hour clock
//   ("14:03:12"). Drills are timed to the second and their times are read side by side (the run
//   screen, the timeline, the report a manager in another country reads); a 12-hour clock on one
//   and a 24-hour clock on the other made the same mark look like two times.
// - Screens write times in the user's time zone, and the words around them (a long month, "at") in
//   the user's locale. The app reads both once, at its edge (platform/reader.ts), and passes them
//   in as a `DateReader`; no screen asks the browser itself.
// - Reports fix theirs, so the same data prints the same text on any machine: `reportReader(zone)`
//   writes English in the zone it is given, and a report names that zone beside its times
//   (`formatUtcOffset`).
// - Dates without a time of day, whether a calendar date or the day or month of an instant, read
//   "19 Dec 2025" and "Dec 2025" for every reader, on screens as on paper (`DATE_LOCALE`): lists,
//   headers and reports never show a date as `YYYY-MM-DD`, which is only the value date fields
//   (components/DateField) and files exchange.
import type { EpochMs } from '../records/common';
import { isIsoDate, type IsoDate } from './iso-date';

/**
 * The offset from UTC in force at an instant, in minutes as `Date#getTimezoneOffset` gives them
 * (UTC+1 is -60): what a zone is when only its offsets are known.
 */
export type ZoneOffsetAt = (at: EpochMs) => number;

/** A time zone: an IANA name ('Europe/Berlin', 'UTC') or the offset in force at each instant. */
export type Zone = string | ZoneOffsetAt;

/** Who a time is written for. */
export interface DateReader {
  /** A BCP 47 locale ('en-GB', 'en-US'): the order of the parts and their words. */
  readonly locale: string;
  readonly zone: Zone;
}

/** The locale of dates without a time of day, for every reader (see the policy above). */
const DATE_LOCALE = 'en-GB';

/** The locale reports print in, whoever prints them. */
const REPORT_LOCALE = 'en-GB';

/** How a report writes times: fixed, in the zone it is given. */
export function reportReader(zone: Zone): DateReader {
  return { locale: REPORT_LOCALE, zone };
}

// How each kind of date or time is written; the locale and zone are added per reader, the clock is
// the one clock of the policy above.
const STYLES = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  hourMinute: { hour: '2-digit', minute: '2-digit' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type Style = keyof typeof STYLES;

// Building a formatter costs far more than using one, and charts and tables write hundreds of
// dates: each distinct formatter is built once.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant written in a style, locale and zone. A zone known by its offsets is applied here: the
 * instant moved by its offset reads, in UTC, as the wall clock of that zone.
 */
function write(at: EpochMs, style: Style, locale: string, zone: Zone): string {
  const timeZone = typeof zone === 'string' ? zone : 'UTC';
  const wall = typeof zone === 'string' ? at : at - zone(at) * 60_000;
  const key = `${style}|${locale}|${timeZone}`;
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(locale, { ...STYLES[style], hourCycle: 'h23', timeZone });
    formatters.set(key, found);
  }
  return found.format(wall);
}

function isoDateAsUtc(date: IsoDate): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** "19 Dec 2025" from '2025-12-19'; text that is not a real date is returned as it is. */
export function formatIsoDate(date: IsoDate): string {
  return isIsoDate(date) ? write(isoDateAsUtc(date), 'day', DATE_LOCALE, 'UTC') : date;
}

/** "Dec 2025" from '2025-12-19', short enough under a chart axis; not a date: returned as it is. */
export function formatIsoMonth(date: IsoDate): string {
  return isIsoDate(date) ? write(isoDateAsUtc(date), 'month', DATE_LOCALE, 'UTC') : date;
}

/** "19 Dec 2025": the day an instant falls on in a zone. */
export function formatInstantDay(at: EpochMs, zone: Zone): string {
  return write(at, 'day', DATE_LOCALE, zone);
}

/** "Dec 2025": the month an instant falls in, in a zone. */
export function formatInstantMonth(at: EpochMs, zone: Zone): string {
  return write(at, 'month', DATE_LOCALE, zone);
}

/**
 * The time of day of an instant on the 24-hour clock, to the second ("14:03:12", for en-US too), or
 * to the minute with `{ seconds: false }`.
 */
export function formatInstantTime(
  at: EpochMs,
  reader: DateReader,
  { seconds = true }: { readonly seconds?: boolean } = {},
): string {
  const style = seconds ? 'time' : 'hourMinute';
  return write(at, style, reader.locale, reader.zone);
}

/** "19 December 2025 at 14:03" (en-GB), "December 19, 2025 at 14:03" (en-US). */
export function formatInstantDateTime(at: EpochMs, reader: DateReader): string {
  return write(at, 'dateTime', reader.locale, reader.zone);
}

/**
 * "14:03:12": the value a time field (`<input type="time">`) takes and gives, which HTML fixes
 * as a 24-hour clock whatever the locale.
 */
export function formatTimeFieldValue(at: EpochMs, zone: Zone): string {
  return write(at, 'time', 'en-GB', zone);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "UTC+01:00", "UTC−05:00", "UTC+05:30" from minutes east of UTC (Berlin in summer: 120). */
export function formatUtcOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '−' : '+';
  const abs = Math.abs(minutesEast);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
