// Calendar dates as the user means them ("due on the 3rd of March"): `YYYY-MM-DD` strings with no
// time zone, compared as strings (which sorts correctly) and checked for being real dates.
import type { IsoDate } from '../../db/records';

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
