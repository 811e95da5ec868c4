import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDuration,
  formatDurationChangeInWords,
  formatDurationInWords,
  formatDurationMinutesCell,
  formatMinutes,
  formatMinutesText,
  formatOffset,
  formatSignedMinutes,
  formatWholeMinutes,
  roundedInstant,
  roundToShownUnit,
} from './durations';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('the stopwatch face', () => {
  it('reads m:ss below an hour and h:mm:ss past it, rounding partial seconds half up', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59_999)).toBe('1:00');
    expect(formatClock(59_499)).toBe('0:59');
    expect(formatClock(14_995)).toBe('0:15');
    expect(formatClock(H - 500)).toBe('1:00:00');
    expect(formatClock(4 * MIN + 12 * S)).toBe('4:12');
    expect(formatClock(59 * MIN + 59 * S)).toBe('59:59');
    expect(formatClock(H)).toBe('1:00:00');
    expect(formatClock(H + 2 * MIN + 3 * S)).toBe('1:02:03');
    expect(formatClock(26 * H)).toBe('26:00:00');
  });

  it('never runs below zero', () => {
    expect(formatClock(-5 * S)).toBe('0:00');
  });

  it('shows a dash, never 0:00, for a duration that does not exist', () => {
    expect(formatDuration(undefined)).toBe('—');
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(3 * MIN)).toBe('3:00');
  });
});

describe('durations in words', () => {
  it('say hours and minutes only when there are some', () => {
    expect(formatDurationInWords(0)).toBe('0 s');
    expect(formatDurationInWords(45 * S)).toBe('45 s');
    expect(formatDurationInWords(MIN)).toBe('1 min 0 s');
    expect(formatDurationInWords(4 * MIN + 12 * S)).toBe('4 min 12 s');
    expect(formatDurationInWords(H + 5 * S)).toBe('1 h 0 min 5 s');
    expect(formatDurationInWords(-MIN)).toBe('0 s');
  });

  it('round half up, as every shown duration does: a 14.995 s pause is 15 s', () => {
    expect(formatDurationInWords(14_995)).toBe('15 s');
    expect(formatDurationInWords(14_500)).toBe('15 s');
    expect(formatDurationInWords(14_499)).toBe('14 s');
    expect(formatDurationInWords(59 * MIN + 59_600)).toBe('1 h 0 min 0 s');
  });

  it('sign a change, with a typographic minus', () => {
    expect(formatDurationChangeInWords(-90 * S)).toBe('−1 min 30 s');
    expect(formatDurationChangeInWords(45 * S)).toBe('+45 s');
    expect(formatDurationChangeInWords(0)).toBe('+0 s');
    expect(formatDurationChangeInWords(undefined)).toBe('—');
  });
});

describe('offsets from the start of a run', () => {
  it('count from the start, before it with a minus', () => {
    const start = Date.UTC(2025, 2, 3, 14);
    expect(formatOffset(start, start)).toBe('+0:00');
    expect(formatOffset(start + 4 * MIN + 12 * S, start)).toBe('+4:12');
    expect(formatOffset(start - 30 * S, start)).toBe('−0:30');
    expect(formatOffset(start + H, start)).toBe('+1:00:00');
  });

  it('round the instant half up from the start, before it too', () => {
    const start = Date.UTC(2025, 2, 3, 14) + 123;
    expect(formatOffset(start + 10_499, start)).toBe('+0:10');
    expect(formatOffset(start + 10_500, start)).toBe('+0:11');
    expect(formatOffset(start - 10_500, start)).toBe('−0:10');
    expect(formatOffset(start - 10_501, start)).toBe('−0:11');
  });

  it('are empty before the run has a start', () => {
    expect(formatOffset(Date.UTC(2025, 2, 3), undefined)).toBe('');
  });
});

describe('the shown unit', () => {
  it('rounds durations half up to whole seconds', () => {
    expect(roundToShownUnit(14_995)).toBe(15_000);
    expect(roundToShownUnit(14_500)).toBe(15_000);
    expect(roundToShownUnit(14_499)).toBe(14_000);
    expect(roundToShownUnit(0)).toBe(0);
    expect(roundToShownUnit(-500)).toBe(0);
    expect(roundToShownUnit(-501)).toBe(-1000);
  });

  it('rounds instants from an origin, so differences of rounded instants are whole seconds', () => {
    const origin = 1_700_000_000_123;
    expect(roundedInstant(origin + 10_400, origin)).toBe(origin + 10_000);
    expect(roundedInstant(origin + 20_600, origin)).toBe(origin + 21_000);
  });
});

describe('minutes as figures', () => {
  it('have one decimal on screens and in reports, a dash for no value', () => {
    expect(formatMinutes(12.345)).toBe('12.3');
    expect(formatMinutes(0)).toBe('0.0');
    expect(formatMinutes(undefined)).toBe('—');
    expect(formatMinutesText(12.345)).toBe('12.3 min');
    expect(formatMinutesText(undefined)).toBe('—');
  });

  it('round to whole minutes for short labels, saying "< 1 min" rather than "0 min"', () => {
    expect(formatWholeMinutes(0.4)).toBe('< 1 min');
    expect(formatWholeMinutes(1)).toBe('1 min');
    expect(formatWholeMinutes(12.5)).toBe('13 min');
  });

  it('sign a difference with a typographic minus', () => {
    expect(formatSignedMinutes(-1.54)).toBe('−1.5');
    expect(formatSignedMinutes(2)).toBe('2.0');
  });

  it('have two decimals in a spreadsheet cell, and an empty cell for no value', () => {
    expect(formatDurationMinutesCell(3 * MIN)).toBe('3.00');
    expect(formatDurationMinutesCell(90 * S)).toBe('1.50');
    expect(formatDurationMinutesCell(0)).toBe('0.00');
    expect(formatDurationMinutesCell(undefined)).toBe('');
  });
});
