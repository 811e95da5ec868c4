// `npm run bench`: measures speed and size against the budgets in bench/budgets.json, writes
// bench/results.json and the README's results table, and prints a table. Figures are medians of
// several runs. Every timed figure has a floor, the same kind of work at its bare minimum measured
// in the same run and browser, and a ratio figure ÷ floor, which a busy machine changes far less
// than the figure. A metric passes when it meets its budget or its ratio budget; the exit code is
// non-zero when one meets neither. `npm run bench -- reports trends` runs only the suites named
// (the others' last figures stay in results.json). The web shell (built first if out of date)
// listens on BENCH_PORT, or on a free port the system picks. BENCH_SAMPLES=<file> also writes
// every run's figure and floor there, to study the spread.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findChromium } from '../e2e/support/chromium';
import { updateReadme } from './lib/readme-table';
import { mergeResults, toResult, verdict, type Budget, type Result } from './lib/results';
import type { BenchContext, Measurement, MetricSuite } from './lib/types';
import { startWebShell } from './lib/web-shell';
import { bundleSize } from './metrics/bundle-size';
import { startup } from './metrics/startup';
import { drillMarks } from './metrics/drill-marks';
import { backup } from './metrics/backup';
import { trends } from './metrics/trends';
import { organisation } from './metrics/organisation';
import { reports } from './metrics/reports';
import { clockTicks } from './metrics/clock-ticks';
import { incidents } from './metrics/incidents';

const RESULTS = 'bench/results.json';
const SUITES: Readonly<Record<string, MetricSuite>> = {
  'bundle-size': bundleSize,
  startup,
  'drill-marks': drillMarks,
  backup,
  trends,
  organisation,
  reports,
  'clock-ticks': clockTicks,
  incidents,
};

/** The suites named on the command line, in the runner's order; every suite when none is named. */
function selectSuites(names: readonly string[]): MetricSuite[] {
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown suite ${unknown.join(', ')}: choose from ${Object.keys(SUITES).join(', ')}.`,
    );
  }
  return Object.entries(SUITES)
    .filter(([name]) => names.length === 0 || names.includes(name))
    .map(([, suite]) => suite);
}

function earlierResults(): readonly Result[] {
  if (!existsSync(RESULTS)) return [];
  return (JSON.parse(readFileSync(RESULTS, 'utf8')) as { metrics: Result[] }).metrics;
}

async function report(
  measurements: readonly Measurement[],
  budgets: Readonly<Record<string, Budget>>,
  partial: boolean,
): Promise<readonly Result[]> {
  const metrics = measurements.map((m) => toResult(m, budgets[m.name]));
  const all = partial ? mergeResults(earlierResults(), metrics) : metrics;
  writeFileSync(RESULTS, `${JSON.stringify({ metrics: all }, null, 2)}\n`);
  await updateReadme(all);
  console.table(metrics.map((m) => ({ ...m, met: verdict(m) })));
  return metrics.filter((m) => m.met === 'neither');
}

async function main() {
  const names = process.argv.slice(2);
  const suites = selectSuites(names);
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Record<string, Budget>;
  const shell = await startWebShell();
  const context: BenchContext = {
    baseUrl: shell.baseUrl,
    chromiumPath: findChromium(),
    runs: Number(process.env.BENCH_RUNS ?? 7),
  };
  const measurements: Measurement[] = [];
  try {
    for (const suite of suites) measurements.push(...(await suite(context)));
  } finally {
    shell.stop();
  }
  const samplesFile = process.env.BENCH_SAMPLES;
  if (samplesFile !== undefined && samplesFile !== '') {
    writeFileSync(samplesFile, `${JSON.stringify(measurements, null, 2)}\n`);
  }
  const failed = await report(measurements, budgets, names.length > 0);
  if (failed.length > 0) {
    console.error(`Over both budgets: ${failed.map((m) => m.name).join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
