import { beforeEach, describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import type { ActionItemSource } from '../../domain/records/action-items';
import { createTeams, createTestRig, dumpAll, T0, type TestRig } from '../test-support';

const fromDrill = (id: Id): ActionItemSource => ({ kind: 'drill', id, criterionId: null });

describe('action items repository', () => {
  let rig: TestRig;
  let teamId: Id;
  let otherTeamId: Id;
  let ownerId: Id;
  let outsiderId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    [teamId = '', otherTeamId = ''] = await createTeams(rig, 'Payments', 'Checkout');
    const owner = await rig.repos.people.add(teamId, { name: 'Amara Okafor', role: 'SRE' });
    const outsider = await rig.repos.people.add(otherTeamId, { name: 'Jun Park', role: 'SRE' });
    if (!owner.ok || !outsider.ok) throw new Error('setup failed');
    ownerId = owner.value.id;
    outsiderId = outsider.value.id;
  });

  it('creates an open item with its source', async () => {
    const result = await rig.repos.actionItems.create(teamId, {
      title: ' Page the database owner ',
      ownerId,
      due: '2025-02-01',
      source: fromDrill('d1'),
    });
    expect(result).toEqual({
      ok: true,
      value: {
        id: expect.any(String) as string,
        teamId,
        title: 'Page the database owner',
        ownerId,
        due: '2025-02-01',
        status: 'open',
        source: fromDrill('d1'),
        createdAt: T0,
        updatedAt: T0,
      },
    });
  });

  it('refuses an owner from another team and writes nothing', async () => {
    const before = await dumpAll(rig.db);
    const result = await rig.repos.actionItems.create(teamId, {
      title: 'Fix it',
      ownerId: outsiderId,
      due: null,
      source: fromDrill('d1'),
    });
    expect(result).toEqual({
      ok: false,
      errors: { ownerId: 'Choose an owner from the team, or leave it unassigned.' },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('refuses to add to a deleted team', async () => {
    await rig.repos.teams.remove(otherTeamId);
    const result = await rig.repos.actionItems.create(otherTeamId, {
      title: 'Fix it',
      ownerId: null,
      due: null,
      source: fromDrill('d1'),
    });
    expect(result.ok).toBe(false);
  });

  it('updates status and keeps updatedAt when nothing changed', async () => {
    const created = await rig.repos.actionItems.create(teamId, {
      title: 'Fix it',
      ownerId: null,
      due: null,
      source: fromDrill('d1'),
    });
    if (!created.ok) throw new Error('setup failed');
    rig.clock.advance(1000);
    const same = await rig.repos.actionItems.update(created.value.id, {
      title: 'Fix it',
      ownerId: null,
      due: null,
      status: 'open',
    });
    expect(same.ok && same.value.updatedAt).toBe(T0);
    const done = await rig.repos.actionItems.update(created.value.id, {
      title: 'Fix it',
      ownerId,
      due: '2025-03-01',
      status: 'done',
    });
    expect(done).toMatchObject({
      ok: true,
      value: { status: 'done', ownerId, updatedAt: T0 + 1000 },
    });
  });

  it('says so when updating a deleted item', async () => {
    expect(
      await rig.repos.actionItems.update('gone', {
        title: 'x',
        ownerId: null,
        due: null,
        status: 'open',
      }),
    ).toEqual({ ok: false, errors: { form: 'This action item has been deleted.' } });
  });

  it('lists a team’s items unfinished first, and a source’s items', async () => {
    const add = async (
      title: string,
      due: string | null,
      source: ActionItemSource,
      team = teamId,
    ) => {
      const result = await rig.repos.actionItems.create(team, {
        title,
        ownerId: null,
        due,
        source,
      });
      if (!result.ok) throw new Error('setup failed');
      return result.value;
    };
    const late = await add('Late', '2025-03-01', fromDrill('d1'));
    const early = await add('Early', '2025-01-01', fromDrill('d2'));
    await add('Elsewhere', null, fromDrill('d1'), otherTeamId);
    await rig.repos.actionItems.update(early.id, { ...early, status: 'done' });

    expect((await rig.repos.actionItems.listForTeam(teamId)).map((i) => i.title)).toEqual([
      'Late',
      'Early',
    ]);
    expect((await rig.repos.actionItems.listForSource('drill', 'd1')).map((i) => i.title)).toEqual([
      'Late',
      'Elsewhere',
    ]);
    await rig.repos.actionItems.remove(late.id);
    expect(await rig.repos.actionItems.listForSource('drill', 'd1')).toHaveLength(1);
  });
});
