import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, localIsoDate, shiftDate } from './iso-date';

describe('isIsoDate', () => {
  it.each(['2025-01-31', '2024-02-29', '1999-12-01'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['an impossible day', '2025-02-30'],
    ['a non-leap 29 February', '2025-02-29'],
    ['month 13', '2025-13-01'],
    ['day 0', '2025-01-00'],
    ['a time part', '2025-01-01T00:00'],
    ['a short year', '25-01-01'],
    ['slashes', '2025/01/01'],
    ['empty', ''],
  ])('refuses %s', (_label, value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('localIsoDate', () => {
  const instant = Date.UTC(2025, 0, 15, 23, 30);
  it('is the UTC date at offset 0', () => {
    expect(localIsoDate(instant, 0)).toBe('2025-01-15');
  });
  it('is already the next day east of UTC (getTimezoneOffset is negative there)', () => {
    expect(localIsoDate(instant, -120)).toBe('2025-01-16');
  });
  it('is still the same day west of UTC', () => {
    expect(localIsoDate(instant, 300)).toBe('2025-01-15');
  });

  /** What the date was before it was worked out by arithmetic: Date's own calendar. */
  const byDate = (epochMs: number, offset: number) =>
    new Date(epochMs - offset * 60_000).toISOString().slice(0, 10);

  it.each([
    ['the epoch', 0],
    ['the last millisecond before it', -1],
    ['a leap day', Date.UTC(2024, 1, 29, 12)],
    ['the day after a leap day', Date.UTC(2024, 2, 1)],
    ['the last millisecond of a leap day', Date.UTC(2024, 2, 1) - 1],
    ['29 February 2000 (a leap century)', Date.UTC(2000, 1, 29)],
    ['1 March 1900 (not a leap century)', Date.UTC(1900, 2, 1)],
    ['28 February 2100', Date.UTC(2100, 1, 28, 23, 59)],
    ['the first day of year 0', -62_167_219_200_000],
    ['the last day of year 9999', 253_402_300_799_999],
    ['the first day of year 10000 (six digits)', 253_402_300_800_000],
    ['a day before year 0 (negative year)', -62_167_219_200_001],
    ['the last instant a date holds', 8.64e15],
    ['the first instant a date holds', -8.64e15],
  ])('is Date’s own calendar date at %s', (_, at) => {
    expect(localIsoDate(at, 0)).toBe(byDate(at, 0));
  });

  it('is Date’s own calendar date either side of every midnight across four centuries', () => {
    const mismatches: string[] = [];
    const dayMs = 86_400_000;
    for (let day = Date.UTC(1900, 0, 1) / dayMs; day < Date.UTC(2300, 0, 1) / dayMs; day++) {
      // Each end of the day at UTC, and midnight in the zone furthest east (UTC+14).
      const checks = [
        [day * dayMs, 0],
        [day * dayMs - 1, 0],
        [day * dayMs - 840 * 60_000, -840],
      ] as const;
      for (const [at, offset] of checks) {
        if (localIsoDate(at, offset) !== byDate(at, offset))
          mismatches.push(`${String(at)}@${String(offset)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['beyond the last date', 8.64e15 + 1],
  ])('has no date for an instant %s, as Date has none', (_, at) => {
    expect(() => localIsoDate(at, 0)).toThrow(RangeError);
    expect(() => byDate(at, 0)).toThrow(RangeError);
  });
});

describe('shiftDate', () => {
  it('moves by whole days across month and year ends', () => {
    expect(shiftDate('2025-12-31', { days: 1 })).toBe('2026-01-01');
    expect(shiftDate('2025-03-01', { days: -1 })).toBe('2025-02-28');
    expect(shiftDate('2024-03-01', { days: -1 })).toBe('2024-02-29');
  });

  it('moves by months, clamping to the end of a shorter month', () => {
    expect(shiftDate('2025-03-31', { months: -1 })).toBe('2025-02-28');
    expect(shiftDate('2025-11-21', { months: -12, days: 1 })).toBe('2024-11-22');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, negative when the first date is later', () => {
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
  });
});
