import { describe, expect, it } from 'vitest';
import { isIsoDate, localIsoDate } from './iso-date';

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
