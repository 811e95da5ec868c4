export interface Measurement {
  readonly name: string;
  readonly unit: string;
  /** Every run's value; the median is what is compared with the budget. */
  readonly samples: readonly number[];
}

export interface BenchContext {
  /** Base URL of a running web shell, e.g. http://127.0.0.1:4180/ */
  readonly baseUrl: string;
  readonly chromiumPath: string;
  readonly runs: number;
}

export type MetricSuite = (context: BenchContext) => Promise<readonly Measurement[]>;
