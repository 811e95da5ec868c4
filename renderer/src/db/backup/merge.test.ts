import { describe, expect, it } from 'vitest';
import { createTeamWithService, planInput } from '../repositories/drill-test-support';
import { createTestRig, dumpAll, type TestRig } from '../test-support';
import { commitImport, previewImport } from './import';
import { backupOf, bytes, edited, importBackup, otherMachine, recordOf } from './test-fixtures';

const MINUTE = 60_000;

async function renameFirstTeam(rig: TestRig, name: string) {
  const [team] = await rig.db.teams.toArray();
  if (team === undefined) throw new Error('setup: no team');
  const renamed = await rig.repos.teams.rename(team.id, name);
  if (!renamed.ok) throw new Error('setup: rename refused');
  return team.id;
}

/** Machine A with a team, a service and a drill started and detected; B holds a copy. */
async function twoMachinesWithARun() {
  const a = createTestRig();
  const { teamId, serviceId } = await createTeamWithService(a);
  const planned = await a.repos.drills.plan(teamId, planInput([serviceId]));
  if (!planned.ok) throw new Error('setup: plan refused');
  const drillId = planned.value.id;
  const mark = async (rig: TestRig, kind: 'mark' | 'undo' = 'mark') => {
    rig.clock.advance(MINUTE);
    const appended = await rig.repos.drillEvents.append(drillId, { kind, at: rig.clock.now() });
    if (!appended.ok) throw new Error(`setup: ${JSON.stringify(appended.errors)}`);
  };
  const note = async (rig: TestRig, text: string) => {
    rig.clock.advance(MINUTE);
    const at = rig.clock.now();
    const appended = await rig.repos.drillEvents.append(drillId, {
      kind: 'note',
      at,
      noteKind: 'observation',
      text,
    });
    if (!appended.ok) throw new Error('setup: note refused');
  };
  await mark(a);
  await mark(a);
  const b = otherMachine();
  b.clock.advance(a.clock.now() - b.clock.now());
  await importBackup(b, await backupOf(a));
  return { a, b, drillId, mark, note };
}

