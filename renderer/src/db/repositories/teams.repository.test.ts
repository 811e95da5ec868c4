import { beforeEach, describe, expect, it } from 'vitest';
import type { MttrDatabase } from '../database';
import type { Id } from '../../domain/records/common';
import { createTestRig, dumpAll, T0, type TestRig } from '../test-support';
import { BUILT_IN_SCENARIOS } from '../../domain/drills/builtin-scenarios';
import { DEFAULT_TARGETS } from '../../domain/drills/phases';
import { EMPTY_DRILL_KIT } from '../../domain/records/drills';

const stamp = { createdAt: T0, updatedAt: T0 };
const PLAN_FIELDS = {
  title: 'Instance down',
  scenarioName: 'Instance down',
  hypothesis: 'We detect within 5 minutes.',
  roles: { facilitator: 'A', incidentCommander: 'B', scribe: '', responders: ['C'], observers: [] },
  targets: DEFAULT_TARGETS,
  kit: EMPTY_DRILL_KIT,
  review: null,
};

/** One record in every team-owned store (two in some), all tagged with the team id. */
async function seedTeamData(db: MttrDatabase, teamId: Id): Promise<void> {
  const id = (kind: string, n = 1) => `${teamId}-${kind}-${n}`;
  await db.services.bulkAdd([
    { id: id('svc'), teamId, name: 'API', tier: 1, ...stamp },
    { id: id('svc', 2), teamId, name: 'Worker', tier: 2, ...stamp },
  ]);
  await db.people.add({ id: id('person'), teamId, name: 'Ana Ruiz', role: 'SRE', ...stamp });
  await db.assessments.add({
    id: id('assessment'),
    teamId,
    modelId: 'mttr-maturity@1',
    status: 'draft',
    takenOn: '2025-01-15',
    facilitator: 'Ana Ruiz',
    participants: [],
    raters: [],
    finalisedAt: null,
    clonedFrom: null,
    ...stamp,
  });
  await db.answers.add({
    id: id('answer'),
    assessmentId: id('assessment'),
    teamId,
    raterId: 'agreed',
    criterionId: 'people.2.a',
    value: 'yes',
    naReason: '',
    evidence: { text: '', links: [], drillIds: [], updatedAt: T0 },
    ...stamp,
  });
  await db.targets.add({ id: id('target'), teamId, categoryId: 'people', level: 3, ...stamp });
  await db.drills.bulkAdd(
    [1, 2, 3].map((n) => ({
      id: id('drill', n),
      teamId,
      scenarioId: 'instance-down',
      status: 'completed' as const,
      severity: 'SEV2' as const,
      plannedFor: '2025-01-10',
      serviceIds: [id('svc')],
      ...PLAN_FIELDS,
      ...stamp,
    })),
  );
  await db.drillRuns.add({
    drillId: id('drill'),
    teamId,
    events: [
      {
        id: id('event'),
        drillId: id('drill'),
        teamId,
        seq: 0,
        kind: 'mark',
        mark: 'start',
        at: T0,
        recordedAt: T0,
      },
    ],
  });
  await db.actionItems.add({
    id: id('action'),
    teamId,
    title: 'Add a runbook link to the alert',
    ownerId: id('person'),
    due: null,
    status: 'open',
    source: { kind: 'manual', id: null, criterionId: null },
    ...stamp,
  });
  await db.incidents.add({
    id: id('incident'),
    teamId,
    title: 'Checkout errors',
    reference: null,
    severity: 'SEV2',
    severityRaw: 'P2',
    services: [],
    teamHint: null,
    source: 'pagerduty',
    sourceKey: 'pagerduty',
    sourceId: 'Q1ABC',
    state: 'recovered',
    milestones: {
      impactBegan: null,
      detected: { at: T0, field: 'created_at', raw: '2025-01-10T09:00:00Z' },
      acknowledged: null,
      diagnosed: null,
      mitigated: null,
      recovered: { at: T0 + 60_000, field: 'resolved_at', raw: '2025-01-10T09:01:00Z' },
      closed: null,
      stakeholdersNotified: null,
    },
    runbookUsed: null,
    automationUsed: null,
    reviewHeld: null,
    notes: [],
    importedFrom: { fileName: 'incidents.json', at: T0 },
    ...stamp,
  });
}

