import { describe, expect, it } from 'vitest';
import {
  formatInstantDateTime,
  formatInstantDay,
  formatInstantMonth,
  formatInstantTime,
  formatIsoDate,
  formatIsoMonth,
  formatTimeFieldValue,
  formatUtcOffset,
  reportReader,
  type DateReader,
  type ZoneOffsetAt,
} from './format';

const HOUR = 3_600_000;
/** 19 Dec 2025, 14:03:12 UTC. */
const AT = Date.UTC(2025, 11, 19, 14, 3, 12);
/** Berlin's clocks went forward at 01:00 UTC on 30 Mar 2025 (02:00 → 03:00 local). */
const BERLIN_SPRING = Date.UTC(2025, 2, 30, 1);
/** …and back at 01:00 UTC on 26 Oct 2025 (03:00 → 02:00 local). */
const BERLIN_AUTUMN = Date.UTC(2025, 9, 26, 1);

/** Berlin's offsets in 2025, as `Date#getTimezoneOffset` would give them there. */
const berlinOffsetAt: ZoneOffsetAt = (at) =>
  at >= BERLIN_SPRING && at < BERLIN_AUTUMN ? -120 : -60;

const gb = (zone: DateReader['zone']): DateReader => ({ locale: 'en-GB', zone });
const us = (zone: DateReader['zone']): DateReader => ({ locale: 'en-US', zone });

describe('calendar dates', () => {
  it('read "19 Dec 2025" and "Dec 2025" whatever zone the code runs in', () => {
    expect(formatIsoDate('2025-12-19')).toBe('19 Dec 2025');
    expect(formatIsoDate('2025-03-03')).toBe('3 Mar 2025');
    expect(formatIsoDate('2026-03-04')).toBe('4 Mar 2026');
    expect(formatIsoMonth('2026-03-04')).toBe('Mar 2026');
    // The first and last days of a year are where a zone slip would show.
    expect(formatIsoDate('2025-01-01')).toBe('1 Jan 2025');
    expect(formatIsoDate('2024-12-31')).toBe('31 Dec 2024');
    expect(formatIsoDate('2024-02-29')).toBe('29 Feb 2024');
  });

  it('give back text that is not a real date as it is, rather than a wrong day', () => {
    expect(formatIsoDate('nonsense')).toBe('nonsense');
    expect(formatIsoDate('not a date')).toBe('not a date');
    expect(formatIsoMonth('nope')).toBe('nope');
    expect(formatIsoDate('2025-02-30')).toBe('2025-02-30');
    expect(formatIsoDate('a-b-c')).toBe('a-b-c');
    expect(formatIsoDate('')).toBe('');
  });
});

describe('the day and month of an instant', () => {
  it('depend on the zone: one instant is two days on either side of the date line', () => {
    const lateUtc = Date.UTC(2025, 11, 31, 20);
    expect(formatInstantDay(lateUtc, 'UTC')).toBe('31 Dec 2025');
    expect(formatInstantDay(lateUtc, 'Asia/Tokyo')).toBe('1 Jan 2026');
    expect(formatInstantMonth(lateUtc, 'Asia/Tokyo')).toBe('Jan 2026');
    expect(formatInstantDay(Date.UTC(2025, 11, 19, 2), 'America/Los_Angeles')).toBe('18 Dec 2025');
    expect(formatInstantMonth(lateUtc, 'America/New_York')).toBe('Dec 2025');
  });

  it('are the same whether the zone is named or given by its offsets', () => {
    const lateUtc = Date.UTC(2025, 11, 31, 20);
    expect(formatInstantDay(lateUtc, () => -540)).toBe('1 Jan 2026');
    expect(formatInstantMonth(lateUtc, () => 300)).toBe('Dec 2025');
  });
});