describe('merging a backup into a database that has data', () => {
  it('takes the file’s copy of a record when it was changed later than ours', async () => {
    const a = createTestRig();
    await createTeamWithService(a);
    const b = otherMachine();
    await importBackup(b, await backupOf(a));
    a.clock.advance(MINUTE);
    const teamId = await renameFirstTeam(a, 'Payments Platform');
    const { committed } = await importBackup(b, await backupOf(a));
    expect((await b.db.teams.get(teamId))?.name).toBe('Payments Platform');
    expect(committed.summary.stores.teams).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(committed.summary.stores.services).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('keeps our copy when it was changed later than the file’s', async () => {
    const a = createTestRig();
    await createTeamWithService(a);
    const b = otherMachine();
    await importBackup(b, await backupOf(a));
    a.clock.advance(MINUTE);
    await renameFirstTeam(a, 'Payments Platform');
    const older = await backupOf(a);
    b.clock.advance(2 * MINUTE);
    const teamId = await renameFirstTeam(b, 'Money Movement');
    const before = await dumpAll(b.db);
    const { committed } = await importBackup(b, older);
    expect((await b.db.teams.get(teamId))?.name).toBe('Money Movement');
    expect(committed.summary.stores.teams).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await dumpAll(b.db)).toEqual(before);
  });

  it('keeps our copy on a tie, and counts it unchanged', async () => {
    const a = createTestRig();
    await createTeamWithService(a);
    const text = edited(await backupOf(a), (json) => {
      recordOf(json, 'teams').name = 'Same time, other name';
    });
    const before = await dumpAll(a.db);
    const { committed } = await importBackup(a, text);
    expect(await dumpAll(a.db)).toEqual(before);
    expect(committed.summary.stores.teams).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('joins the events of two copies of a run that went on apart, on both machines alike', async () => {
    const { a, b, drillId, mark, note } = await twoMachinesWithARun();
    await note(a, 'Pager went to the old rota');
    await mark(a); // acknowledged, on A only
    await note(b, 'Dashboards were slow to load');
    const fromA = await backupOf(a);
    const fromB = await backupOf(b);
    const onB = await importBackup(b, fromA);
    await importBackup(a, fromB);
    // One run, which gains A's two events on B.
    expect(onB.committed.summary.stores.drillRuns).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
    });
    const eventsOf = async (rig: TestRig) => rig.repos.drillEvents.listForDrill(drillId);
    expect(await eventsOf(a)).toEqual(await eventsOf(b));
    expect((await eventsOf(a)).map((e) => e.kind)).toEqual([
      'mark',
      'mark',
      'note',
      'note',
      'mark',
    ]);
    expect(await dumpAll(a.db)).toEqual(await dumpAll(b.db));
    // Each has the other's events now: importing again changes nothing.
    const again = await importBackup(a, fromB);
    expect(again.committed.summary.total).toMatchObject({ added: 0, updated: 0 });
  });

  it('refuses two copies of a run that recorded different next marks, naming the drill', async () => {
    const { a, b, drillId, mark } = await twoMachinesWithARun();
    await mark(a); // acknowledged on A
    await mark(b); // acknowledged on B as well, with another id
    const before = await dumpAll(b.db);
    const text = await backupOf(a);
    const preview = await previewImport(b.db, text, bytes(text));
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.problem.message).toContain(`Drill ${drillId.slice(0, 8)}…`);
    expect(preview.problem.message).toContain('cannot be joined');
    expect(preview.problem).toMatchObject({ store: 'drills', recordId: drillId });
    expect(await dumpAll(b.db)).toEqual(before);
  });

  it('derives a drill’s status again from its merged events', async () => {
    const { a, b, drillId, mark } = await twoMachinesWithARun();
    for (let i = 0; i < 5; i++) await mark(a); // through to closed
    // The file's drill record claims an older, running state while its events close the run.
    const text = edited(await backupOf(a), (json) => {
      const drill = json.stores.drills?.find((d) => d.id === drillId);
      if (drill === undefined) throw new Error('setup');
      drill.status = 'running';
    });
    const { committed } = await importBackup(b, text);
    const drill = await b.db.drills.get(drillId);
    expect(drill?.status).toBe('completed');
    const events = await b.repos.drillEvents.listForDrill(drillId);
    expect(drill?.updatedAt).toBe(Math.max(...events.map((e) => e.recordedAt)));
    expect(committed.summary.stores.drills).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const again = await importBackup(b, text);
    expect(again.committed.summary.stores.drills).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });
});

describe('committing a previewed import', () => {
  it('does not overwrite a record edited after the preview with the file’s older copy', async () => {
    const a = createTestRig();
    await createTeamWithService(a);
    const b = otherMachine();
    await importBackup(b, await backupOf(a));
    a.clock.advance(MINUTE);
    await renameFirstTeam(a, 'Payments Platform');
    const text = await backupOf(a);
    const preview = await previewImport(b.db, text, bytes(text));
    if (!preview.ok) throw new Error(preview.problem.message);
    expect(preview.summary.stores.teams).toEqual({ added: 0, updated: 1, unchanged: 0 });
    b.clock.advance(5 * MINUTE);
    const teamId = await renameFirstTeam(b, 'Money Movement');
    const committed = await commitImport(b.db, preview.plan);
    expect(committed.ok && committed.summary.stores.teams).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    });
    expect((await b.db.teams.get(teamId))?.name).toBe('Money Movement');
  });

  it('writes nothing when the data changed since the preview so that the file no longer fits', async () => {
    const { a, b, mark } = await twoMachinesWithARun();
    await mark(a);
    const text = await backupOf(a);
    const preview = await previewImport(b.db, text, bytes(text));
    if (!preview.ok) throw new Error(preview.problem.message);
    await mark(b); // B records its own next mark after the preview
    const before = await dumpAll(b.db);
    const committed = await commitImport(b.db, preview.plan);
    expect(committed.ok).toBe(false);
    expect(await dumpAll(b.db)).toEqual(before);
  });
});
