import { beforeEach, describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import type { ServiceRecord } from '../../domain/records/services';
import { createTeams, createTestRig, dumpAll, T0, type TestRig } from '../test-support';

describe('services repository', () => {
  let rig: TestRig;
  let teamId: Id;
  let otherTeamId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    [teamId = '', otherTeamId = ''] = await createTeams(rig, 'Payments', 'Checkout');
  });

  async function addService(name: string, tier: unknown, to: Id = teamId): Promise<ServiceRecord> {
    const result = await rig.repos.services.add(to, { name, tier });
    if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
    return result.value;
  }

  describe('add', () => {
    it('stores the normalised service in the team', async () => {
      const result = await rig.repos.services.add(teamId, { name: ' Ledger   API ', tier: 1 });
      expect(result).toEqual({
        ok: true,
        value: {
          id: '00000000-0000-4000-8000-000000000003',
          teamId,
          name: 'Ledger API',
          tier: 1,
          createdAt: T0,
          updatedAt: T0,
        },
      });
      expect(await rig.db.services.toArray()).toEqual([result.ok && result.value]);
    });

    it('allows the same service name in another team', async () => {
      await addService('Gateway', 1);
      const result = await rig.repos.services.add(otherTeamId, { name: 'gateway', tier: 2 });
      expect(result.ok).toBe(true);
    });

    it.each([
      [
        'a duplicate',
        { name: 'LEDGER', tier: 2 },
        { name: 'This team already has a service called “Ledger”.' },
      ],
      ['an empty name', { name: '', tier: 2 }, { name: 'Give the service a name.' }],
      ['no tier', { name: 'Refunds', tier: undefined }, { tier: 'Choose a tier for the service.' }],
      [
        'tier 4',
        { name: 'Refunds', tier: 4 },
        { tier: 'The tier must be 1 (most critical), 2 or 3.' },
      ],
      [
        'both fields wrong',
        { name: 'z'.repeat(100), tier: '2' },
        {
          name: 'Keep the name to 80 characters or fewer (this one has 100).',
          tier: 'The tier must be 1 (most critical), 2 or 3.',
        },
      ],
    ])('refuses %s and leaves the database unchanged', async (_, input, errors) => {
      await addService('Ledger', 1);
      const before = await dumpAll(rig.db);
      expect(await rig.repos.services.add(teamId, input)).toEqual({ ok: false, errors });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('refuses to add to a team that has been deleted', async () => {
      await rig.repos.teams.remove(teamId);
      const before = await dumpAll(rig.db);
      expect(await rig.repos.services.add(teamId, { name: 'Ledger', tier: 1 })).toEqual({
        ok: false,
        errors: { form: 'This team has been deleted, so the service can’t be added to it.' },
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });
  });

  describe('listForTeam', () => {
    it('lists only the team’s services, most critical first, then by name', async () => {
      await addService('reports', 3);
      await addService('Ledger', 1);
      await addService('Webhooks', 2);
      await addService('Authorisation', 1);
      await addService('Basket', 1, otherTeamId);
      const listed = await rig.repos.services.listForTeam(teamId);
      expect(listed.map((service) => [service.tier, service.name])).toEqual([
        [1, 'Authorisation'],
        [1, 'Ledger'],
        [2, 'Webhooks'],
        [3, 'reports'],
      ]);
    });
  });

  describe('update', () => {
    it('changes the name and tier and moves updatedAt', async () => {
      const service = await addService('Ledger', 1);
      rig.clock.advance(5_000);
      const result = await rig.repos.services.update(service.id, {
        name: 'Payment Ledger',
        tier: 2,
      });
      const expected = { ...service, name: 'Payment Ledger', tier: 2, updatedAt: T0 + 5_000 };
      expect(result).toEqual({ ok: true, value: expected });
      expect(await rig.db.services.get(service.id)).toEqual(expected);
    });

    it('allows changing only the case of its own name', async () => {
      const service = await addService('Ledger', 1);
      const result = await rig.repos.services.update(service.id, { name: 'LEDGER', tier: 1 });
      expect(result.ok && result.value.name).toBe('LEDGER');
    });

    it('does not touch the record when nothing changed', async () => {
      const service = await addService('Ledger', 1);
      rig.clock.advance(5_000);
      const before = await dumpAll(rig.db);
      expect(await rig.repos.services.update(service.id, { name: 'Ledger ', tier: 1 })).toEqual({
        ok: true,
        value: service,
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('refuses a sibling’s name and leaves the database unchanged', async () => {
      await addService('Ledger', 1);
      const webhooks = await addService('Webhooks', 2);
      const before = await dumpAll(rig.db);
      expect(await rig.repos.services.update(webhooks.id, { name: 'ledger', tier: 2 })).toEqual({
        ok: false,
        errors: { name: 'This team already has a service called “Ledger”.' },
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('says so when the service has been removed', async () => {
      expect(await rig.repos.services.update('gone', { name: 'Ledger', tier: 1 })).toEqual({
        ok: false,
        errors: { form: 'This service has been removed, so the change can’t be saved.' },
      });
    });
  });

  describe('remove', () => {
    it('removes only that service', async () => {
      const ledger = await addService('Ledger', 1);
      const webhooks = await addService('Webhooks', 2);
      await rig.repos.services.remove(ledger.id);
      expect(await rig.db.services.toArray()).toEqual([webhooks]);
      await expect(rig.repos.services.remove('gone')).resolves.toBeUndefined();
    });
  });
});
