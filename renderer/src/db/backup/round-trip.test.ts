import { READ_MODEL_STORES } from '../read-models/read-models';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { describe, expect, it } from 'vitest';
import { createTestRig, dumpAll } from '../test-support';
import { BACKUP_FORMAT, BACKUP_STORES } from './format';
import { commitImport, previewImport } from './import';
import { backupOf, bytes, edited, richRig } from './test-fixtures';

async function importText(rig: ReturnType<typeof createTestRig>, text: string) {
  const preview = await previewImport(rig.db, text, bytes(text));
  if (!preview.ok) throw new Error(preview.problem.message);
  const committed = await commitImport(rig.db, preview.plan);
  if (!committed.ok) throw new Error(committed.problem.message);
  return { preview, committed };
}

describe('backup round trip', () => {
  it('restores every record of every store into an empty database', async () => {
    const source = await richRig();
    const text = await backupOf(source);
    const target = createTestRig();
    const { preview, committed } = await importText(target, text);
    expect(await dumpAll(target.db)).toEqual(await dumpAll(source.db));
    expect(preview.summary).toEqual(committed.summary);
    const drills = await source.db.drills.count();
    expect(committed.summary.stores.drills).toEqual({ added: drills, updated: 0, unchanged: 0 });
    expect(committed.summary.total.updated).toBe(0);
    expect(committed.summary.total.unchanged).toBe(0);
  });

  it('merges a backup of the first data version, written before teams were marked, without loss', async () => {
    const source = await richRig();
    const current = await backupOf(source);
    // The same data as version 1 wrote it: no sample marker on teams, drill events in one flat
    // list rather than one run per drill.
    const older = edited(current, (json) => {
      json.schemaVersion = 1;
      for (const team of json.stores.teams ?? []) delete team.demo;
      json.stores.drillEvents = (json.stores.drillRuns ?? []).flatMap(
        (run) => run.events as Record<string, unknown>[],
      );
      delete json.stores.drillRuns;
      // Kept since version 3.
      for (const store of ['incidents', 'models', 'teamGroups', 'importMappings']) {
        expect(json.stores[store], store).toEqual([]);
        Reflect.deleteProperty(json.stores, store);
      }
    });
    expect(older).toContain('"drillEvents"');
    // Into an empty database: every record arrives, teams as the user's own (an unmarked team is
    // never taken for sample data).
    const empty = createTestRig();
    await importText(empty, older);
    const expected = await dumpAll(source.db);
    expect(await dumpAll(empty.db)).toEqual({
      ...expected,
      teams: expected.teams?.map((team) => ({ ...(team as object), demo: false })),
    });
    // Into the database that holds the same data already: nothing changes.
    const { committed } = await importText(source, older);
    expect(committed.summary.total.added).toBe(0);
    expect(committed.summary.total.updated).toBe(0);
    expect(await dumpAll(source.db)).toEqual(expected);
  }, 20_000); // two full imports of the rich database: slow on a busy two-core machine

  it('reads a backup that an editor saved with a UTF-8 byte order mark', async () => {
    const source = await richRig();
    const text = await backupOf(source);
    const target = createTestRig();
    await importText(target, `\uFEFF${text}`);
    expect(await dumpAll(target.db)).toEqual(await dumpAll(source.db));
  });

  it('names its format and versions, and holds every store of the schema', async () => {
    const source = await richRig();
    const json = JSON.parse(await backupOf(source)) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: BACKUP_FORMAT,
      schemaVersion: LATEST_SCHEMA_VERSION,
      appVersion: '1.0.0',
    });
    // Every store of what users record; the read models are derived from them, never backed up.
    const recorded = source.db.tables
      .map((t) => t.name)
      .filter((name) => !(name in READ_MODEL_STORES))
      .sort();
    expect(recorded.length).toBe(source.db.tables.length - Object.keys(READ_MODEL_STORES).length);
    expect(Object.keys(json.stores as object).sort()).toEqual(recorded);
    expect([...BACKUP_STORES].sort()).toEqual(recorded);
  });

  it('writes the same text for the same data, apart from the export time', async () => {
    const source = await richRig();
    const first = await backupOf(source);
    source.clock.advance(60_000);
    const second = await backupOf(source);
    const withoutDate = (text: string) => text.replace(/"exportedAt": "[^"]*"/u, '');
    expect(second).not.toBe(first);
    expect(withoutDate(second)).toBe(withoutDate(first));
    // Re-imported elsewhere and exported again, the data reads the same too.
    const copy = createTestRig();
    await importText(copy, first);
    const again = await backupOf(copy);
    expect(withoutDate(again)).toBe(withoutDate(first));
  });

  it('changes nothing when the same file is imported twice', async () => {
    const source = await richRig();
    const text = await backupOf(source);
    const target = createTestRig();
    await importText(target, text);
    const before = await dumpAll(target.db);
    const { preview, committed } = await importText(target, text);
    expect(await dumpAll(target.db)).toEqual(before);
    expect(committed.summary.total.added).toBe(0);
    expect(committed.summary.total.updated).toBe(0);
    expect(preview.summary.total.unchanged).toBeGreaterThan(1000);
  });

  it('changes nothing when a database imports its own backup', async () => {
    const rig = await richRig();
    const before = await dumpAll(rig.db);
    const { committed } = await importText(rig, await backupOf(rig));
    expect(await dumpAll(rig.db)).toEqual(before);
    expect(committed.summary.total).toMatchObject({ added: 0, updated: 0 });
  });
});
