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
  const shifted = new Date(epochMs - timeZoneOffsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 10);
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

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: IsoDate): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `from` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