describe('times of day', () => {
  it('are on one 24-hour clock for every reader, whatever the locale’s habit', () => {
    expect(formatInstantTime(AT, gb('UTC'))).toBe('14:03:12');
    expect(formatInstantTime(AT, us('UTC'))).toBe('14:03:12');
    expect(formatInstantTime(AT, gb('UTC'), { seconds: false })).toBe('14:03');
    expect(formatInstantTime(AT, us('UTC'), { seconds: false })).toBe('14:03');
    expect(formatInstantTime(AT, us('America/New_York'))).toBe('09:03:12');
    expect(formatInstantTime(Date.UTC(2025, 0, 1, 0, 0, 5), us('UTC'))).toBe('00:00:05');
    expect(formatInstantTime(Date.UTC(2025, 0, 1, 0, 0, 5), reportReader('UTC'))).toBe('00:00:05');
  });

  it('write a screen’s time as the report writes it', () => {
    for (const locale of ['en-US', 'en-GB', 'en-IN', 'de-DE', 'ja-JP']) {
      const reader: DateReader = { locale, zone: 'UTC' };
      expect(formatInstantTime(AT, reader)).toBe(formatInstantTime(AT, reportReader('UTC')));
    }
  });

  it('move with daylight saving: Berlin is UTC+1 in winter and UTC+2 in summer', () => {
    expect(formatInstantTime(BERLIN_SPRING - 1000, gb('Europe/Berlin'))).toBe('01:59:59');
    expect(formatInstantTime(BERLIN_SPRING, gb('Europe/Berlin'))).toBe('03:00:00');
    // Clocks going back: 02:30 happens twice, an hour apart.
    expect(formatInstantTime(BERLIN_AUTUMN - HOUR / 2, gb('Europe/Berlin'))).toBe('02:30:00');
    expect(formatInstantTime(BERLIN_AUTUMN + HOUR / 2, gb('Europe/Berlin'))).toBe('02:30:00');
  });

  it('read the same from a zone’s offsets as from its name, on both sides of each change', () => {
    const instants = [BERLIN_SPRING, BERLIN_AUTUMN].flatMap((change) =>
      [-2, -1, 0, 1, 2].map((hours) => change + hours * HOUR - 1000),
    );
    for (const at of instants) {
      expect(formatInstantTime(at, gb(berlinOffsetAt))).toBe(
        formatInstantTime(at, gb('Europe/Berlin')),
      );
      expect(formatInstantDay(at, berlinOffsetAt)).toBe(formatInstantDay(at, 'Europe/Berlin'));
    }
  });

  it('cross midnight into the next day in a zone ahead of UTC', () => {
    const at = Date.UTC(2025, 2, 3, 23, 30);
    expect(
      formatInstantTime(
        at,
        gb(() => -60),
      ),
    ).toBe('00:30:00');
    expect(formatInstantDay(at, () => -60)).toBe('4 Mar 2025');
  });
});

describe('dates with a time', () => {
  it('follow the reader’s locale and zone', () => {
    expect(formatInstantDateTime(AT, gb('UTC'))).toBe('19 December 2025 at 14:03');
    expect(formatInstantDateTime(AT, us('America/New_York'))).toBe('December 19, 2025 at 09:03');
    expect(
      formatInstantDateTime(
        AT,
        gb(() => -60),
      ),
    ).toBe('19 December 2025 at 15:03');
  });
});

describe('reports', () => {
  it('print English on a 24-hour clock in the zone they are given', () => {
    expect(
      formatInstantTime(
        AT,
        reportReader(() => 0),
      ),
    ).toBe('14:03:12');
    expect(
      formatInstantTime(
        AT,
        reportReader(() => -330),
      ),
    ).toBe('19:33:12');
    expect(formatInstantTime(AT, reportReader('America/New_York'))).toBe('09:03:12');
  });

  it('name the zone by its offset from UTC', () => {
    expect(formatUtcOffset(120)).toBe('UTC+02:00');
    expect(formatUtcOffset(-210)).toBe('UTC−03:30');
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
    expect(formatUtcOffset(-0)).toBe('UTC+00:00');
    expect(formatUtcOffset(330)).toBe('UTC+05:30');
    expect(formatUtcOffset(-300)).toBe('UTC−05:00');
  });
});

describe('the value of a time field', () => {
  it('is HH:MM:SS on a 24-hour clock, as HTML requires, in the zone given', () => {
    expect(formatTimeFieldValue(Date.UTC(2025, 0, 1, 0, 0, 5), 'UTC')).toBe('00:00:05');
    expect(formatTimeFieldValue(AT, 'UTC')).toBe('14:03:12');
    expect(formatTimeFieldValue(AT, 'America/New_York')).toBe('09:03:12');
    expect(formatTimeFieldValue(AT, () => -60)).toBe('15:03:12');
  });
});
