// Evidence beside an assessment's answers: text and links, and the team's own drills and
// incidents, never another team's.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { incidentRecord } from '../../domain/reality/test-support';
import { createTeams, createTestRig, dumpAll, type TestRig } from '../test-support';
import { FIRST, startAssessment } from './assessment-test-support';
import { planInput } from './drill-test-support';

describe('assessment evidence', () => {
  let rig: TestRig;
  let teamId: Id;

  beforeEach(async () => {
    rig = createTestRig();
    [teamId = ''] = await createTeams(rig, 'Payments');
  });

  const start = () => startAssessment(rig, teamId);

  it('saves evidence beside the answer without touching the value', async () => {
    const assessment = await start();
    await rig.repos.assessments.saveAnswer(assessment.id, AGREED_RATER_ID, FIRST, {
      value: 'mostly',
      naReason: '',
    });
    const saved = await rig.repos.assessments.saveEvidence(assessment.id, AGREED_RATER_ID, FIRST, {
      text: 'Wiki notes',
      links: ['https://wiki.example/a', ''],
      drillIds: [],
    });
    expect(saved.ok && saved.value).toMatchObject({
      value: 'mostly',
      evidence: { text: 'Wiki notes', links: ['https://wiki.example/a'], drillIds: [] },
    });
    expect(
      (
        await rig.repos.assessments.saveEvidence(assessment.id, AGREED_RATER_ID, FIRST, {
          text: '',
          links: ['nope'],
          drillIds: [],
        })
      ).ok,
    ).toBe(false);
  });

  it('references the team’s own drills as evidence and refuses others', async () => {
    const assessment = await start();
    const service = await rig.repos.services.add(teamId, { name: 'Ledger', tier: 1 });
    if (!service.ok) throw new Error('setup failed');
    const drill = await rig.repos.drills.plan(teamId, planInput([service.value.id]));
    if (!drill.ok) throw new Error(`setup failed: ${JSON.stringify(drill.errors)}`);
    const saved = await rig.repos.assessments.saveEvidence(assessment.id, AGREED_RATER_ID, FIRST, {
      text: '',
      links: [],
      drillIds: [drill.value.id],
    });
    expect(saved.ok && saved.value.evidence.drillIds).toEqual([drill.value.id]);

    const before = await dumpAll(rig.db);
    const refused = await rig.repos.assessments.saveEvidence(
      assessment.id,
      AGREED_RATER_ID,
      FIRST,
      {
        text: '',
        links: [],
        drillIds: ['not-a-drill'],
      },
    );
    expect(refused).toEqual({
      ok: false,
      errors: { drillIds: 'Choose drills recorded for this team.' },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('references the team’s own incidents as evidence and refuses others', async () => {
    const assessment = await start();
    const incident = incidentRecord({ id: 'x', day: 0, at: { detected: 0, recovered: 9 } });
    const ours = { ...incident, id: crypto.randomUUID(), teamId };
    const theirs = {
      ...incident,
      id: crypto.randomUUID(),
      teamId: crypto.randomUUID(),
      sourceId: 'other',
    };
    await rig.db.incidents.bulkAdd([ours, theirs]);
    const saved = await rig.repos.assessments.saveEvidence(assessment.id, AGREED_RATER_ID, FIRST, {
      text: '',
      links: [],
      drillIds: [],
      incidentIds: [ours.id, ours.id],
    });
    expect(saved.ok && saved.value.evidence.incidentIds).toEqual([ours.id]);

    const before = await dumpAll(rig.db);
    const refused = await rig.repos.assessments.saveEvidence(
      assessment.id,
      AGREED_RATER_ID,
      FIRST,
      {
        text: '',
        links: [],
        drillIds: [],
        incidentIds: [theirs.id],
      },
    );
    expect(refused).toEqual({
      ok: false,
      errors: { incidentIds: 'Choose incidents imported for this team.' },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('keeps evidence that never named an incident without an incident list', async () => {
    const assessment = await start();
    const saved = await rig.repos.assessments.saveEvidence(assessment.id, AGREED_RATER_ID, FIRST, {
      text: 'Notes',
      links: [],
      drillIds: [],
    });
    expect(saved.ok && 'incidentIds' in saved.value.evidence).toBe(false);
  });
});
