import { describe, expect, it } from 'vitest';
import { createRepositories } from '../index';
import { createTeamWithService, planInput } from '../repositories/drill-test-support';
import { createTestRig, dumpAll, type TestRig } from '../test-support';
import { commitMany, previewMany, type ChosenFile } from './import-many';
import { backupOf, bytes, edited } from './test-fixtures';

/** A team's own computer: ids of its own, so four of them never collide. */
function machine(n: number): TestRig {
  const base = createTestRig();
  let ids = 0;
  const clock = {
    ...base.clock,
    newId: () => {
      ids += 1;
      return `${String(n).repeat(8)}-0000-4000-8000-${ids.toString(16).padStart(12, '0')}`;
    },
  };
  return { db: base.db, clock, repos: createRepositories(base.db, clock) };
}

async function teamBackup(n: number, name: string): Promise<{ rig: TestRig; file: ChosenFile }> {
  const rig = machine(n);
  const { teamId, serviceId } = await createTeamWithService(rig);
  await rig.repos.teams.rename(teamId, name);
  const planned = await rig.repos.drills.plan(teamId, planInput([serviceId]));
  if (!planned.ok) throw new Error('setup: plan refused');
  rig.clock.advance(60_000);
  await rig.repos.drillEvents.append(planned.value.id, { kind: 'mark', at: rig.clock.now() });
  const text = await backupOf(rig);
  return { rig, file: { name: `${name.toLowerCase()}.json`, text, byteLength: bytes(text) } };
}

async function fourBackups(): Promise<ChosenFile[]> {
  const names = ['Search', 'Payments', 'Identity', 'Checkout'];
  return Promise.all(names.map(async (name, i) => (await teamBackup(i + 1, name)).file));
}

const added = (v: { ok: boolean; summary?: { total: { added: number } } }) =>
  v.ok ? v.summary?.total.added : undefined;

describe('importing many backup files at once', () => {
  it('previews four teams’ backups per file in name order, writing nothing', async () => {
    const files = await fourBackups();
    const rig = createTestRig();
    const preview = await previewMany(rig.db, files);
    expect(preview.files.map((f) => [f.name, f.ok])).toEqual([
      ['checkout.json', true],
      ['identity.json', true],
      ['payments.json', true],
      ['search.json', true],
    ]);
    for (const file of preview.files) {
      expect(file.ok && file.summary.stores.teams).toEqual({ added: 1, updated: 0, unchanged: 0 });
    }
    expect(preview.total.stores.teams).toEqual({ added: 4, updated: 0, unchanged: 0 });
    expect(await rig.db.teams.count()).toBe(0);
    expect(await rig.db.drillRuns.count()).toBe(0);
  });

  it('imports them in one go, and the same four files again change nothing', async () => {
    const files = await fourBackups();
    const rig = createTestRig();
    const first = await commitMany(rig.db, (await previewMany(rig.db, files)).plans);
    expect(first.ok && first.total.stores.teams).toEqual({ added: 4, updated: 0, unchanged: 0 });
    expect((await rig.db.teams.toArray()).map((t) => t.name).sort()).toEqual([
      'Checkout',
      'Identity',
      'Payments',
      'Search',
    ]);
    const before = await dumpAll(rig.db);
    const again = await previewMany(rig.db, files);
    expect(again.total.total.added + again.total.total.updated).toBe(0);
    const second = await commitMany(rig.db, again.plans);
    expect(second.ok && second.total.total).toEqual({
      added: 0,
      updated: 0,
      unchanged: first.ok ? first.total.total.added : -1,
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('refuses a bad file with its reason and keeps the others importable', async () => {
    const files = await fourBackups();
    const rig = createTestRig();
    const bad = { name: 'notes.json', text: 'not json {', byteLength: 10 };
    const unreadable = { name: 'gone.json', text: null, byteLength: 0, refusal: 'It is empty.' };
    const preview = await previewMany(rig.db, [...files, bad, unreadable]);
    const refused = preview.files.flatMap((f) => (f.ok ? [] : [[f.name, f.message]]));
    expect(refused).toEqual([
      ['gone.json', 'It is empty.'],
      ['notes.json', expect.stringContaining('not valid JSON')],
    ]);
    expect(preview.plans).toHaveLength(4);
  });

  it('counts a later file against what the earlier ones leave: two copies of one team', async () => {
    const { rig: laptop, file: older } = await teamBackup(1, 'Search');
    laptop.clock.advance(60_000);
    const [team] = await laptop.db.teams.toArray();
    await laptop.repos.teams.rename(team?.id ?? '', 'Search Platform');
    const newerText = await backupOf(laptop);
    const newer = { name: 'search-2.json', text: newerText, byteLength: bytes(newerText) };
    const rig = createTestRig();
    const preview = await previewMany(rig.db, [newer, older]);
    expect(preview.files.map((f) => f.name)).toEqual(['search-2.json', 'search.json']);
    expect(preview.files.map(added)).toEqual([expect.any(Number), 0]);
    await commitMany(rig.db, preview.plans);
    expect((await rig.db.teams.toArray()).map((t) => t.name)).toEqual(['Search Platform']);
  });

  it('writes nothing when one file is refused at commit', async () => {
    const files = await fourBackups();
    const rig = createTestRig();
    const preview = await previewMany(rig.db, files);
    const [first, ...rest] = preview.plans;
    if (first === undefined) throw new Error('setup');
    const tooNew = {
      ...first,
      plan: { ...first.plan, source: { ...first.plan.source, schemaVersion: 999 } },
    };
    const result = await commitMany(rig.db, [...rest, tooNew]);
    expect(result).toEqual({
      ok: false,
      problem: { message: `“checkout.json”: This backup needs a newer version of the app.` },
    });
    expect(await rig.db.teams.count()).toBe(0);
  });

  it('refuses a file that does not fit the data as it is, naming the problem', async () => {
    const { file } = await teamBackup(1, 'Search');
    const broken = edited(file.text ?? '', (json) => {
      const drill = json.stores.drills?.[0];
      if (drill !== undefined) drill.teamId = '99999999-0000-4000-8000-000000000001';
    });
    const rig = createTestRig();
    const preview = await previewMany(rig.db, [
      { name: 'broken.json', text: broken, byteLength: bytes(broken) },
    ]);
    expect(preview.files[0]?.ok).toBe(false);
    expect(preview.plans).toEqual([]);
    expect(await commitMany(rig.db, preview.plans)).toMatchObject({ ok: false });
  });
});
