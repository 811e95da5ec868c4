import { beforeEach, describe, expect, it } from 'vitest';
import { deriveRun } from '../../domain/drills/run-state';
import type { Id } from '../../domain/records/common';
import { createRepositories } from '../index';
import { openDatabase } from '../database';
import { createTestRig, dumpAll, T0, type TestRig } from '../test-support';
import { createTeamWithService, planInput } from './drill-test-support';

describe('drill events repository', () => {
  let rig: TestRig;
  let drillId: Id;
  let teamId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    const seeded = await createTeamWithService(rig);
    teamId = seeded.teamId;
    const drill = await rig.repos.drills.plan(teamId, planInput([seeded.serviceId]));
    if (!drill.ok) throw new Error('setup failed');
    drillId = drill.value.id;
  });

  const mark = (seconds: number) =>
    rig.repos.drillEvents.append(drillId, { kind: 'mark', at: T0 + seconds * 1000 });

  it('starts a run with the start command, once, after the go / no-go', async () => {
    const noGo = await rig.repos.drillEvents.append(drillId, { kind: 'start', at: T0 });
    expect(noGo.ok).toBe(false);
    const prerequisites = (await rig.repos.drills.get(drillId))?.kit.prerequisites ?? [];
    const confirmed = prerequisites.map((prerequisite) => ({ prerequisite, by: 'Ana' }));
    expect(confirmed).toHaveLength(4);
    await rig.repos.drillEvents.append(drillId, { kind: 'go', at: T0 - 1, confirmed });
    const started = await rig.repos.drillEvents.append(drillId, { kind: 'start', at: T0 });
    expect(started.ok && started.value).toMatchObject({ kind: 'mark', mark: 'start', at: T0 });
    expect(await rig.repos.drillEvents.append(drillId, { kind: 'start', at: T0 + 1000 })).toEqual({
      ok: false,
      errors: { form: 'The drill has already started.' },
    });
  });

  it('lists every event of a team’s drills, and none of another team’s', async () => {
    await mark(0);
    await mark(60);
    const events = await rig.repos.drillEvents.listForTeam(teamId);
    expect(events.map((e) => e.seq).sort()).toEqual([0, 1]);
    expect(await rig.repos.drillEvents.listForTeam('another-team')).toEqual([]);
  });

  it('appends marks with increasing seq, the input time and the write time', async () => {
    rig.clock.advance(50);
    const first = await mark(0);
    expect(first).toEqual({
      ok: true,
      value: {
        id: expect.any(String) as string,
        drillId,
        teamId,
        seq: 0,
        at: T0,
        recordedAt: T0 + 50,
        kind: 'mark',
        mark: 'start',
      },
    });
    const second = await mark(60);
    expect(
      second.ok && [second.value.seq, second.value.kind === 'mark' && second.value.mark],
    ).toEqual([1, 'detected']);
    expect((await rig.db.drillRuns.get(drillId))?.events).toHaveLength(2);
  });

  it('keeps the drill status in step with the run', async () => {
    const status = async () => (await rig.repos.drills.get(drillId))?.status;
    // Every key below is pressed by the time it is written: no action is timed after the clock.
    rig.clock.advance(600_000);
    await mark(0);
    expect(await status()).toBe('running');
    for (let i = 1; i <= 6; i++) await mark(i * 60);
    expect(await status()).toBe('completed');
    await rig.repos.drillEvents.append(drillId, { kind: 'undo', at: T0 + 500_000 });
    expect(await status()).toBe('running');
    await rig.repos.drillEvents.append(drillId, {
      kind: 'abort',
      at: T0 + 600_000,
      reason: 'Real outage',
    });
    expect(await status()).toBe('aborted');
  });

  it('refuses an out-of-order mark and writes nothing', async () => {
    await mark(0);
    await mark(60);
    const before = await dumpAll(rig.db);
    expect(await mark(30)).toEqual({
      ok: false,
      errors: {
        at: expect.stringContaining('Acknowledged must come after Detected (+1:00)') as string,
      },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('serialises concurrent appends: two "next mark" presses give two different marks', async () => {
    await mark(0);
    const results = await Promise.all([mark(10), mark(20)]);
    expect(results.every((r) => r.ok)).toBe(true);
    const state = deriveRun(await rig.repos.drillEvents.listForDrill(drillId));
    expect(state.boundaries.map((b) => b.mark)).toEqual(['start', 'detected', 'acknowledged']);
    expect(state.events.map((e) => e.seq)).toEqual([0, 1, 2]);
  });

  it('stores the run whole after every mark: one record, every event so far, in seq order', async () => {
    rig.clock.advance(600_000);
    for (let i = 0; i <= 6; i++) {
      const appended = await mark(i * 60);
      if (!appended.ok) throw new Error('mark refused');
      const run = await rig.db.drillRuns.get(drillId);
      expect(run?.teamId).toBe(teamId);
      expect(run?.events.map((e) => e.seq)).toEqual([...Array(i + 1).keys()]);
      expect(run?.events.at(-1)).toEqual(appended.value);
    }
    expect(await rig.db.drillRuns.count()).toBe(1);
  });

  it('loses no mark when two windows append to the same run at once', async () => {
    // A second window: its own connection to the same database, its own repositories.
    const backend = {
      indexedDB: rig.db._options.indexedDB,
      IDBKeyRange: rig.db._options.IDBKeyRange,
    };
    const other = openDatabase(rig.db.name, backend as Parameters<typeof openDatabase>[1]);
    const otherRepos = createRepositories(other, rig.clock);
    try {
      rig.clock.advance(60_000);
      await mark(0);
      const results = await Promise.all([
        mark(10),
        otherRepos.drillEvents.append(drillId, {
          kind: 'note',
          at: T0 + 15_000,
          noteKind: 'observation',
          text: 'from the second window',
        }),
        otherRepos.drillEvents.append(drillId, { kind: 'mark', at: T0 + 20_000 }),
        rig.repos.drillEvents.append(drillId, {
          kind: 'note',
          at: T0 + 25_000,
          noteKind: 'decision',
          text: 'from the first window',
        }),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      const events = (await rig.db.drillRuns.get(drillId))?.events ?? [];
      expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(events.map((e) => e.id)).size).toBe(5);
      const ids = results.map((r) => (r.ok ? r.value.id : ''));
      for (const id of ids) expect(events.map((e) => e.id)).toContain(id);
      expect(deriveRun(events).boundaries.map((b) => b.mark)).toEqual([
        'start',
        'detected',
        'acknowledged',
      ]);
    } finally {
      other.close();
    }
  });

  it('keeps the original when a mark is corrected', async () => {
    await mark(0);
    await mark(120);
    rig.clock.advance(200_000);
    const corrected = await rig.repos.drillEvents.append(drillId, {
      kind: 'correct',
      at: T0 + 190_000,
      mark: 'detected',
      to: T0 + 90_000,
      reason: 'Alert log shows 1:30',
    });
    expect(corrected.ok).toBe(true);
    const state = deriveRun(await rig.repos.drillEvents.listForDrill(drillId));
    expect(state.boundaries[1]).toMatchObject({ at: T0 + 90_000, original: T0 + 120_000 });
    expect((await rig.db.drillRuns.get(drillId))?.events).toHaveLength(3);
  });

  it('says so when the drill has been deleted', async () => {
    expect(await rig.repos.drillEvents.append('gone', { kind: 'mark', at: T0 })).toEqual({
      ok: false,
      errors: { form: 'This drill has been deleted.' },
    });
  });

  it('lists only the drill’s events, in seq order', async () => {
    await mark(0);
    await rig.repos.drillEvents.append(drillId, {
      kind: 'note',
      at: T0 + 5,
      noteKind: 'observation',
      text: 'x',
    });
    const events = await rig.repos.drillEvents.listForDrill(drillId);
    expect(events.map((e) => e.kind)).toEqual(['mark', 'note']);
    expect(await rig.repos.drillEvents.listForDrill('other')).toEqual([]);
  });
});
