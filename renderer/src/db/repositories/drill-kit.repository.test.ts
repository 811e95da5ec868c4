import { beforeEach, describe, expect, it } from 'vitest';
import { findBuiltIn } from '../../domain/drills/builtin-scenarios';
import { deriveKitRun } from '../../domain/drills/kit';
import { toInput } from '../../domain/drills/scenario-rules';
import type { Id } from '../../domain/records/common';
import { createTestRig, T0, type TestRig } from '../test-support';
import { createTeamWithService, planInput } from './drill-test-support';

const INSTANCE_DOWN = 'builtin:instance-down';

describe('the facilitator’s kit in storage', () => {
  let rig: TestRig;
  let teamId: Id;
  let serviceId: Id;
  let drillId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    ({ teamId, serviceId } = await createTeamWithService(rig));
    const drill = await rig.repos.drills.plan(
      teamId,
      planInput([serviceId], { scenarioId: INSTANCE_DOWN }),
    );
    if (!drill.ok) throw new Error('setup failed');
    drillId = drill.value.id;
  });

  const append = rig_append;
  function rig_append(command: Parameters<TestRig['repos']['drillEvents']['append']>[1]) {
    return rig.repos.drillEvents.append(drillId, command);
  }
  const go = () =>
    append({
      kind: 'go',
      at: T0 - 1000,
      confirmed: (findBuiltIn(INSTANCE_DOWN)?.prerequisites ?? []).map((prerequisite) => ({
        prerequisite,
        by: 'Ana',
      })),
    });

  it('copies the scenario’s kit into the drill when planned', async () => {
    const drill = await rig.repos.drills.get(drillId);
    const scenario = findBuiltIn(INSTANCE_DOWN);
    expect(drill?.kit.runbook).toEqual(scenario?.runbook);
    expect(drill?.kit.injects).toEqual(scenario?.injects);
    expect(drill?.kit.detectionSignal).toBe(scenario?.detectionSignal);
  });

  it('keeps the copy when the scenario is edited later, and when the plan is edited', async () => {
    const own = await rig.repos.scenarios.clone(INSTANCE_DOWN);
    if (own === undefined) throw new Error('setup failed');
    const planned = await rig.repos.drills.plan(
      teamId,
      planInput([serviceId], { scenarioId: own.id }),
    );
    if (!planned.ok) throw new Error('setup failed');
    const edited = await rig.repos.scenarios.update(own.id, {
      ...toInput(own),
      runbook: 'Only this',
    });
    expect(edited.ok).toBe(true);
    const replanned = await rig.repos.drills.updatePlan(
      planned.value.id,
      planInput([serviceId], { scenarioId: own.id, title: 'Renamed' }),
    );
    expect(replanned.ok && replanned.value.kit.runbook).toEqual(own.runbook);
    // Another scenario brings its own kit.
    const other = await rig.repos.drills.updatePlan(planned.value.id, planInput([serviceId]));
    expect(other.ok && other.value.kit.runbook).toEqual(
      findBuiltIn('builtin:database-failover')?.runbook,
    );
  });

  it('refuses the start until the go / no-go is recorded, then records both', async () => {
    const refused = await append({ kind: 'start', at: T0 });
    expect(refused.ok).toBe(false);
    expect(await rig.repos.drillEvents.listForDrill(drillId)).toEqual([]);
    expect((await go()).ok).toBe(true);
    expect((await append({ kind: 'start', at: T0 })).ok).toBe(true);
    const events = await rig.repos.drillEvents.listForDrill(drillId);
    expect(events.map((e) => e.kind)).toEqual(['go', 'mark']);
    expect(deriveKitRun(events).go?.confirmed[0]).toEqual({
      prerequisite: 'Blast radius agreed',
      by: 'Ana',
    });
  });

  it('stores deliveries, hints and ticks, and refuses a repeat without writing', async () => {
    await go();
    await append({ kind: 'start', at: T0 });
    expect(
      (await append({ kind: 'inject', at: T0 + 5000, inject: 0, outcome: 'delivered' })).ok,
    ).toBe(true);
    expect(
      (await append({ kind: 'inject', at: T0 + 6000, inject: 1, outcome: 'skipped' })).ok,
    ).toBe(true);
    expect((await append({ kind: 'hint', at: T0 + 7000, hint: 0 })).ok).toBe(true);
    expect(
      (await append({ kind: 'tick', at: T0 + 8000, list: 'runbook', item: 2, done: true })).ok,
    ).toBe(true);
    const repeat = await append({ kind: 'inject', at: T0 + 9000, inject: 0, outcome: 'skipped' });
    expect(repeat).toEqual({
      ok: false,
      errors: { form: 'That inject was already delivered at +0:05.' },
    });
    const events = await rig.repos.drillEvents.listForDrill(drillId);
    expect(events.map((e) => [e.seq, e.kind])).toEqual([
      [0, 'go'],
      [1, 'mark'],
      [2, 'inject'],
      [3, 'inject'],
      [4, 'hint'],
      [5, 'tick'],
    ]);
    const run = deriveKitRun(events);
    expect(run.injects.get(0)).toEqual({ at: T0 + 5000, outcome: 'delivered' });
    expect(run.ticks.runbook.get(2)).toEqual({ done: true, at: T0 + 8000 });
  });

  it('aborts on a stop condition with that condition as the reason', async () => {
    await go();
    await append({ kind: 'start', at: T0 });
    const aborted = await append({
      kind: 'abort',
      at: T0 + 60_000,
      reason: 'Stop condition hit: Data loss or corruption is suspected',
    });
    expect(aborted.ok).toBe(true);
    expect((await rig.repos.drills.get(drillId))?.status).toBe('aborted');
  });
});
