import { describe, expect, it } from 'vitest';
import { IANAZone } from 'luxon';
import { isKnownTimeZone, timeZone } from './time-zone';

const wall = (y: number, mo: number, d: number, h: number, mi: number) =>
  Date.UTC(y, mo - 1, d, h, mi);

describe('wall-clock times in a zone', () => {
  const berlin = timeZone('Europe/Berlin');

  it('places an ordinary local time by the offset in force', () => {
    expect(berlin.resolve(wall(2026, 7, 1, 12, 0), 'x')).toEqual({
      at: Date.parse('2026-07-01T10:00:00Z'),
    });
    expect(berlin.resolve(wall(2026, 1, 15, 12, 0), 'x')).toEqual({
      at: Date.parse('2026-01-15T11:00:00Z'),
    });
  });

  it('places the minutes either side of a change on the right side', () => {
    // 01:59 is still winter time on 29 March; 03:00 is summer time.
    expect(berlin.resolve(wall(2026, 3, 29, 1, 59), 'x').at).toBe(
      Date.parse('2026-03-29T00:59:00Z'),
    );
    expect(berlin.resolve(wall(2026, 3, 29, 3, 0), 'x').at).toBe(
      Date.parse('2026-03-29T01:00:00Z'),
    );
    // 03:00 on 25 October is winter time again.
    expect(berlin.resolve(wall(2026, 10, 25, 3, 0), 'x').at).toBe(
      Date.parse('2026-10-25T02:00:00Z'),
    );
  });

  it('reads a time that happened twice (clocks back) as the first, and says so', () => {
    expect(berlin.resolve(wall(2026, 10, 25, 2, 30), '25.10.2026 02:30')).toEqual({
      at: Date.parse('2026-10-25T00:30:00Z'),
      note: '25.10.2026 02:30 happened twice in Europe/Berlin (the clocks went back); read as the first, at UTC+02:00.',
    });
  });

  it('reads a time that never happened (clocks forward) past the change, and says so', () => {
    expect(berlin.resolve(wall(2026, 3, 29, 2, 30), '29.03.2026 02:30')).toEqual({
      at: Date.parse('2026-03-29T01:30:00Z'),
      note: '29.03.2026 02:30 did not exist in Europe/Berlin (the clocks went forward); read at UTC+01:00, which is 03:30 local time.',
    });
  });

  it('handles zones west of UTC, half-hour changes and quarter-hour offsets', () => {
    const newYork = timeZone('America/New_York');
    expect(newYork.resolve(wall(2026, 3, 8, 2, 30), 'x').at).toBe(
      Date.parse('2026-03-08T07:30:00Z'),
    );
    expect(newYork.resolve(wall(2026, 11, 1, 1, 30), 'x').at).toBe(
      Date.parse('2026-11-01T05:30:00Z'),
    );
    // Lord Howe Island moves its clocks by 30 minutes, at 02:00 → 02:30 on 4 October 2026.
    const lordHowe = timeZone('Australia/Lord_Howe');
    const skipped = lordHowe.resolve(wall(2026, 10, 4, 2, 15), 'x');
    expect(skipped.at).toBe(Date.parse('2026-10-03T15:45:00Z'));
    expect(skipped.note).toContain('did not exist');
    expect(timeZone('Asia/Kathmandu').resolve(wall(2026, 1, 1, 0, 0), 'x').at).toBe(
      Date.parse('2025-12-31T18:15:00Z'),
    );
  });

  it('agrees with the IANA database across 26 years, in zones with odd rules', () => {
    // Samoa skipped 30 December 2011; Casablanca pauses summer time for Ramadan; Lord Howe moves
    // by half an hour; Santiago and Tehran changed their rules during these years.
    const zones = [
      'Pacific/Apia',
      'Africa/Casablanca',
      'Australia/Lord_Howe',
      'America/Santiago',
      'Asia/Tehran',
      'Europe/Berlin',
    ];
    const step = 97 * 3_600_000 + 7 * 60_000;
    for (const name of zones) {
      const zone = timeZone(name);
      const truth = IANAZone.create(name);
      for (let at = Date.UTC(2005, 0, 1); at < Date.UTC(2031, 0, 1); at += step) {
        if (zone.offsetAt(at) !== truth.offset(at))
          throw new Error(`${name} differs at ${new Date(at).toISOString()}`);
      }
    }
  });

  it('knows IANA zones and nothing else', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(() => timeZone('Nowhere/Special')).toThrow();
  });
});
