import { describe, expect, it } from 'vitest';
import { correctionFieldValue, timeNear } from './correction-time';

// Local times, on the machine's own clock as the form reads them.
const local = (h: number, m: number, s: number, ms: number) =>
  new Date(2026, 2, 3, h, m, s, ms).getTime();

describe('the corrected time of a mark', () => {
  it('keeps the milliseconds the facilitator entered', () => {
    const near = local(10, 42, 10, 731);
    expect(timeNear(near, '10:42:13.456')).toBe(local(10, 42, 13, 456));
    expect(timeNear(near, '10:42:13.4')).toBe(local(10, 42, 13, 400));
    expect(timeNear(near, '10:42:13')).toBe(local(10, 42, 13, 0));
    expect(timeNear(near, '10:42')).toBe(local(10, 42, 0, 0));
  });

  it('shows a recorded mark to the millisecond, so editing its seconds keeps its milliseconds', () => {
    const recorded = local(10, 42, 10, 731);
    const zone = (at: number) => new Date(at).getTimezoneOffset();
    const shown = correctionFieldValue(recorded, zone);
    expect(shown).toBe('10:42:10.731');
    // The facilitator changes the seconds only: the milliseconds stay as recorded.
    expect(timeNear(recorded, shown.replace(':10.', ':13.'))).toBe(local(10, 42, 13, 731));
    expect(timeNear(recorded, correctionFieldValue(recorded, zone))).toBe(recorded);
  });

  it('shows whole milliseconds for a mark timed to a fraction of one', () => {
    const zone = (at: number) => new Date(at).getTimezoneOffset();
    expect(correctionFieldValue(local(10, 42, 10, 731) + 0.625, zone)).toBe('10:42:10.731');
  });

  it('refuses what is not a time', () => {
    expect(timeNear(local(10, 0, 0, 0), '10h42')).toBeNull();
    expect(timeNear(local(10, 0, 0, 0), '')).toBeNull();
  });

  it('lands on the day either side when that is closer', () => {
    const near = local(23, 59, 50, 0);
    expect(timeNear(near, '00:00:05.250')).toBe(local(24, 0, 5, 250));
  });
});
