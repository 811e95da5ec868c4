import { beforeEach, describe, expect, it } from 'vitest';
import { deriveRun } from '../../domain/drills/run-state';
import type { Id } from '../../domain/records/common';
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

  it('starts a run with the start command, once', async () => {
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
    expect(await rig.db.drillEvents.count()).toBe(2);
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
    expect(await rig.db.drillEvents.count()).toBe(3);
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
