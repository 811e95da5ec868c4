import { describe, expect, it } from 'vitest';
import incidentIo from '../../domain/incidents/fixtures/incident-io.json?raw';
import { createTeams, createTestRig, dumpAll, type TestRig } from '../test-support';
import { previewImport } from './import';
import { backupOf, bytes, edited, importBackup, otherMachine } from './test-fixtures';

const MINUTE = 60_000;

async function importIncidents(rig: TestRig, teamId: string, text = incidentIo) {
  const preview = await rig.repos.incidents.previewImport({
    teamId,
    fileName: 'export.json',
    text,
    byteLength: text.length,
    preset: 'incident-io',
    options: { timeZone: 'UTC' },
  });
  if (!preview.ok) throw new Error(preview.problem.message);
  const committed = await rig.repos.incidents.commitImport(preview.value.prepared);
  if (!committed.ok) throw new Error(committed.problem.message);
}

/** A and B share a team (B restored A's backup), and each imported the same export on its own. */
async function bothImported() {
  const a = createTestRig();
  const [teamId = ''] = await createTeams(a, 'Payments');
  const b = otherMachine();
  await importBackup(b, await backupOf(a));
  await importIncidents(a, teamId);
  b.clock.advance(MINUTE);
  await importIncidents(b, teamId);
  return { a, b, teamId };
}

const naturalKeys = async (rig: TestRig, teamId: string) =>
  (await rig.repos.incidents.listForTeam(teamId))
    .map((incident) => `${incident.sourceKey}/${incident.sourceId}`)
    .sort();

describe('merging incidents imported on two machines', () => {
  it('keeps one copy of each incident, under the stored id, both ways, idempotently', async () => {
    const { a, b, teamId } = await bothImported();
    const keysBefore = await naturalKeys(a, teamId);
    expect(keysBefore).toHaveLength(6);
    const idsOnA = (await a.repos.incidents.listForTeam(teamId)).map((i) => i.id).sort();
    const fromA = await backupOf(a);
    const fromB = await backupOf(b);

    const onA = await importBackup(a, fromB);
    const onB = await importBackup(b, fromA);
    expect(await naturalKeys(a, teamId)).toEqual(keysBefore);
    expect(await naturalKeys(b, teamId)).toEqual(keysBefore);
    // A keeps its own ids: B's copies were matched by team, tool and id, not by their ids.
    expect((await a.repos.incidents.listForTeam(teamId)).map((i) => i.id).sort()).toEqual(idsOnA);
    // The two imports read the same file: nothing but the time of import differs, and the
    // newer copy (B's) wins on A, while A's older copy leaves B as it is.
    expect(onA.committed.summary.stores.incidents).toEqual({ added: 0, updated: 6, unchanged: 0 });
    expect(onB.committed.summary.stores.incidents).toEqual({ added: 0, updated: 0, unchanged: 6 });

    // Importing either file again changes nothing.
    const before = await dumpAll(a.db);
    const again = await importBackup(a, fromB);
    expect(again.committed.summary.stores.incidents).toEqual({
      added: 0,
      updated: 0,
      unchanged: 6,
    });
    expect(await dumpAll(a.db)).toEqual(before);
  });

  it('adds the incidents the other machine has and this one does not', async () => {
    const a = createTestRig();
    const [teamId = ''] = await createTeams(a, 'Payments');
    const b = otherMachine();
    await importBackup(b, await backupOf(a));
    await importIncidents(b, teamId);
    const { committed } = await importBackup(a, await backupOf(b));
    expect(committed.summary.stores.incidents).toEqual({ added: 6, updated: 0, unchanged: 0 });
    expect(await a.repos.incidents.listForTeam(teamId)).toEqual(
      await b.repos.incidents.listForTeam(teamId),
    );
  });

  it('refuses a file with two copies of one incident, and changes nothing', async () => {
    const { a } = await bothImported();
    const text = edited(await backupOf(a), (json) => {
      const [first] = json.stores.incidents ?? [];
      json.stores.incidents?.push({ ...first, id: 'ffffffff-0000-4000-8000-0000000000aa' });
    });
    const before = await dumpAll(a.db);
    const preview = await previewImport(a.db, text, bytes(text));
    expect(preview).toMatchObject({
      ok: false,
      problem: { store: 'incidents', recordId: 'ffffffff-0000-4000-8000-0000000000aa' },
    });
    expect(!preview.ok && preview.problem.message).toContain('second copy of the same incident');
    expect(await dumpAll(a.db)).toEqual(before);
  });
});
