// `npm run bench`: measures speed and size against the budgets in bench/budgets.json, writes
// bench/results.json and prints a table. Figures are medians of several runs; the exit code is
// non-zero when a median is over its budget. Run it on a quiet machine. The web shell builds the
// renderer first if it is out of date.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { findChromium } from '../e2e/support/chromium';
import { median } from './lib/median';
import type { BenchContext, Measurement, MetricSuite } from './lib/types';
import { bundleSize } from './metrics/bundle-size';
import { startup } from './metrics/startup';
import { drillMarks } from './metrics/drill-marks';
import { backup } from './metrics/backup';
import { trends } from './metrics/trends';

const PORT = 4180;
const SUITES: readonly MetricSuite[] = [bundleSize, startup, drillMarks, backup, trends];

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

function report(measurements: readonly Measurement[], budgets: Record<string, Budget>) {
  const metrics = measurements.map((m) => {
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
  writeFileSync('bench/results.json', `${JSON.stringify({ metrics }, null, 2)}\n`);
  console.table(
    metrics.map((m) => ({ ...m, status: m.median <= m.budget ? 'ok' : 'OVER BUDGET' })),
  );
  return metrics.filter((m) => m.median > m.budget);
}

async function main() {
  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Record<string, Budget>;
  const stop = await startWebShell();
  const context: BenchContext = {
    baseUrl: `http://127.0.0.1:${PORT}/`,
    chromiumPath: findChromium(),
    runs: Number(process.env.BENCH_RUNS ?? 7),
  };
  const measurements: Measurement[] = [];
  try {
    for (const suite of SUITES) measurements.push(...(await suite(context)));
  } finally {
    stop();
  }
  const over = report(measurements, budgets);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((m) => m.name).join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
