// Backup files written before drill runs (schema version 3 or older) list every drill event in one
// flat "drillEvents" list. They still import: their events are checked where the file lists them,
// then joined into one run per drill by the same function the database upgrade uses.
import { beforeAll, describe, expect, it } from 'vitest';
import { runsFromEvents } from '../../domain/records/drill-runs';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { createTestRig, dumpAll, type TestRig } from '../test-support';
import { eventsOf, freshDrill } from './corpus-cases';
import { commitImport, previewImport } from './import';
import { parseBackup } from './parse';
import { backupOf, bytes, edited, richRig, type BackupJson } from './test-fixtures';

/** The same data as a file of schema version 3 holds it: events flat, in run order. */
function asVersion3(text: string): string {
  return edited(text, (json: BackupJson) => {
    json.schemaVersion = 3;
    json.stores.drillEvents = (json.stores.drillRuns ?? []).flatMap(eventsOf);
    delete json.stores.drillRuns;
  });
}

const flatEvent = (json: BackupJson, index: number) => {
  const event = json.stores.drillEvents?.[index];
  if (event === undefined) throw new Error('setup: no such event');
  return event;
};

describe('a backup written before drill runs', () => {
  let rig: TestRig;
  let current: string;
  beforeAll(async () => {
    rig = await richRig();
    current = await backupOf(rig);
  });

  it('reads into the same runs as the current file, by the upgrade’s own conversion', () => {
    const older = asVersion3(current);
    const fromOlder = parseBackup(older, bytes(older));
    const fromCurrent = parseBackup(current, bytes(current));
    if (!fromOlder.ok || !fromCurrent.ok) throw new Error('setup: refused');
    expect(fromOlder.records.drillRuns).toEqual(fromCurrent.records.drillRuns);
    const flat = (JSON.parse(older) as BackupJson).stores
      .drillEvents as unknown as DrillEventRecord[];
    expect(runsFromEvents(flat)).toEqual(fromCurrent.records.drillRuns);
  });

  it('names a bad event by its place in the flat list', () => {
    const older = edited(asVersion3(current), (json) => {
      flatEvent(json, 3).kind = 'teleport';
    });
    const parsed = parseBackup(older, bytes(older));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatchObject({
      message: expect.stringMatching(
        /^Drill event .+ \(record 4 of "drillEvents"\): "kind" is "teleport", which is not known\.$/u,
      ) as string,
      store: 'drillEvents',
      field: 'kind',
    });
  });

  it('names an event the run check refuses by its place in the flat list', () => {
    const spoiled = freshDrill((events) => {
      const first = events[0];
      if (first !== undefined) first.mark = 'detected';
    })(current);
    const older = asVersion3(spoiled);
    const json = JSON.parse(older) as BackupJson;
    const place = (json.stores.drillEvents ?? []).findIndex((e) =>
      String(e.id).startsWith('ffffffff'),
    );
    const parsed = parseBackup(older, bytes(older));
    expect(!parsed.ok && parsed.problem.message).toContain(
      `(record ${String(place + 1)} of "drillEvents"): "mark" is not a step the app would have recorded`,
    );
  });

  it('is refused when it mixes the two shapes', () => {
    const runsInOld = edited(current, (json) => {
      json.schemaVersion = 3;
    });
    const flatInNew = edited(asVersion3(current), (json) => {
      json.schemaVersion = 4;
    });
    for (const text of [runsInOld, flatInNew]) {
      const parsed = parseBackup(text, bytes(text));
      expect(!parsed.ok && parsed.problem.message).toMatch(
        /holds records of a kind this app does not know/u,
      );
    }
  });

  it('merges into the database holding the same data without a change', async () => {
    const before = await dumpAll(rig.db);
    const older = asVersion3(current);
    const preview = await previewImport(rig.db, older, bytes(older));
    if (!preview.ok) throw new Error(preview.problem.message);
    const committed = await commitImport(rig.db, preview.plan);
    expect(committed.ok && committed.summary.total).toMatchObject({ added: 0, updated: 0 });
    expect(await dumpAll(rig.db)).toEqual(before);
  });
});

// Schema version 6 dropped indexes and reshaped the read model, which is never in a file: a file
// written by version 5 holds the same stores and records as today's.
describe('a backup written by schema version 5', () => {
  let rig: TestRig;
  let older: string;
  beforeAll(async () => {
    rig = await richRig();
    older = edited(await backupOf(rig), (json) => {
      json.schemaVersion = 5;
    });
  });

  it('merges into the database holding the same data without a change', async () => {
    const before = await dumpAll(rig.db);
    const preview = await previewImport(rig.db, older, bytes(older));
    if (!preview.ok) throw new Error(preview.problem.message);
    const committed = await commitImport(rig.db, preview.plan);
    expect(committed.ok && committed.summary.total).toMatchObject({ added: 0, updated: 0 });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('restores into an empty database every record, and the read model built from them', async () => {
    const empty = createTestRig();
    const preview = await previewImport(empty.db, older, bytes(older));
    if (!preview.ok) throw new Error(preview.problem.message);
    const committed = await commitImport(empty.db, preview.plan);
    expect(committed.ok).toBe(true);
    // In key order: records compare field by field, whatever order their fields were written in.
    const keyOf = (record: Record<string, unknown>) =>
      String(record.id ?? record.drillId ?? record.teamId ?? record.key);
    const byKey = (records: unknown[]) =>
      [...(records as Record<string, unknown>[])].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
    const [restored, original] = await Promise.all([dumpAll(empty.db), dumpAll(rig.db)]);
    for (const store of Object.keys(original)) {
      expect(byKey(restored[store] ?? []), store).toEqual(byKey(original[store] ?? []));
    }
  });
});
