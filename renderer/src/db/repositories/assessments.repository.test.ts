import { beforeEach, describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { createTeams, createTestRig, dumpAll, T0, type TestRig } from '../test-support';
import { amara, CRITERIA, FIRST, liam, startAssessment } from './assessment-test-support';

describe('assessments repository', () => {
  let rig: TestRig;
  let teamId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    [teamId = ''] = await createTeams(rig, 'Payments');
  });

  const start = (independentRaters = false, takenOn = '2025-01-10') =>
    startAssessment(rig, teamId, independentRaters, takenOn);

  async function answerAll(id: Id, value: 'yes' | 'no' = 'yes'): Promise<void> {
    for (const criterionId of CRITERIA) {
      await rig.repos.assessments.saveAnswer(id, AGREED_RATER_ID, criterionId, {
        value,
        naReason: '',
      });
    }
  }

  it('starts a draft against the current model', async () => {
    const assessment = await start(true);
    expect(assessment).toEqual({
      id: '00000000-0000-4000-8000-000000000002',
      teamId,
      modelId: 'mttr-maturity@1',
      status: 'draft',
      takenOn: '2025-01-10',
      facilitator: 'Amara',
      participants: [amara, liam],
      raters: [amara, liam],
      finalisedAt: null,
      clonedFrom: null,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await rig.repos.assessments.listForTeam(teamId)).toEqual([assessment]);
  });

  it('refuses a bad start and writes nothing', async () => {
    const before = await dumpAll(rig.db);
    const result = await rig.repos.assessments.start(teamId, {
      takenOn: 'soon',
      facilitator: '',
      participants: [],
      independentRaters: false,
    });
    expect(result.ok).toBe(false);
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('lists oldest first', async () => {
    const later = await start(false, '2025-04-01');
    const earlier = await start(false, '2025-01-01');
    expect((await rig.repos.assessments.listForTeam(teamId)).map((a) => a.id)).toEqual([
      earlier.id,
      later.id,
    ]);
  });

  describe('saveAnswer', () => {
    it('creates the answer once and updates it in place', async () => {
      const assessment = await start();
      rig.clock.advance(1000);
      const first = await rig.repos.assessments.saveAnswer(assessment.id, AGREED_RATER_ID, FIRST, {
        value: 'partly',
        naReason: '',
      });
      rig.clock.advance(1000);
      const second = await rig.repos.assessments.saveAnswer(assessment.id, AGREED_RATER_ID, FIRST, {
        value: 'na',
        naReason: 'No on-call yet',
      });
      expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
      const answers = await rig.repos.assessments.answers(assessment.id);
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({
        value: 'na',
        naReason: 'No on-call yet',
        teamId,
        updatedAt: T0 + 2000,
      });
      expect((await rig.repos.assessments.get(assessment.id))?.updatedAt).toBe(T0 + 2000);
    });

    it('refuses Not applicable without a reason and leaves the stored answer', async () => {
      const assessment = await start();
      await rig.repos.assessments.saveAnswer(assessment.id, AGREED_RATER_ID, FIRST, {
        value: 'yes',
        naReason: '',
      });
      const before = await dumpAll(rig.db);
      expect(
        await rig.repos.assessments.saveAnswer(assessment.id, AGREED_RATER_ID, FIRST, {
          value: 'na',
          naReason: ' ',
        }),
      ).toEqual({
        ok: false,
        errors: { naReason: 'Say why this does not apply to the team.' },
      });
      expect(await dumpAll(rig.db)).toEqual(before);
    });

    it('refuses an unknown criterion, an unknown rater and a rater when nobody rates independently', async () => {
      const single = await start();
      expect(
        (
          await rig.repos.assessments.saveAnswer(single.id, AGREED_RATER_ID, 'people.9.x', {
            value: 'yes',
            naReason: '',
          })
        ).ok,
      ).toBe(false);
      expect(
        (
          await rig.repos.assessments.saveAnswer(single.id, amara.id, FIRST, {
            value: 'yes',
            naReason: '',
          })
        ).ok,
      ).toBe(false);
      const multi = await start(true);
      expect(
        (
          await rig.repos.assessments.saveAnswer(multi.id, 'p-stranger', FIRST, {
            value: 'yes',
            naReason: '',
          })
        ).ok,
      ).toBe(false);
      expect(
        (
          await rig.repos.assessments.saveAnswer(multi.id, amara.id, FIRST, {
            value: 'yes',
            naReason: '',
          })
        ).ok,
      ).toBe(true);
    });
  });

  describe('finalise', () => {
    it('needs an agreed answer for every criterion', async () => {
      const assessment = await start();
      await rig.repos.assessments.saveAnswer(assessment.id, AGREED_RATER_ID, FIRST, {
        value: 'yes',
        naReason: '',
      });
      expect(await rig.repos.assessments.finalise(assessment.id)).toEqual({
        ok: false,
        errors: {
          form: '39 criteria have no agreed answer yet. Answer every criterion before finalising.',
        },
      });
    });

    it('makes the assessment read-only', async () => {
      const assessment = await start();
      await answerAll(assessment.id);
      rig.clock.advance(5000);
      const final = await rig.repos.assessments.finalise(assessment.id);
      expect(final.ok && final.value).toMatchObject({ status: 'final', finalisedAt: T0 + 5000 });
      const before = await dumpAll(rig.db);
      expect(
        (
          await rig.repos.assessments.saveAnswer(assessment.id, AGREED_RATER_ID, FIRST, {
            value: 'no',
            naReason: '',
          })
        ).ok,
      ).toBe(false);
      expect(
        (
          await rig.repos.assessments.saveEvidence(assessment.id, AGREED_RATER_ID, FIRST, {
            text: 'x',
            links: [],
            drillIds: [],
          })
        ).ok,
      ).toBe(false);
      expect((await rig.repos.assessments.finalise(assessment.id)).ok).toBe(false);
      expect(await dumpAll(rig.db)).toEqual(before);
    });
  });

  describe('several raters', () => {
    it('keeps each rater’s answers apart and accepts only unanimous ones as agreed', async () => {
      const assessment = await start(true);
      const [a, b, c] = CRITERIA;
      for (const [rater, criterionId, value] of [
        [amara.id, a, 'yes'],
        [liam.id, a, 'yes'],
        [amara.id, b, 'no'],
        [liam.id, b, 'yes'],
        [amara.id, c, 'partly'],
      ] as const) {
        await rig.repos.assessments.saveAnswer(assessment.id, rater, criterionId ?? '', {
          value,
          naReason: '',
        });
      }
      expect(await rig.repos.assessments.acceptUnanimous(assessment.id)).toBe(1);
      const agreed = (await rig.repos.assessments.answers(assessment.id)).filter(
        (answer) => answer.raterId === AGREED_RATER_ID,
      );
      expect(agreed.map((answer) => [answer.criterionId, answer.value])).toEqual([[a, 'yes']]);
      // A second run finds nothing new to accept.
      expect(await rig.repos.assessments.acceptUnanimous(assessment.id)).toBe(0);
    });
  });

  describe('clone', () => {
    it('starts a draft from a final assessment’s agreed answers and evidence', async () => {
      const assessment = await start();
      await answerAll(assessment.id);
      await rig.repos.assessments.saveEvidence(assessment.id, AGREED_RATER_ID, FIRST, {
        text: 'Kept',
        links: [],
        drillIds: [],
      });
      await rig.repos.assessments.finalise(assessment.id);
      const copy = await rig.repos.assessments.clone(assessment.id, '2025-04-10');
      if (!copy.ok) throw new Error('clone failed');
      expect(copy.value).toMatchObject({
        status: 'draft',
        takenOn: '2025-04-10',
        clonedFrom: assessment.id,
        finalisedAt: null,
      });
      const answers = await rig.repos.assessments.answers(copy.value.id);
      expect(answers).toHaveLength(40);
      expect(answers.find((answer) => answer.criterionId === FIRST)?.evidence.text).toBe('Kept');
      expect(await rig.repos.assessments.answers(assessment.id)).toHaveLength(40);
    });

    it('refuses to clone a draft', async () => {
      const assessment = await start();
      expect((await rig.repos.assessments.clone(assessment.id, '2025-04-10')).ok).toBe(false);
    });
  });

  it('removes an assessment with its answers, and team deletion removes both', async () => {
    const one = await start();
    const two = await start();
    await answerAll(one.id);
    await answerAll(two.id);
    await rig.repos.assessments.remove(one.id);
    expect(await rig.db.answers.count()).toBe(40);
    await rig.repos.teams.remove(teamId);
    expect(await rig.db.answers.count()).toBe(0);
    expect(await rig.db.assessments.count()).toBe(0);
  });
});

describe('targets repository', () => {
  it('sets one target per team and category, and refuses bad levels', async () => {
    const rig = createTestRig();
    const team = await rig.repos.teams.create({ name: 'Payments' });
    if (!team.ok) throw new Error('setup failed');
    const first = await rig.repos.targets.set(team.value.id, 'people', 3);
    const second = await rig.repos.targets.set(team.value.id, 'people', 4);
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    expect(
      (await rig.repos.targets.listForTeam(team.value.id)).map((t) => [t.categoryId, t.level]),
    ).toEqual([['people', 4]]);
    expect((await rig.repos.targets.set(team.value.id, 'people', 6)).ok).toBe(false);
    expect((await rig.repos.targets.set(team.value.id, 'cooking', 2)).ok).toBe(false);
  });
});
