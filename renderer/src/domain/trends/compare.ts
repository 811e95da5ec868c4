// Two periods side by side: did recovery get faster, or is the difference noise? Both summaries,
// the bootstrap interval of the difference of medians, and one plain sentence a manager can quote.
//
// Below the reliability threshold (SMALL_SAMPLE drills) in either period there is no comparison at
// all: no interval, no difference of medians, only each period's median with its n and a sentence
// saying there are too few drills. A bootstrap of three drills gives an interval that looks precise
// and is not, and a bare "median B − median A" invites the claim the interval would have refused.
import type { IsoDate } from '../records/common';
import { bootstrapMedianDifference, type MedianDifference } from '../stats/bootstrap';
import { SMALL_SAMPLE, summarise, type Summary } from '../stats/summary';
import { shiftDate } from '../dates/iso-date';
import { inRange, type DateRange } from './filters';
import type { PreparedDrill } from './prepare';
import { measureMinutes } from './series';

export interface PeriodComparison {
  readonly a: DateRange;
  readonly b: DateRange;
  readonly summaryA: Summary;
  readonly summaryB: Summary;
  /**
   * median(B) − median(A), in minutes (negative means B recovered faster), with its bootstrap
   * interval; null when either period has fewer than SMALL_SAMPLE drills: nothing is compared.
   */
  readonly difference: MedianDifference | null;
  readonly sentence: string;
}

/** The default comparison: the last 90 days (B) against the 90 days before them (A). */
export function defaultPeriods(today: IsoDate): { a: DateRange; b: DateRange } {
  return {
    a: { from: shiftDate(today, { days: -179 }), to: shiftDate(today, { days: -90 }) },
    b: { from: shiftDate(today, { days: -89 }), to: today },
  };
}

/** `completed` must already carry every filter except the period. */
export function comparePeriods(
  completed: readonly PreparedDrill[],
  a: DateRange,
  b: DateRange,
): PeriodComparison {
  const valuesIn = (range: DateRange) => {
    const values: number[] = [];
    for (const drill of completed) {
      const value = inRange(drill.date, range) ? measureMinutes(drill, 'timeToRecover') : undefined;
      if (value !== undefined) values.push(value);
    }
    return values;
  };
  const valuesA = valuesIn(a);
  const valuesB = valuesIn(b);
  const difference = enoughToCompare(valuesA.length, valuesB.length)
    ? bootstrapMedianDifference(valuesA, valuesB)
    : null;
  return {
    a,
    b,
    summaryA: summarise(valuesA),
    summaryB: summarise(valuesB),
    difference,
    sentence: comparisonSentence(difference, valuesA.length, valuesB.length),
  };
}

/** Both periods reach the reliability threshold: only then is a difference claimed. */
export function enoughToCompare(nA: number, nB: number): boolean {
  return nA >= SMALL_SAMPLE && nB >= SMALL_SAMPLE;
}

const minutes = (value: number) => {
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'minute' : 'minutes'}`;
};
const signed = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
};

export function comparisonSentence(
  result: MedianDifference | null,
  nA: number,
  nB: number,
): string {
  const tooFew = `Too few drills to compare: each period needs at least ${SMALL_SAMPLE} completed drills with a recovery time (period A has ${nA}, period B has ${nB}), so only each period's median is shown and no difference is claimed.`;
  if (result === null || !enoughToCompare(nA, nB)) return tooFew;
  const { difference, low, high } = result;
  if (result.tooFew || difference === undefined || low === undefined || high === undefined) {
    return tooFew;
  }
  if (!result.distinguishable) {
    return `With these drills the data cannot tell the two periods apart: the difference in median recovery time could be anywhere from ${signed(low)} to ${signed(high)} minutes.`;
  }
  const faster = difference < 0;
  return `Period B's median recovery time is ${minutes(difference)} ${faster ? 'shorter' : 'longer'} than period A's; with 95 % confidence the difference is between ${minutes(faster ? high : low)} and ${minutes(faster ? low : high)} ${faster ? 'shorter' : 'longer'}.`;
}
