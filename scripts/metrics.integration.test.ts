// The metrics export against the real thing: promtool checks the snapshot, back-fills the history
// into TSDB blocks, and a Prometheus server started on those blocks answers queries that must
// agree with what the app shows for the same data: the demo's drills as Trends show them, and
// sample incidents as the app measures them (measureIncident, summarised as Trends summarise). Needs Debian's `prometheus`
// package (promtool and the server); .ci/run installs it. Without it this test fails, saying so:
// a silent skip would let the proof go missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRig } from '../renderer/src/db/test-support';
import { generateDemoData } from '../renderer/src/domain/demo/generate-demo';
import { computeTrends, type TrendsView } from '../renderer/src/domain/trends/compute';
import { prepareDrills } from '../renderer/src/domain/trends/prepare';
import type { TrendFilters } from '../renderer/src/domain/trends/filters';
import { RECOVERY_BUCKETS } from '../renderer/src/domain/metrics/families';
import { dashboardPanels } from '../renderer/src/domain/metrics/grafana-dashboard';
import { metricsFiles, METRICS_FILE_NAMES } from '../renderer/src/domain/metrics/metrics-files';
import type { MetricsInput } from '../renderer/src/domain/metrics/exposition';
import { sampleIncidents } from '../renderer/src/domain/metrics/sample-incidents';
import { measureIncident } from '../renderer/src/domain/incidents/incident-measures';
import { summarise, type Summary } from '../renderer/src/domain/stats/summary';
import { loadMetricsInput } from '../renderer/src/features/settings/metrics-input';

const NOW = Date.UTC(2025, 0, 10, 12, 0, 0);
const MISSING =
  'is not installed: the metrics integration test needs Debian’s `prometheus` package (apt-get install prometheus; .ci/run installs it).';

const ALL: TrendFilters = {
  teamId: null,
  period: 'all',
  from: null,
  to: null,
  serviceId: null,
  severity: null,
  scenarioId: null,
  hypothesis: null,
  detectedBy: null,
  checklist: null,
};

let dir = '';
let server: ChildProcess | undefined;
let serverLog = '';
let base = '';
let input: MetricsInput;
let trends: TrendsView;
/** The recovered incidents' time to recover, in ms, as the app measures and summarises it. */
let incidentTtr: Summary;
let recoveredIncidents = 0;
/** Queries are evaluated just after the last sample, over a window reaching back past the first. */
let evalAt = 0;

