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
