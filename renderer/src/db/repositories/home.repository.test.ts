import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../domain/records/assessments';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { createTestRig, createTeams, T0 } from '../test-support';
import { createTeamWithService, planInput } from './drill-test-support';

describe('home repository', () => {
  it('reads a team’s overview and nothing of other teams', async () => {
    const rig = createTestRig();
    const { teamId, serviceId } = await createTeamWithService(rig);
    const [otherId = ''] = await createTeams(rig, 'Checkout');
    const other = await rig.repos.services.add(otherId, { name: 'Cart', tier: 2 });
    if (!other.ok) throw new Error('setup failed');
    const drill = await rig.repos.drills.plan(teamId, planInput([serviceId]));
    await rig.repos.drills.plan(otherId, planInput([other.value.id]));
    if (!drill.ok) throw new Error('setup failed');
    await rig.repos.drillEvents.append(drill.value.id, { kind: 'mark', at: rig.clock.now() });
    const source = { kind: 'manual', id: null, criterionId: null } as const;
    await rig.repos.actionItems.create(teamId, {
      title: 'Later',
      ownerId: null,
      due: null,
      source,
    });
    await rig.repos.actionItems.create(teamId, {
      title: 'Soon',
      ownerId: null,
      due: '2025-02-01',
      source,
    });

    const overview = await rig.repos.home.overview(teamId);

    expect(overview.services.map((s) => s.name)).toEqual(['Ledger']);
    expect(overview.drills.map((d) => d.id)).toEqual([drill.value.id]);
    expect(overview.events.map((e) => [e.drillId, e.kind])).toEqual([[drill.value.id, 'mark']]);
    expect(overview.openActionItems.map((item) => item.title)).toEqual(['Soon', 'Later']);
    expect(overview.latestFinal).toBeNull();
    expect(overview.assessmentCount).toBe(0);
  });

  it('picks the latest final assessment, with its answers, over a newer draft', async () => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const assessment = (id: string, takenOn: string, status: 'draft' | 'final') =>
      ({
        id,
        teamId,
        modelId: 'mttr-maturity@1',
        status,
        takenOn,
        facilitator: 'Ana',
        participants: [],
        raters: [],
        finalisedAt: status === 'final' ? T0 : null,
        clonedFrom: null,
        createdAt: T0,
        updatedAt: T0,
      }) satisfies AssessmentRecord;
    await rig.db.assessments.bulkAdd([
      assessment('older', '2025-01-01', 'final'),
      assessment('newer', '2025-04-01', 'final'),
      assessment('draft', '2025-07-01', 'draft'),
    ]);
    await rig.db.answers.add({
      id: 'answer-1',
      assessmentId: 'newer',
      teamId,
      raterId: AGREED_RATER_ID,
      criterionId: 'people.2.recovery-notes',
      value: 'yes',
      naReason: '',
      evidence: { text: '', links: [], drillIds: [], updatedAt: T0 },
      createdAt: T0,
      updatedAt: T0,
    });

    const overview = await rig.repos.home.overview(teamId);

    expect(overview.latestFinal?.assessment.id).toBe('newer');
    expect(overview.latestFinal?.answers.map((a) => a.criterionId)).toEqual([
      'people.2.recovery-notes',
    ]);
    expect(overview.assessmentCount).toBe(3);
  });

  it('reads a drill history by team', async () => {
    const rig = createTestRig();
    const { teamId, serviceId } = await createTeamWithService(rig);
    const drill = await rig.repos.drills.plan(teamId, planInput([serviceId]));
    if (!drill.ok) throw new Error('setup failed');
    await rig.repos.drillEvents.append(drill.value.id, { kind: 'mark', at: rig.clock.now() });
    const history = await rig.repos.home.drillHistory(teamId);
    expect(history.drills.map((d) => d.id)).toEqual([drill.value.id]);
    expect(history.events).toHaveLength(1);
    expect(history.services.map((s) => s.id)).toEqual([serviceId]);
  });
});
