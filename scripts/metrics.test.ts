// The metrics command line, run as a pipeline runs it: backups written by the app, read back.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupOf, richRig } from '../renderer/src/db/backup/test-fixtures';
import { parseBackup } from '../renderer/src/db/backup/parse';
import { createTestRig, type TestRig } from '../renderer/src/db/test-support';
import { renderSnapshot } from '../renderer/src/domain/metrics/exposition';
import { sampleIncidents } from '../renderer/src/domain/metrics/sample-incidents';
import type { IncidentRecord } from '../renderer/src/domain/records/incidents';
import { loadMetricsInput } from '../renderer/src/features/settings/metrics-input';
import { runMetricsCli, writeAtomically } from './lib/metrics-cli';

/** What the app's import says of a file it refuses. */
function appRefusal(text: string): string {
  const parsed = parseBackup(text, Buffer.byteLength(text));
  if (parsed.ok) throw new Error('the file was meant to be refused');
  return parsed.problem.message;
}

const run = promisify(execFile);
let dir: string;
let backup: string;
let rig: TestRig;
let incidents: IncidentRecord[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mttr-metrics-cli-'));
  backup = join(dir, 'backup.json');
  rig = await richRig();
  // Incidents as an import leaves them, open ones among them, so the backup carries them.
  incidents = sampleIncidents(await rig.repos.trends.load(null), {
    count: 30,
    now: rig.clock.now(),
  });
  await rig.db.incidents.bulkPut(incidents);
  writeFileSync(backup, await backupOf(rig));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const teamLine = (prom: string) =>
  prom.split('\n').find((line) => line.startsWith('mttr_studio_drills_completed_total{')) ?? '';

describe('npm run metrics', () => {
  it('writes the three files from a backup, and nothing else', async () => {
    const out = join(dir, 'one');
    const result = await runMetricsCli(['--backup', backup, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.message).toMatch(
      /^Wrote mttr-studio\.prom, mttr-studio-history\.om, mttr-studio-grafana-dashboard\.json to .* from 1 backup \(\d+ finished drills, 26 recovered incidents\)\.$/u,
    );
    expect(readdirSync(out).sort()).toEqual([
      'mttr-studio-grafana-dashboard.json',
      'mttr-studio-history.om',
      'mttr-studio.prom',
    ]);
    const prom = readFileSync(join(out, 'mttr-studio.prom'), 'utf8');
    expect(prom).toContain('# TYPE mttr_studio_time_to_recover_seconds histogram');
    expect(teamLine(prom)).not.toBe('');
    expect(readFileSync(join(out, 'mttr-studio-history.om'), 'utf8').endsWith('# EOF\n')).toBe(
      true,
    );
    expect(
      JSON.parse(readFileSync(join(out, 'mttr-studio-grafana-dashboard.json'), 'utf8')),
    ).toHaveProperty('__inputs');
  });

  it('writes the snapshot the app makes of the same data, incidents included', async () => {
    const out = join(dir, 'same');
    const now = rig.clock.now();
    expect((await runMetricsCli(['--backup', backup, '--out', out], now)).code).toBe(0);
    const prom = readFileSync(join(out, 'mttr-studio.prom'), 'utf8');
    expect(prom).toBe(renderSnapshot(await loadMetricsInput(rig.repos, now)));
    expect(prom).toContain('mttr_studio_incidents_imported_total{source="incident",');
  }, 60_000);

  it('merges incidents from several backups as the app does: by id, the newer wins', async () => {
    // Two teams' pipelines: one backup holds an incident still open, a later one finds it recovered.
    const first = createTestRig();
    const second = createTestRig();
    const recovered = incidents.find((incident) => incident.state === 'recovered');
    if (recovered === undefined) throw new Error('the sample has recovered incidents');
    const open: IncidentRecord = {
      ...recovered,
      state: 'open',
      milestones: { ...recovered.milestones, recovered: null },
      updatedAt: recovered.updatedAt - 1000,
    };
    const team = (await rig.repos.trends.load(null)).teams.find((t) => t.id === recovered.teamId);
    if (team === undefined) throw new Error('the incident has a team');
    for (const [target, incident] of [
      [first, open],
      [second, recovered],
    ] as const) {
      await target.db.teams.put(team);
      await target.db.incidents.put(incident);
    }
    const earlier = join(dir, 'incident-open.json');
    const later = join(dir, 'incident-recovered.json');
    writeFileSync(earlier, await backupOf(first));
    writeFileSync(later, await backupOf(second));
    for (const order of [
      [earlier, later],
      [later, earlier],
    ]) {
      const out = join(dir, `incidents-${String(order.indexOf(later))}`);
      const result = await runMetricsCli([...order.flatMap((f) => ['--backup', f]), '--out', out]);
      expect(result.code, result.message).toBe(0);
      expect(result.message).toContain('(0 finished drills, 1 recovered incident)');
      const prom = readFileSync(join(out, 'mttr-studio.prom'), 'utf8');
      const counted = prom.match(
        /^mttr_studio_time_to_recover_seconds_count\{source="incident".* 1$/gmu,
      );
      expect(counted).toHaveLength(1);
    }
  }, 60_000);

  it('merges several backups as the app does: by id, the newer updatedAt wins', async () => {
    const json = JSON.parse(readFileSync(backup, 'utf8')) as {
      stores: { teams: { id: string; name: string; updatedAt: number }[] };
    };
    const team = json.stores.teams[0];
    if (team === undefined) throw new Error('the demo has teams');
    const renamed = structuredClone(json);
    const newer = renamed.stores.teams[0];
    const older = structuredClone(json);
    const stale = older.stores.teams[0];
    if (newer === undefined || stale === undefined) throw new Error('the demo has teams');
    newer.name = 'Renamed later';
    newer.updatedAt = team.updatedAt + 1000;
    stale.name = 'Renamed earlier';
    stale.updatedAt = team.updatedAt - 1000;
    const later = join(dir, 'later.json');
    const earlier = join(dir, 'earlier.json');
    writeFileSync(later, JSON.stringify(renamed));
    writeFileSync(earlier, JSON.stringify(older));
    for (const order of [
      [later, earlier],
      [earlier, later],
    ]) {
      const out = join(dir, `merged-${String(order.indexOf(later))}`);
      const result = await runMetricsCli([
        ...order.flatMap((file) => ['--backup', file]),
        '--out',
        out,
      ]);
      expect(result.code, result.message).toBe(0);
      const prom = readFileSync(join(out, 'mttr-studio.prom'), 'utf8');
      expect(prom).toContain('team="Renamed later"');
      expect(prom).not.toContain('team="Renamed earlier"');
      expect(prom).not.toContain(`team="${team.name}"`);
    }
  }, 60_000);

  it('refuses a bad file with one line naming it, and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "mttr-studio-backup", "schemaVersion": ');
    const out = join(dir, 'refused');
    const result = await runMetricsCli(['--backup', backup, '--backup', bad, '--out', out]);
    expect(result.code).toBe(1);
    // The app's own words for the file, on one line after its name.
    expect(result.message).toBe(`${bad}: ${appRefusal(readFileSync(bad, 'utf8'))}`);
    expect(result.message).toMatch(/ends too early/u);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is not there, and a wrong command line', async () => {
    const missing = await runMetricsCli(['--backup', join(dir, 'none.json'), '--out', dir]);
    expect(missing).toEqual({
      code: 1,
      message: `${join(dir, 'none.json')}: cannot be read (ENOENT).`,
    });
    expect((await runMetricsCli(['--out', dir])).code).toBe(2);
    expect((await runMetricsCli(['--backup', backup])).code).toBe(2);
    expect((await runMetricsCli(['--backup', backup, '--out', dir, '--oops'])).code).toBe(2);
  });

  it('exits non-zero with the message on stderr when run from npm', async () => {
    const bad = join(dir, 'not-json.json');
    writeFileSync(bad, 'hello');
    const failed = await run('npx', [
      'tsx',
      'scripts/metrics.ts',
      '--backup',
      bad,
      '--out',
      join(dir, 'x'),
    ]).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string; stdout: string },
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr.trimEnd().split('\n')).toEqual([`${bad}: ${appRefusal('hello')}`]);
  }, 60_000);
});

describe('the atomic write', () => {
  it('replaces the file in one step and leaves no temporary file', async () => {
    const target = join(dir, 'atomic', 'mttr-studio.prom');
    await runMetricsCli(['--backup', backup, '--out', join(dir, 'atomic')]);
    await writeAtomically(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'atomic')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
