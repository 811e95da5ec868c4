// The key measures of the maturity standard, from recorded drills. Rates are kept as "k of n" so
// a reader sees how many drills stand behind a percentage.
import { MINUTE_MS } from '../drills/phases';
import { summarise, type Summary } from '../stats/summary';
import type { PreparedDrill } from './prepare';

export interface Rate {
  readonly k: number;
  readonly n: number;
}

export interface KeyMeasures {
  readonly timeToRecover: Summary;
  readonly runbookUsage: Rate;
  readonly automationCoverage: Rate;
  readonly reviewRate: Rate;
  /** Minutes, over the drills where stakeholders were told. */
  readonly commsLatency: Summary;
  /** How many drills recorded telling stakeholders at all. */
  readonly commsRecorded: Rate;
}

export function keyMeasures(completed: readonly PreparedDrill[]): KeyMeasures {
  const minutes = (values: readonly (number | undefined)[]) =>
    values.filter((value): value is number => value !== undefined).map((ms) => ms / MINUTE_MS);
  const rate = (test: (drill: PreparedDrill) => boolean): Rate => ({
    k: completed.filter(test).length,
    n: completed.length,
  });
  const comms = minutes(completed.map((drill) => drill.measures.commsLatency));
  return {
    timeToRecover: summarise(minutes(completed.map((drill) => drill.measures.timeToRecover))),
    runbookUsage: rate((drill) => drill.measures.runbookUsed),
    automationCoverage: rate((drill) => drill.measures.automationUsed),
    reviewRate: rate((drill) => drill.measures.reviewHeld === true),
    commsLatency: summarise(comms),
    commsRecorded: { k: comms.length, n: completed.length },
  };
}

/** "12 of 17 (71 %)", or "none recorded" for n = 0. */
export function formatRate({ k, n }: Rate): string {
  if (n === 0) return 'no drills';
  return `${k} of ${n} (${Math.round((100 * k) / n)} %)`;
}