/** The dump without any record that mentions the team id, to compare "everything else". */
function withoutTeam(dump: Record<string, unknown[]>, teamId: Id): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(dump).map(([store, rows]) => [
      store,
      rows.filter((row) => !JSON.stringify(row).includes(teamId)),
    ]),
  );
}

describe('teams repository', () => {
  let rig: TestRig;
  beforeEach(() => {
    rig = createTestRig();
  });

  describe('create', () => {
    it('stores the normalised name with a new id and timestamps', async () => {
      const result = await rig.repos.teams.create({ name: '  Payments \t  Platform ' });
      expect(result).toEqual({
        ok: true,
        value: {
          id: '00000000-0000-4000-8000-000000000001',
          name: 'Payments Platform',
          demo: false,
          modelId: 'mttr-maturity@1',
          createdAt: T0,
          updatedAt: T0,
        },
      });
      expect(await rig.db.teams.toArray()).toEqual([result.ok && result.value]);
    });

    it.each([
      ['empty', '   ', 'Give the team a name.'],
      ['too long', 'x'.repeat(93), 'Keep the name to 80 characters or fewer (this one has 93).'],
      ['multi-line', 'Pay\nments', 'Keep the name on one line.'],
      ['a duplicate in another case', 'PAYMENTS', 'There is already a team called “Payments”.'],
    ])('refuses a name that is %s and leaves the database unchanged', async (_, name, message) => {
      await rig.repos.teams.create({ name: 'Payments' });
      const before = await dumpAll(rig.db);
      const result = await rig.repos.teams.create({ name });
      expect(result).toEqual({ ok: false, errors: { name: message } });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('lets only one of two simultaneous creates with the same name succeed', async () => {
      const results = await Promise.all([
        rig.repos.teams.create({ name: 'Checkout' }),
        rig.repos.teams.create({ name: 'checkout' }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await rig.db.teams.count()).toBe(1);
    });
  });

  describe('list and get', () => {
    it('lists teams by name, ignoring case', async () => {
      for (const name of ['data Pipelines', 'Checkout Web', 'Identity & Access', 'alpha']) {
        await rig.repos.teams.create({ name });
      }
      const names = (await rig.repos.teams.list()).map((team) => team.name);
      expect(names).toEqual(['alpha', 'Checkout Web', 'data Pipelines', 'Identity & Access']);
    });

    it('gets a team by id, or undefined when there is none', async () => {
      const created = await rig.repos.teams.create({ name: 'Payments' });
      if (!created.ok) throw new Error('setup failed');
      expect(await rig.repos.teams.get(created.value.id)).toEqual(created.value);
      expect(await rig.repos.teams.get('missing')).toBeUndefined();
    });
  });

  describe('rename', () => {
    async function twoTeams() {
      const payments = await rig.repos.teams.create({ name: 'Payments' });
      const checkout = await rig.repos.teams.create({ name: 'Checkout' });
      if (!payments.ok || !checkout.ok) throw new Error('setup failed');
      rig.clock.advance(60_000);
      return { payments: payments.value, checkout: checkout.value };
    }

    it('renames and moves updatedAt', async () => {
      const { payments } = await twoTeams();
      const result = await rig.repos.teams.rename(payments.id, ' Payments  Platform ');
      const expected = { ...payments, name: 'Payments Platform', updatedAt: T0 + 60_000 };
      expect(result).toEqual({ ok: true, value: expected });
      expect(await rig.db.teams.get(payments.id)).toEqual(expected);
    });

    it('allows changing only the case of its own name', async () => {
      const { payments } = await twoTeams();
      const result = await rig.repos.teams.rename(payments.id, 'PAYMENTS');
      expect(result.ok && result.value.name).toBe('PAYMENTS');
    });

    it('does not touch the record when the name is unchanged', async () => {
      const { payments } = await twoTeams();
      const before = await dumpAll(rig.db);
      expect(await rig.repos.teams.rename(payments.id, ' Payments ')).toEqual({
        ok: true,
        value: payments,
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it.each([
      ['another team’s name', 'checkout', 'There is already a team called “Checkout”.'],
      ['empty', '', 'Give the team a name.'],
      ['too long', 'y'.repeat(81), 'Keep the name to 80 characters or fewer (this one has 81).'],
    ])('refuses %s and leaves the database unchanged', async (_, name, message) => {
      const { payments } = await twoTeams();
      const before = await dumpAll(rig.db);
      expect(await rig.repos.teams.rename(payments.id, name)).toEqual({
        ok: false,
        errors: { name: message },
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('says so when the team has been deleted', async () => {
      const before = await dumpAll(rig.db);
      expect(await rig.repos.teams.rename('gone', 'Anything')).toEqual({
        ok: false,
        errors: { form: 'This team has been deleted.' },
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });
  });

  describe('summarise and remove', () => {
    const expectedSummary = {
      services: 2,
      people: 1,
      assessments: 1,
      drills: 3,
      actionItems: 1,
      incidents: 1,
    };

    async function twoSeededTeams() {
      await rig.db.teams.bulkAdd([
        { id: 'team-a', name: 'A', demo: false, modelId: 'mttr-maturity@1', ...stamp },
        { id: 'team-b', name: 'B', demo: false, modelId: 'mttr-maturity@1', ...stamp },
      ]);
      await seedTeamData(rig.db, 'team-a');
      await seedTeamData(rig.db, 'team-b');
      await rig.db.scenarios.add({
        ...(BUILT_IN_SCENARIOS[0] as (typeof BUILT_IN_SCENARIOS)[number]),
        id: 'scenario-1',
        name: 'Mine',
        derivedFrom: null,
        ...stamp,
      });
    }

    it('counts what a team owns', async () => {
      await twoSeededTeams();
      expect(await rig.repos.teams.summarise('team-a')).toEqual(expectedSummary);
      expect(await rig.repos.teams.summarise('nobody')).toEqual({
        services: 0,
        people: 0,
        assessments: 0,
        drills: 0,
        actionItems: 0,
        incidents: 0,
      });
    });

    it('deletes the team and everything it owns, and nothing of another team', async () => {
      await twoSeededTeams();
      const before = await dumpAll(rig.db);
      expect(await rig.repos.teams.remove('team-a')).toEqual(expectedSummary);
      const after = await dumpAll(rig.db);
      expect(after).toEqual(withoutTeam(before, 'team-a'));
      // The comparison above must have had something to remove in every owned store.
      for (const store of ['services', 'people', 'assessments', 'answers', 'targets', 'drills']) {
        expect(after[store]?.length, store).toBeLessThan(before[store]?.length ?? 0);
      }
      expect(after.drillRuns).toHaveLength(1);
      expect(after.actionItems).toHaveLength(1);
      expect(after.incidents).toHaveLength(1);
      expect(after.scenarios).toHaveLength(1);
    });

    it('takes a deleted team out of its groups, and leaves the groups', async () => {
      await twoSeededTeams();
      await rig.db.teamGroups.add({
        id: 'group-1',
        name: 'Payments',
        teamIds: ['team-a', 'team-b'],
        createdAt: T0 - 60_000,
        updatedAt: T0 - 60_000,
      });
      await rig.repos.teams.remove('team-a');
      const group = await rig.repos.teamGroups.get('group-1');
      expect(group?.teamIds).toEqual(['team-b']);
      expect(group?.updatedAt).toBeGreaterThan(T0 - 60_000);
    });

    it('clears the current team when it was the deleted one', async () => {
      await twoSeededTeams();
      await rig.repos.settings.set('currentTeamId', 'team-a');
      await rig.repos.teams.remove('team-a');
      expect(await rig.repos.settings.get('currentTeamId')).toBeNull();
    });

    it('keeps the current team when another team is deleted', async () => {
      await twoSeededTeams();
      await rig.repos.settings.set('currentTeamId', 'team-b');
      await rig.repos.teams.remove('team-a');
      expect(await rig.repos.settings.get('currentTeamId')).toBe('team-b');
    });

    it('does nothing for a team that does not exist', async () => {
      await twoSeededTeams();
      const before = await dumpAll(rig.db);
      expect(await rig.repos.teams.remove('nobody')).toEqual({
        services: 0,
        people: 0,
        assessments: 0,
        drills: 0,
        actionItems: 0,
        incidents: 0,
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });
  });
});
