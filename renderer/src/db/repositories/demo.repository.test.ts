import { beforeEach, describe, expect, it } from 'vitest';
import type { DemoDataset } from '../../domain/demo/dataset';
import { generateDemoData } from '../../domain/demo/generate-demo';
import { createTestRig, dumpAll, T0, type TestRig } from '../test-support';
import { DEMO_STORES } from '../../domain/demo/dataset';

const zeroCounts = () => Object.fromEntries(DEMO_STORES.map((store) => [store, 0]));

const dataset: DemoDataset = generateDemoData({ seed: 7, now: T0 });
const firstTeam = dataset.teams[0];
const firstService = dataset.services[0];

describe('demo repository', () => {
  let rig: TestRig;
  beforeEach(() => {
    rig = createTestRig();
    if (!firstTeam || !firstService) throw new Error('the demo data set is empty');
  });

  it('loads every record and counts them', async () => {
    const result = await rig.repos.demo.load(dataset);
    expect(result).toEqual({
      ok: true,
      value: Object.fromEntries(DEMO_STORES.map((store) => [store, dataset[store].length])),
    });
    const dump = await dumpAll(rig.db);
    expect(dump.teams).toEqual(expect.arrayContaining([...dataset.teams]));
    expect(dump.teams).toHaveLength(dataset.teams.length);
    expect(dump.services).toHaveLength(dataset.services.length);
    expect(dump.people).toHaveLength(dataset.people.length);
  });

  it('makes the first demo team the current team when none is set', async () => {
    await rig.repos.demo.load(dataset);
    expect(await rig.repos.settings.get('currentTeamId')).toBe(firstTeam?.id);
  });

  it('keeps a current team that exists', async () => {
    const mine = await rig.repos.teams.create({ name: 'My team' });
    if (!mine.ok) throw new Error('setup failed');
    await rig.repos.settings.set('currentTeamId', mine.value.id);
    await rig.repos.demo.load(dataset);
    expect(await rig.repos.settings.get('currentTeamId')).toBe(mine.value.id);
  });

  it('replaces a current team that no longer exists', async () => {
    await rig.repos.settings.set('currentTeamId', 'deleted-team');
    await rig.repos.demo.load(dataset);
    expect(await rig.repos.settings.get('currentTeamId')).toBe(firstTeam?.id);
  });

  it('changes nothing when loaded a second time', async () => {
    await rig.repos.demo.load(dataset);
    const before = await dumpAll(rig.db);
    rig.clock.advance(60_000);
    expect(await rig.repos.demo.load(dataset)).toEqual({
      ok: true,
      value: zeroCounts(),
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('keeps the user’s edits to demo records and restores only what was deleted', async () => {
    await rig.repos.demo.load(dataset);
    const teamId = firstTeam?.id ?? '';
    await rig.repos.teams.rename(teamId, 'Our Payments');
    await rig.repos.services.remove(firstService?.id ?? '');
    const result = await rig.repos.demo.load(dataset);
    expect(result).toEqual({ ok: true, value: { ...zeroCounts(), services: 1 } });
    expect((await rig.repos.teams.get(teamId))?.name).toBe('Our Payments');
    expect(await rig.db.services.get(firstService?.id ?? '')).toEqual(firstService);
  });

  it('refuses, naming the team, when one of the user’s teams has a demo team’s name', async () => {
    await rig.repos.teams.create({ name: (firstTeam?.name ?? '').toUpperCase() });
    const before = await dumpAll(rig.db);
    const result = await rig.repos.demo.load(dataset);
    expect(result).toEqual({
      ok: false,
      errors: {
        form: `The demo data can’t be loaded because some of its names are already used: the team “${firstTeam?.name ?? ''}”. Rename those, then load the demo data again.`,
      },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('refuses, naming it, when a service the user added to a demo team has a demo service’s name', async () => {
    await rig.repos.demo.load(dataset);
    const service = firstService;
    if (!service) throw new Error('setup failed');
    await rig.repos.services.remove(service.id);
    await rig.repos.services.add(service.teamId, { name: service.name, tier: 3 });
    const before = await dumpAll(rig.db);
    const result = await rig.repos.demo.load(dataset);
    const teamName = dataset.teams.find((team) => team.id === service.teamId)?.name ?? '';
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.form).toContain(
      `the service “${service.name}” in “${teamName}”`,
    );
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('lists at most five clashes and says how many more there are', async () => {
    for (const team of dataset.teams) await rig.repos.teams.create({ name: team.name });
    const many = {
      ...dataset,
      teams: [...dataset.teams, ...dataset.teams.map((t) => ({ ...t, id: `${t.id}-2` }))],
    };
    const result = await rig.repos.demo.load(many);
    expect(!result.ok && result.errors.form).toMatch(/, and 3 more\. Rename those/);
  });

  describe('removing sample data', () => {
    async function ownTeamWithRecords() {
      const mine = await rig.repos.teams.create({ name: 'My team' });
      if (!mine.ok) throw new Error('setup failed');
      await rig.repos.services.add(mine.value.id, { name: 'Ledger', tier: 1 });
      return mine.value;
    }

    it('deletes exactly the sample teams and all they own, and keeps the user’s own', async () => {
      const mine = await ownTeamWithRecords();
      const before = await dumpAll(rig.db);
      await rig.repos.demo.load(dataset);
      const removed = await rig.repos.demo.removeSample();
      expect(removed.teams).toEqual(dataset.teams.map((team) => team.name).sort());
      expect(removed.drills).toBe(dataset.drills.length);
      const after = await dumpAll(rig.db);
      for (const store of DEMO_STORES) expect(after[store]).toEqual(before[store]);
      expect(await rig.repos.teams.get(mine.id)).toEqual(mine);
    });

    it('takes what the user added to a sample team with it, since it belongs to that team', async () => {
      await rig.repos.demo.load(dataset);
      const teamId = firstTeam?.id ?? '';
      await rig.repos.teams.rename(teamId, 'Our Payments');
      await rig.repos.services.add(teamId, { name: 'A service of ours', tier: 2 });
      const summary = await rig.repos.demo.summariseSample();
      expect(summary.teams).toContain('Our Payments');
      expect(summary.services).toBe(dataset.services.length + 1);
      await rig.repos.demo.removeSample();
      expect(await rig.db.services.where('teamId').equals(teamId).count()).toBe(0);
      expect(await rig.db.teams.count()).toBe(0);
    });

    it('leaves a team the user named like a sample team', async () => {
      const twin = await rig.repos.teams.create({ name: firstTeam?.name ?? '' });
      if (!twin.ok) throw new Error('setup failed');
      expect(await rig.repos.demo.summariseSample()).toMatchObject({ teams: [], drills: 0 });
      await rig.repos.demo.removeSample();
      expect(await rig.repos.teams.get(twin.value.id)).toEqual(twin.value);
    });

    it('points the team switcher away from a removed sample team', async () => {
      await rig.repos.demo.load(dataset);
      expect(await rig.repos.settings.get('currentTeamId')).toBe(firstTeam?.id);
      await rig.repos.demo.removeSample();
      expect(await rig.repos.settings.get('currentTeamId')).toBeNull();
    });
  });
});
