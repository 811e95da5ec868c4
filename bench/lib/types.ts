export interface Measurement {
  readonly name: string;
  readonly unit: string;
  /** Every run's value; the median is what is compared with the budget. */
  readonly samples: readonly number[];
  /**
   * The same kind of work at its bare minimum (a strict write, a blank page), measured in the same
   * run and browser as many times, floor[i] just before or after samples[i]: the ratio of the two
   * holds on a busy or slow machine where the figure alone does not. Absent for sizes.
   */
  readonly floor?: readonly number[];
}

export interface BenchContext {
  /** Base URL of a running web shell, e.g. http://127.0.0.1:4180/ */
  readonly baseUrl: string;
  readonly chromiumPath: string;
  readonly runs: number;
}

export type MetricSuite = (context: BenchContext) => Promise<readonly Measurement[]>;
