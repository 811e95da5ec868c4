// Databases and backup files for backup tests (not used by the app): a rich database (the demo
// data set, a user scenario, settings, a drill still running) and a way to edit a backup's JSON.
import { DEFAULT_TARGETS } from '../../domain/drills/phases';
import { generateDemoData } from '../../domain/demo/generate-demo';
import { createTestRig, type TestRig } from '../test-support';
import { createRepositories } from '../index';
import { exportBackup } from './export';
import { commitImport, previewImport } from './import';

export const DEMO_NOW = Date.UTC(2025, 0, 10, 12, 0, 0);

/** The demo data, loaded the way a user loads it; the rig's clock is later than every record. */
export async function richRig(): Promise<TestRig> {
  const rig = createTestRig();
  const loaded = await rig.repos.demo.load(generateDemoData({ seed: 2026, now: DEMO_NOW }));
  if (!loaded.ok) throw new Error(loaded.errors.form);
  const scenario = await rig.repos.scenarios.create({
    name: 'Queue backlog',
    description: 'A consumer stops; messages pile up.',
    hypothesis: 'We notice within 10 minutes.',
    injectionSteps: 'Stop the consumer',
    detectionSignal: 'Queue depth alert',
    runbook: 'Restart the consumer',
    targets: DEFAULT_TARGETS,
  });
  if (!scenario.ok) throw new Error('setup failed');
  await rig.repos.settings.set('theme', 'dark');
  return rig;
}

export type BackupJson = {
  format: unknown;
  schemaVersion: unknown;
  appVersion: unknown;
  exportedAt: unknown;
  stores: Record<string, Record<string, unknown>[]>;
};

export async function backupOf(rig: TestRig): Promise<string> {
  return exportBackup(rig.db, { appVersion: '1.0.0', now: rig.clock.now() });
}

/** A copy of a backup with `edit` applied to its parsed JSON. */
export function edited(text: string, edit: (json: BackupJson) => void): string {
  const json = JSON.parse(text) as BackupJson;
  edit(json);
  return JSON.stringify(json);
}

/** The nth record of a store, failing the test setup if there is none. */
export function recordOf(json: BackupJson, store: string, index = 0): Record<string, unknown> {
  const record = json.stores[store]?.[index];
  if (record === undefined) throw new Error(`no record ${String(index)} in ${store}`);
  return record;
}

export const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A second computer: its own database, a clock that reads the same as the first rig's, and ids
 * that cannot collide with the first rig's (which count up from 1).
 */
export function otherMachine(): TestRig {
  const base = createTestRig();
  let ids = 0;
  const clock = {
    ...base.clock,
    newId: () => {
      ids += 1;
      return `bbbbbbbb-0000-4000-8000-${ids.toString(16).padStart(12, '0')}`;
    },
  };
  return { db: base.db, clock, repos: createRepositories(base.db, clock) };
}

/** Previews and commits a backup, failing the test if either refuses. */
export async function importBackup(rig: TestRig, text: string) {
  const preview = await previewImport(rig.db, text, bytes(text));
  if (!preview.ok) throw new Error(preview.problem.message);
  const committed = await commitImport(rig.db, preview.plan);
  if (!committed.ok) throw new Error(committed.problem.message);
  return { preview, committed };
}
