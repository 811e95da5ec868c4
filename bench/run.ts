// `npm run bench`: measures speed and size against the budgets in bench/budgets.json, writes
// bench/results.json and prints a table. Figures are medians of several runs; the exit code is
// non-zero when a median is over its budget. Run it on a quiet machine. The web shell builds the
// renderer first if it is out of date. `npm run bench -- reports trends` runs only the suites named
// (the others' last figures stay in results.json).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findChromium } from '../e2e/support/chromium';
import { median } from './lib/median';
import type { BenchContext, Measurement, MetricSuite } from './lib/types';
import { bundleSize } from './metrics/bundle-size';
import { startup } from './metrics/startup';
import { drillMarks } from './metrics/drill-marks';
import { backup } from './metrics/backup';
import { trends } from './metrics/trends';
import { reports } from './metrics/reports';

const PORT = 4180;
const SUITES: Readonly<Record<string, MetricSuite>> = {
  'bundle-size': bundleSize,
  startup,
  'drill-marks': drillMarks,
  backup,
  trends,
  reports,
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

interface Budget {
  readonly unit: string;
  readonly budget: number;
}

async function startWebShell(): Promise<() => void> {
  // One process (Node with tsx's loader), not npx → tsx → node: killing it then really stops the
  // server, and the benchmark exits when it is done.
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/web.ts', '--port', String(PORT), '--no-open'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`127.0.0.1:${PORT}`)) resolve();
    });
    server.on('exit', (code) => {
      reject(new Error(`web shell exited with ${String(code)}`));
    });
  });
  return () => server.kill('SIGTERM');
}

interface Result {
  readonly name: string;
  readonly unit: string;
  readonly median: number;
  readonly runs: number;
  readonly budget: number;
}

/** A partial run's figures over the last results: measured metrics replaced in place, new ones added. */
function mergedResults(measured: readonly Result[]): readonly Result[] {
  if (!existsSync('bench/results.json')) return measured;
  const earlier = (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { metrics: Result[] })
    .metrics;
  const replaced = earlier.map((old) => measured.find((m) => m.name === old.name) ?? old);
  const added = measured.filter((m) => !earlier.some((old) => old.name === m.name));
  return [...replaced, ...added];
}

function report(
  measurements: readonly Measurement[],
  budgets: Record<string, Budget>,
  partial: boolean,
) {
  const metrics = measurements.map((m): Result => {
    const budget = budgets[m.name];
    if (budget === undefined) throw new Error(`No budget for ${m.name} in bench/budgets.json`);
    if (budget.unit !== m.unit)
      throw new Error(`${m.name}: unit ${m.unit} ≠ budget's ${budget.unit}`);
    return {
      name: m.name,
      unit: m.unit,
      median: Math.round(median(m.samples) * 100) / 100,
      runs: m.samples.length,
      budget: budget.budget,
    };
  });
  const all = partial ? mergedResults(metrics) : metrics;
  writeFileSync('bench/results.json', `${JSON.stringify({ metrics: all }, null, 2)}\n`);
  console.table(
    metrics.map((m) => ({ ...m, status: m.median <= m.budget ? 'ok' : 'OVER BUDGET' })),
  );
  return metrics.filter((m) => m.median > m.budget);
}

async function main() {
  const names = process.argv.slice(2);
  const suites = selectSuites(names);
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Record<string, Budget>;
  const stop = await startWebShell();
  const context: BenchContext = {
    baseUrl: `http://127.0.0.1:${PORT}/`,
    chromiumPath: findChromium(),
    runs: Number(process.env.BENCH_RUNS ?? 7),
  };
  const measurements: Measurement[] = [];
  try {
    for (const suite of suites) measurements.push(...(await suite(context)));
  } finally {
    stop();
  }
  const over = report(measurements, budgets, names.length > 0);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((m) => m.name).join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
