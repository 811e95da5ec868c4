import { beforeEach, describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import type { PersonRecord } from '../../domain/records/people';
import { createTeams, createTestRig, dumpAll, T0, type TestRig } from '../test-support';

describe('people repository', () => {
  let rig: TestRig;
  let teamId: Id;
  let otherTeamId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    [teamId = '', otherTeamId = ''] = await createTeams(rig, 'Payments', 'Checkout');
  });

  async function addPerson(name: string, role = 'SRE', to: Id = teamId): Promise<PersonRecord> {
    const result = await rig.repos.people.add(to, { name, role });
    if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
    return result.value;
  }

  describe('add', () => {
    it('stores the normalised person in the team', async () => {
      const result = await rig.repos.people.add(teamId, {
        name: ' Amara  Okafor',
        role: ' On-call lead ',
      });
      expect(result).toEqual({
        ok: true,
        value: {
          id: '00000000-0000-4000-8000-000000000003',
          teamId,
          name: 'Amara Okafor',
          role: 'On-call lead',
          createdAt: T0,
          updatedAt: T0,
        },
      });
      expect(await rig.db.people.toArray()).toEqual([result.ok && result.value]);
    });

    it('allows the same name in another team', async () => {
      await addPerson('Amara Okafor');
      const result = await rig.repos.people.add(otherTeamId, { name: 'Amara Okafor', role: 'QA' });
      expect(result.ok && result.value.teamId).toBe(otherTeamId);
    });

    it.each([
      [
        'a duplicate name',
        { name: 'amara okafor', role: 'SRE' },
        {
          name: 'This team already has someone called “Amara Okafor”. Add an initial to tell them apart (for example “Amara R. Okafor”).',
        },
      ],
      ['an empty name', { name: ' ', role: 'SRE' }, { name: 'Give the person a name.' }],
      [
        'a role that is too long',
        { name: 'Liam Berg', role: 'r'.repeat(61) },
        { role: 'Keep the role to 60 characters or fewer (this one has 61).' },
      ],
    ])('refuses %s and leaves the database unchanged', async (_, input, errors) => {
      await addPerson('Amara Okafor');
      const before = await dumpAll(rig.db);
      expect(await rig.repos.people.add(teamId, input)).toEqual({ ok: false, errors });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('refuses to add to a team that has been deleted', async () => {
      await rig.repos.teams.remove(teamId);
      const before = await dumpAll(rig.db);
      expect(await rig.repos.people.add(teamId, { name: 'Liam Berg', role: 'SRE' })).toEqual({
        ok: false,
        errors: { form: 'This team has been deleted, so the person can’t be added to it.' },
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });
  });

  describe('listForTeam', () => {
    it('lists only the team’s people, by name ignoring case', async () => {
      await addPerson('zofia Kowalska');
      await addPerson('Amara Okafor');
      await addPerson('Émile Durand');
      await addPerson('Bastian Olsen', 'SRE', otherTeamId);
      const listed = await rig.repos.people.listForTeam(teamId);
      expect(listed.map((person) => person.name)).toEqual([
        'Amara Okafor',
        'Émile Durand',
        'zofia Kowalska',
      ]);
    });
  });

  describe('update', () => {
    it('changes the name and role and moves updatedAt', async () => {
      const person = await addPerson('Amara Okafor');
      rig.clock.advance(1_000);
      const result = await rig.repos.people.update(person.id, {
        name: 'Amara N. Okafor',
        role: 'QA',
      });
      const expected = { ...person, name: 'Amara N. Okafor', role: 'QA', updatedAt: T0 + 1_000 };
      expect(result).toEqual({ ok: true, value: expected });
      expect(await rig.db.people.get(person.id)).toEqual(expected);
    });

    it('does not touch the record when nothing changed', async () => {
      const person = await addPerson('Amara Okafor');
      rig.clock.advance(1_000);
      const before = await dumpAll(rig.db);
      expect(
        await rig.repos.people.update(person.id, { name: 'Amara Okafor', role: 'SRE' }),
      ).toEqual({
        ok: true,
        value: person,
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('refuses a teammate’s name and leaves the database unchanged', async () => {
      await addPerson('Amara Okafor');
      const liam = await addPerson('Liam Berg');
      const before = await dumpAll(rig.db);
      const result = await rig.repos.people.update(liam.id, { name: 'AMARA OKAFOR', role: 'SRE' });
      expect(result.ok).toBe(false);
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('says so when the person has been removed', async () => {
      expect(await rig.repos.people.update('gone', { name: 'Liam Berg', role: '' })).toEqual({
        ok: false,
        errors: {
          form: 'This person has been removed from the team, so the change can’t be saved.',
        },
      });
    });
  });

  describe('remove', () => {
    it('removes only that person', async () => {
      const amara = await addPerson('Amara Okafor');
      const liam = await addPerson('Liam Berg');
      await rig.repos.people.remove(amara.id);
      expect(await rig.db.people.toArray()).toEqual([liam]);
    });
  });
});
