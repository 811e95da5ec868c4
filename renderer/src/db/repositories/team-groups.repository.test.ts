import { beforeEach, describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import { createTeams, createTestRig, dumpAll, T0, type TestRig } from '../test-support';
import { GROUP_GONE } from './team-groups.repository';

describe('team groups repository', () => {
  let rig: TestRig;
  let payments: Id;
  let search: Id;

  beforeEach(async () => {
    rig = createTestRig();
    [payments = '', search = ''] = await createTeams(rig, 'Payments', 'Search');
  });

  async function created(name: string, teamIds: Id[] = []) {
    const result = await rig.repos.teamGroups.create({ name, teamIds });
    if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
    return result.value;
  }

  it('creates a group with a clean name and its members, listed by name', async () => {
    await created('  Platform ', [search]);
    const money = await created('Money', [payments]);
    expect(money).toMatchObject({ name: 'Money', teamIds: [payments], createdAt: T0 });
    expect((await rig.repos.teamGroups.list()).map((g) => g.name)).toEqual(['Money', 'Platform']);
  });

  it('refuses a second group of the same name and writes nothing', async () => {
    await created('Money');
    const before = await dumpAll(rig.db);
    const result = await rig.repos.teamGroups.create({ name: 'money', teamIds: [] });
    expect(result).toEqual({
      ok: false,
      errors: { name: 'There is already a group named “money”.' },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('refuses a member that is not a team', async () => {
    const result = await rig.repos.teamGroups.create({ name: 'X', teamIds: ['missing-team'] });
    expect(result.ok).toBe(false);
    expect(await rig.db.teamGroups.count()).toBe(0);
  });

  it('renames a group, keeping its members, and may keep its own name', async () => {
    const group = await created('Money', [payments]);
    rig.clock.advance(1000);
    const renamed = await rig.repos.teamGroups.rename(group.id, 'Payments area');
    expect(renamed).toEqual({
      ok: true,
      value: { ...group, name: 'Payments area', updatedAt: T0 + 1000 },
    });
    expect((await rig.repos.teamGroups.rename(group.id, 'Payments area')).ok).toBe(true);
  });

  it('refuses a rename to another group’s name', async () => {
    await created('Money');
    const other = await created('Platform');
    const result = await rig.repos.teamGroups.rename(other.id, 'MONEY');
    expect(result.ok).toBe(false);
    expect((await rig.repos.teamGroups.get(other.id))?.name).toBe('Platform');
  });

  it('sets the members', async () => {
    const group = await created('Money', [payments]);
    const result = await rig.repos.teamGroups.setMembers(group.id, [search, payments]);
    expect(result.ok && result.value.teamIds).toEqual([search, payments]);
    expect((await rig.repos.teamGroups.get(group.id))?.teamIds).toEqual([search, payments]);
  });

  it('updates name and members together, or neither when one is refused', async () => {
    await created('Money');
    const group = await created('Platform', [search]);
    const refused = await rig.repos.teamGroups.update(group.id, {
      name: 'Money',
      teamIds: [payments],
    });
    expect(refused.ok).toBe(false);
    expect(await rig.repos.teamGroups.get(group.id)).toEqual(group);
    const saved = await rig.repos.teamGroups.update(group.id, {
      name: 'Core',
      teamIds: [payments],
    });
    expect(saved.ok && [saved.value.name, saved.value.teamIds]).toEqual(['Core', [payments]]);
  });

  it('says a deleted group cannot change', async () => {
    const group = await created('Money');
    await rig.repos.teamGroups.delete(group.id);
    expect(await rig.repos.teamGroups.setMembers(group.id, [])).toEqual({
      ok: false,
      errors: { form: GROUP_GONE },
    });
    expect(await rig.db.teamGroups.count()).toBe(0);
  });

  it('deleting a group leaves its teams', async () => {
    const group = await created('Money', [payments]);
    await rig.repos.teamGroups.delete(group.id);
    expect(await rig.db.teams.count()).toBe(2);
  });
});
