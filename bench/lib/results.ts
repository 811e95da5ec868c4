// From measurements to the figures kept in bench/results.json: medians, floors, ratios and which
// budget each metric met. Pure, so the rules are tested apart from any browser.
import { median } from './median';
import type { Measurement } from './types';

/** One line of bench/budgets.json. Timed metrics have both budgets; sizes only the absolute one. */
export interface Budget {
  readonly unit: string;
  readonly budget: number;
  readonly ratioBudget?: number;
}

/**
 * Which budget a metric met: `budget` (the absolute figure), `ratio` (figure ÷ floor), `both` or
 * `neither`. A metric passes when it meets either: on a slow or busy machine the absolute budget
 * may be missed while the ratio, measured in the same conditions, still holds.
 */
export type Met = 'both' | 'budget' | 'ratio' | 'neither';

export interface Result {
  readonly name: string;
  readonly unit: string;
  readonly median: number;
  readonly runs: number;
  readonly budget: number;
  /** The floor's median. */
  readonly floor?: number;
  /** The median of each run's figure ÷ the floor taken with it. */
  readonly ratio?: number;
  readonly ratioBudget?: number;
  readonly met: Met;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function metOf(withinBudget: boolean, withinRatio: boolean): Met {
  if (withinBudget && withinRatio) return 'both';
  if (withinBudget) return 'budget';
  return withinRatio ? 'ratio' : 'neither';
}

export function toResult(measurement: Measurement, budget: Budget | undefined): Result {
  const { name, unit, samples, floor: floorSamples } = measurement;
  if (budget === undefined) throw new Error(`No budget for ${name} in bench/budgets.json.`);
  if (budget.unit !== unit) throw new Error(`${name}: unit ${unit} ≠ its budget's ${budget.unit}.`);
  if ((floorSamples === undefined) !== (budget.ratioBudget === undefined)) {
    throw new Error(
      `${name}: a metric with a floor needs a ratioBudget in bench/budgets.json, and only such a metric.`,
    );
  }
  const figure = round2(median(samples));
  const base = { name, unit, median: figure, runs: samples.length, budget: budget.budget };
  if (floorSamples === undefined || budget.ratioBudget === undefined) {
    return { ...base, met: figure <= budget.budget ? 'budget' : 'neither' };
  }
  if (floorSamples.length !== samples.length) {
    throw new Error(
      `${name}: ${String(floorSamples.length)} floor runs for ${String(samples.length)} runs; they must match.`,
    );
  }
  if (floorSamples.some((value) => value <= 0)) {
    throw new Error(`${name}: a floor run measured no time; the ratio would be meaningless.`);
  }
  // Each run's figure over the floor taken with it, then the median: when the machine's load
  // drifts during the benchmark, a run and its floor drift together, so this holds steadier than
  // the ratio of the two medians (which it is close to on a quiet machine).
  const ratio = round2(median(samples.map((value, run) => value / (floorSamples[run] ?? NaN))));
  const floor = round2(median(floorSamples));
  return {
    ...base,
    floor,
    ratio,
    ratioBudget: budget.ratioBudget,
    met: metOf(figure <= budget.budget, ratio <= budget.ratioBudget),
  };
}

/** A partial run's figures over the last results: measured metrics replaced in place, new ones added. */
export function mergeResults(
  earlier: readonly Result[],
  measured: readonly Result[],
): readonly Result[] {
  const replaced = earlier.map((old) => measured.find((m) => m.name === old.name) ?? old);
  const added = measured.filter((m) => !earlier.some((old) => old.name === m.name));
  return [...replaced, ...added];
}

/** The line the run prints for a metric's verdict. */
export function verdict(result: Result): string {
  switch (result.met) {
    case 'both':
      return 'ok: both budgets';
    case 'budget':
      return result.ratioBudget === undefined ? 'ok' : 'ok: budget (ratio over)';
    case 'ratio':
      return 'ok: ratio budget (figure over)';
    case 'neither':
      return result.ratioBudget === undefined ? 'OVER BUDGET' : 'OVER BOTH BUDGETS';
  }
}
