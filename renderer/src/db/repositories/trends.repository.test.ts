import { beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../domain/demo/generate-demo';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { createTestRig, T0, type TestRig } from '../test-support';
import { createTeamWithService, planInput } from './drill-test-support';

const dataset = generateDemoData({ seed: 7, now: T0 });

describe('trends repository', () => {
  let rig: TestRig;
  beforeEach(async () => {
    rig = createTestRig();
    await rig.repos.demo.load(dataset);
  });

  it('loads every team’s finished drills, their events and final assessments', async () => {
    const source = await rig.repos.trends.load(null);
    const finished = dataset.drills.filter(
      (d) => d.status === 'completed' || d.status === 'aborted',
    );
    expect(source.teams).toHaveLength(dataset.teams.length);
    expect(source.drills.map((d) => d.id).sort()).toEqual(finished.map((d) => d.id).sort());
    const someDrill = finished[0];
    expect(source.eventsByDrill.get(someDrill?.id ?? '')).toHaveLength(
      dataset.drillEvents.filter((e) => e.drillId === someDrill?.id).length,
    );
    expect(source.assessments.every((a) => a.status === 'final')).toBe(true);
    const assessment = source.assessments[0];
    const agreed = dataset.answers.filter(
      (a) => a.assessmentId === assessment?.id && a.raterId === AGREED_RATER_ID,
    );
    expect(source.answersByAssessment.get(assessment?.id ?? '')).toHaveLength(agreed.length);
    expect(source.scenarioNames.size).toBeGreaterThan(0);
  });

  it('loads one team’s records only, and leaves planned drills out', async () => {
    const { teamId, serviceId } = await createTeamWithService(rig);
    await rig.repos.drills.plan(teamId, planInput([serviceId]));
    const source = await rig.repos.trends.load(teamId);
    expect(source.teams.map((t) => t.id)).toEqual([teamId]);
    expect(source.services.map((s) => s.id)).toEqual([serviceId]);
    expect(source.drills).toEqual([]);
    expect(source.eventsByDrill.size).toBe(0);

    const demoTeam = dataset.teams[0]?.id ?? '';
    const demoSource = await rig.repos.trends.load(demoTeam);
    expect(demoSource.drills.length).toBeGreaterThan(0);
    expect(demoSource.drills.every((d) => d.teamId === demoTeam)).toBe(true);
    expect(demoSource.assessments.every((a) => a.teamId === demoTeam)).toBe(true);
  });
});