function requireTool(name: string): void {
  const found = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (found.error !== undefined || found.status !== 0) throw new Error(`${name} ${MISSING}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitUntilReady(deadline: number): Promise<void> {
  for (;;) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) {
      throw new Error(`prometheus exited (${String(server.exitCode)}): ${serverLog.slice(-2000)}`);
    }
    try {
      const response = await fetch(`${base}/-/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`prometheus not ready: ${serverLog.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (child === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

interface Sample {
  readonly metric: Record<string, string>;
  readonly value: readonly [number, string];
}

async function query(promql: string): Promise<Sample[]> {
  const url = `${base}/api/v1/query?query=${encodeURIComponent(promql)}&time=${String(evalAt / 1000)}`;
  const body = (await (await fetch(url)).json()) as {
    status: string;
    error?: string;
    data?: { resultType: string; result: Sample[] };
  };
  if (body.status !== 'success') throw new Error(`${promql}: ${body.error ?? body.status}`);
  return body.data?.result ?? [];
}

async function scalar(promql: string): Promise<number> {
  const result = await query(promql);
  expect(result, promql).toHaveLength(1);
  return Number(result[0]?.value[1]);
}

/** The bucket [lower, upper] in seconds a value falls in: lower < value ≤ upper. */
function bucketOf(seconds: number): [number, number] {
  const bounds = [0, ...RECOVERY_BUCKETS, Infinity];
  const index = bounds.findIndex((bound) => seconds <= bound);
  return [bounds[Math.max(0, index - 1)] ?? 0, bounds[index] ?? Infinity];
}

const WINDOW = '2000d';
const last = (selector: string) => `last_over_time(${selector}[${WINDOW}])`;

beforeAll(async () => {
  requireTool('promtool');
  requireTool('prometheus');
  dir = mkdtempSync(join(tmpdir(), 'mttr-metrics-prometheus-'));

  const rig = createTestRig();
  const loaded = await rig.repos.demo.load(generateDemoData({ seed: 2026, now: NOW }));
  if (!loaded.ok) throw new Error(loaded.errors.form);
  await rig.db.incidents.bulkPut(
    sampleIncidents(await rig.repos.trends.load(null), { count: 60, now: NOW }),
  );
  input = await loadMetricsInput(rig.repos, NOW);
  const source = input.trends;
  const recovered = input.incidents.filter((incident) => incident.state === 'recovered');
  recoveredIncidents = recovered.length;
  incidentTtr = summarise(
    recovered.flatMap((incident) => measureIncident(incident).timeToRecover ?? []),
  );
  const prepared = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
  trends = computeTrends(source, prepared, { filters: ALL, groupBy: 'team', today: '2025-01-10' });

  const files = metricsFiles(input);
  for (const file of files) writeFileSync(join(dir, file.name), file.content);
  const history = files.find((file) => file.name === METRICS_FILE_NAMES.history)?.content ?? '';
  const times = [...history.matchAll(/ (\d+(?:\.\d+)?)$/gmu)].map((m) => Number(m[1]) * 1000);
  evalAt = Math.max(...times) + 1000;

  const backfill = spawnSync(
    'promtool',
    [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '--quiet',
      join(dir, METRICS_FILE_NAMES.history),
      join(dir, 'data'),
    ],
    { encoding: 'utf8' },
  );
  if (backfill.status !== 0) throw new Error(`back-fill failed: ${backfill.stderr}`);

  writeFileSync(
    join(dir, 'prometheus.yml'),
    'global:\n  scrape_interval: 1m\nscrape_configs: []\n',
  );
  const port = await freePort();
  base = `http://127.0.0.1:${String(port)}`;
  server = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${String(port)}`,
      // The demo's drills lie years back; nothing may be dropped as too old.
      '--storage.tsdb.retention.time=100y',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  try {
    await waitUntilReady(Date.now() + 90_000);
  } catch (error) {
    await stopServer();
    throw error;
  }
}, 180_000);

afterAll(async () => {
  await stopServer();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('the metrics in Prometheus', () => {
  it('promtool accepts the snapshot', () => {
    const checked = spawnSync('promtool', ['check', 'metrics'], {
      input: metricsFiles(input).find((f) => f.name === METRICS_FILE_NAMES.snapshot)?.content,
      encoding: 'utf8',
    });
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  it('counts the drills Trends count', async () => {
    expect(trends.completed).toBeGreaterThan(20);
    expect(await scalar(`sum(${last('mttr_studio_drills_completed_total')})`)).toBe(
      trends.completed,
    );
    expect(await scalar(`sum(${last('mttr_studio_drills_aborted_total')})`)).toBe(trends.aborted);
    expect(
      await scalar(`sum(${last('mttr_studio_time_to_recover_seconds_count{source="drill"}')})`),
    ).toBe(trends.keyMeasures.timeToRecover.n);
  });

  it('gives the mean Trends give: _sum / _count', async () => {
    const mean = await scalar(
      `sum(${last('mttr_studio_time_to_recover_seconds_sum{source="drill"}')}) / sum(${last('mttr_studio_time_to_recover_seconds_count{source="drill"}')})`,
    );
    expect(mean / 60).toBeCloseTo(trends.keyMeasures.timeToRecover.mean ?? NaN, 6);
  });

  it('gives a median within the bucket of the median Trends give', async () => {
    const q = await scalar(
      `histogram_quantile(0.5, sum by (le) (${last('mttr_studio_time_to_recover_seconds_bucket{source="drill"}')}))`,
    );
    const [lower, upper] = bucketOf((trends.keyMeasures.timeToRecover.median ?? NaN) * 60);
    expect(q).toBeGreaterThanOrEqual(lower);
    expect(q).toBeLessThanOrEqual(upper);
  });

  it('counts the recovered incidents the app counts, never the open ones', async () => {
    expect(input.incidents.length).toBeGreaterThan(recoveredIncidents);
    expect(await scalar(`sum(${last('mttr_studio_incidents_imported_total')})`)).toBe(
      recoveredIncidents,
    );
    expect(
      await scalar(`sum(${last('mttr_studio_time_to_recover_seconds_count{source="incident"}')})`),
    ).toBe(incidentTtr.n);
  });

  it('gives the mean and median the app gives, source by source', async () => {
    const means = await query(
      `sum by (source) (${last('mttr_studio_time_to_recover_seconds_sum')}) / sum by (source) (${last('mttr_studio_time_to_recover_seconds_count')})`,
    );
    const medians = await query(
      `histogram_quantile(0.5, sum by (source, le) (${last('mttr_studio_time_to_recover_seconds_bucket')}))`,
    );
    const bySource = (samples: Sample[], source: string) =>
      Number(samples.find((sample) => sample.metric.source === source)?.value[1]);
    const expected = {
      drill: {
        mean: trends.keyMeasures.timeToRecover.mean,
        median: trends.keyMeasures.timeToRecover.median,
      },
      incident: {
        mean: (incidentTtr.mean ?? NaN) / 60_000,
        median: (incidentTtr.median ?? NaN) / 60_000,
      },
    };
    expect(means.map((sample) => sample.metric.source).sort()).toEqual(['drill', 'incident']);
    for (const [source, figures] of Object.entries(expected)) {
      expect(bySource(means, source) / 60, source).toBeCloseTo(figures.mean ?? NaN, 6);
      const [lower, upper] = bucketOf((figures.median ?? NaN) * 60);
      expect(bySource(medians, source), source).toBeGreaterThanOrEqual(lower);
      expect(bySource(medians, source), source).toBeLessThanOrEqual(upper);
    }
  });

  it('agrees team by team', async () => {
    const names = new Map(input.trends.teams.map((team) => [team.id, team.name]));
    const prepared = prepareDrills(input.trends, { now: NOW, timeZoneOffsetMinutes: 0 });
    const medians = await query(
      `histogram_quantile(0.5, sum by (team, le) (${last('mttr_studio_time_to_recover_seconds_bucket{source="drill"}')}))`,
    );
    expect(medians.length).toBe(
      new Set(prepared.filter((d) => d.completed).map((d) => d.teamId)).size,
    );
    for (const team of input.trends.teams) {
      const view = computeTrends(input.trends, prepared, {
        filters: { ...ALL, teamId: team.id },
        groupBy: 'team',
        today: '2025-01-10',
      });
      const median = view.keyMeasures.timeToRecover.median;
      if (median === undefined) continue;
      const found = medians.find((sample) => sample.metric.team === names.get(team.id));
      const [lower, upper] = bucketOf(median * 60);
      expect(Number(found?.value[1]), team.name).toBeGreaterThanOrEqual(lower);
      expect(Number(found?.value[1]), team.name).toBeLessThanOrEqual(upper);
    }
  });

  it('answers every query of the Grafana dashboard', async () => {
    for (const panel of dashboardPanels()) {
      for (const target of panel.targets) {
        // As Grafana sends it: every team, a look-back reaching the demo's first drill.
        const promql = target.expr.replaceAll('$team', '.*').replaceAll('$lookback', WINDOW);
        const result = await query(promql);
        expect(result.length, `${panel.title}: ${promql}`).toBeGreaterThan(0);
        for (const sample of result)
          expect(Number.isFinite(Number(sample.value[1])), promql).toBe(true);
      }
    }
  });
});
