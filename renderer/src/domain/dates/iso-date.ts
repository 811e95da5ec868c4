// Calendar dates as the user means them ("due on the 3rd of March"): `YYYY-MM-DD` strings with no
// time zone, compared as strings (which sorts correctly) and checked for being real dates.

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (so 2025-02-30 is not one). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The local calendar date of an instant, as the user's wall calendar shows it. */
export function localIsoDate(epochMs: number, timeZoneOffsetMinutes: number): IsoDate {
  const shifted = epochMs - timeZoneOffsetMinutes * 60_000;
  // The same bounds as Date: outside them (or not a number) there is no calendar date.
  if (!(Math.abs(shifted) <= MAX_EPOCH_MS)) throw new RangeError(`No date at ${String(epochMs)}.`);
  const day = Math.floor(shifted / DAY_MS);
  // Screens date tens of thousands of drills and incidents at once, and most years are four-digit:
  // for those the date is worked out by arithmetic, with no Date made (about eight times faster).
  return day >= FIRST_FOUR_DIGIT_DAY && day <= LAST_FOUR_DIGIT_DAY
    ? civilDate(day)
    : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The furthest instant a Date can hold, in ms either side of 1970. */
const MAX_EPOCH_MS = 8.64e15;
/** Days from 1970-01-01 to 0000-01-01 and to 9999-12-31: the years toISOString writes with four digits. */
const FIRST_FOUR_DIGIT_DAY = -719_528;
const LAST_FOUR_DIGIT_DAY = 2_932_896;

/**
 * The proleptic Gregorian date `day` days after 1970-01-01 (Howard Hinnant's civil_from_days):
 * counted in 400-year eras of 146,097 days from a year that starts on 1 March, so the leap day
 * falls at the end of each year.
 */
function civilDate(day: number): IsoDate {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${String(month)}-${dayOfMonth < 10 ? '0' : ''}${String(dayOfMonth)}`;
}

/** A date moved by whole days and months (negative: back). Month arithmetic clamps to month ends. */
export function shiftDate(date: IsoDate, { days = 0, months = 0 }): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetMonth = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(targetMonth.getUTCFullYear(), targetMonth.getUTCMonth() + 1, 0),
  ).getUTCDate();
  const shifted = Date.UTC(
    targetMonth.getUTCFullYear(),
    targetMonth.getUTCMonth(),
    Math.min(day, lastDay) + days,
  );
  return new Date(shifted).toISOString().slice(0, 10);
}

function dayNumber(date: IsoDate): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `from` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
