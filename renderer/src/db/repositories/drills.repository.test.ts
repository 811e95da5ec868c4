import { beforeEach, describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import { createTestRig, dumpAll, T0, type TestRig } from '../test-support';
import { createTeamWithService, planInput } from './drill-test-support';

describe('drills repository', () => {
  let rig: TestRig;
  let teamId: Id;
  let serviceId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    ({ teamId, serviceId } = await createTeamWithService(rig));
  });

  it('plans a drill with the scenario’s name and an empty review', async () => {
    const result = await rig.repos.drills.plan(teamId, planInput([serviceId]));
    expect(result.ok && result.value).toMatchObject({
      teamId,
      status: 'planned',
      scenarioName: 'Database primary failover',
      serviceIds: [serviceId],
      review: null,
      createdAt: T0,
    });
    expect(await rig.db.drills.count()).toBe(1);
  });

  it('refuses an invalid plan and writes nothing', async () => {
    const before = await dumpAll(rig.db);
    const result = await rig.repos.drills.plan(teamId, planInput([], { scenarioId: 'nope' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        scenarioId: 'Choose a scenario from the library.',
        serviceIds: 'Choose at least one service the drill involves.',
      },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('accepts a user scenario', async () => {
    const own = await rig.repos.scenarios.clone('builtin:instance-down');
    const result = await rig.repos.drills.plan(
      teamId,
      planInput([serviceId], { scenarioId: own?.id ?? '' }),
    );
    expect(result.ok && result.value.scenarioName).toBe('Instance down with a paging alert (copy)');
  });

  it('lists a team’s drills newest first', async () => {
    for (const date of ['2025-01-02', '2025-03-01', '2025-02-01']) {
      await rig.repos.drills.plan(teamId, planInput([serviceId], { plannedFor: date }));
    }
    const listed = await rig.repos.drills.listForTeam(teamId);
    expect(listed.map((d) => d.plannedFor)).toEqual(['2025-03-01', '2025-02-01', '2025-01-02']);
    expect(await rig.repos.drills.listForTeam('other')).toEqual([]);
  });

  it('updates the plan only before the drill starts', async () => {
    const planned = await rig.repos.drills.plan(teamId, planInput([serviceId]));
    if (!planned.ok) throw new Error('setup failed');
    rig.clock.advance(1000);
    const updated = await rig.repos.drills.updatePlan(
      planned.value.id,
      planInput([serviceId], { title: 'New' }),
    );
    expect(updated.ok && [updated.value.title, updated.value.updatedAt]).toEqual([
      'New',
      T0 + 1000,
    ]);
    await rig.repos.drillEvents.append(planned.value.id, { kind: 'mark', at: T0 + 2000 });
    expect(await rig.repos.drills.updatePlan(planned.value.id, planInput([serviceId]))).toEqual({
      ok: false,
      errors: { form: 'This drill has started, so its plan is fixed.' },
    });
  });

  it('saves a review only for a completed drill', async () => {
    const planned = await rig.repos.drills.plan(teamId, planInput([serviceId]));
    if (!planned.ok) throw new Error('setup failed');
    const review = {
      hypothesisHeld: 'no',
      wentWell: 'Alert fired',
      wentBadly: '',
      reviewHeld: true,
    };
    const early = await rig.repos.drills.saveReview(planned.value.id, review);
    expect(early.ok).toBe(false);
    // A drill is completed by its run: every mark recorded, up to Closed.
    for (let mark = 0; mark < 7; mark++) {
      await rig.repos.drillEvents.append(planned.value.id, { kind: 'mark', at: T0 + mark * 1000 });
    }
    const saved = await rig.repos.drills.saveReview(planned.value.id, review);
    expect(saved.ok && saved.value.review).toEqual({
      hypothesisHeld: 'no',
      wentWell: 'Alert fired',
      wentBadly: '',
      reviewHeld: true,
      detectedBy: null,
      savedAt: T0,
    });
  });
});
