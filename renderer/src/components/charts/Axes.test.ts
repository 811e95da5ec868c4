import { describe, expect, it } from 'vitest';
import { scaleTime } from 'd3-scale';
import { timeTickFormat } from './Axes';

/** The labels a time axis over [from, to] draws, as the charts compute them. */
function labels(from: Date, to: Date): string[] {
  const ticks = scaleTime().domain([from, to]).nice().ticks(6);
  const format = timeTickFormat(ticks);
  return ticks.map(format);
}

describe('timeTickFormat', () => {
  it('labels ticks by month when each falls in its own month', () => {
    const shown = labels(new Date(2025, 0, 10), new Date(2025, 11, 20));
    expect(shown).toContain('Apr 2025');
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('labels ticks by day over a few weeks, never repeating a month as if it were a tick', () => {
    const shown = labels(new Date(2025, 2, 2), new Date(2025, 2, 20));
    expect(shown.length).toBeGreaterThan(2);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.every((label) => /^\d{1,2} Mar 2025$/u.test(label))).toBe(true);
  });

  it('names a single day once when the ticks are hours of it', () => {
    // The rounded axis runs from midnight to the next midnight.
    const shown = labels(new Date(2025, 2, 3, 0), new Date(2025, 2, 3, 23));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.filter((label) => label !== '')).toEqual(['3 Mar 2025', '4 Mar 2025']);
  });
});
