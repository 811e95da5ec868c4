import { describe, expect, it } from 'vitest';
import { criteriaOf } from '../../domain/maturity/model-types';
import { CURRENT_MODEL } from '../../domain/maturity/models';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { createTeams, createTestRig, dumpAll, type TestRig } from '../test-support';
import { previewImport } from './import';
import { backupOf, bytes, edited, importBackup, otherMachine } from './test-fixtures';

const MINUTE = 60_000;
const CRITERION = criteriaOf(CURRENT_MODEL)[0]?.id ?? '';
const CATEGORY = CURRENT_MODEL.categories[0]?.id ?? '';

/** Machine A with a team and a draft assessment; B holds a copy, restored from A's backup. */
async function sharedAssessment() {
  const a = createTestRig();
  const [teamId = ''] = await createTeams(a, 'Payments');
  const started = await a.repos.assessments.start(teamId, {
    takenOn: '2025-01-10',
    facilitator: 'Amara',
    participants: [],
    independentRaters: false,
  });
  if (!started.ok) throw new Error('setup: start refused');
  const b = otherMachine();
  await importBackup(b, await backupOf(a));
  return { a, b, teamId, assessmentId: started.value.id };
}

async function answer(rig: TestRig, assessmentId: string, value: 'yes' | 'no') {
  const saved = await rig.repos.assessments.saveAnswer(assessmentId, AGREED_RATER_ID, CRITERION, {
    value,
    naReason: '',
  });
  if (!saved.ok) throw new Error('setup: answer refused');
}

describe('merging answers and targets recorded on two machines', () => {
  it('keeps one answer per criterion, the newer one, on both machines alike', async () => {
    const { a, b, assessmentId } = await sharedAssessment();
    await answer(a, assessmentId, 'no');
    b.clock.advance(MINUTE);
    await answer(b, assessmentId, 'yes'); // later than A's answer
    const fromA = await backupOf(a);
    const fromB = await backupOf(b);
    const onB = await importBackup(b, fromA);
    await importBackup(a, fromB);
    for (const rig of [a, b]) {
      const answers = await rig.repos.assessments.answers(assessmentId);
      expect(answers.map((row) => [row.criterionId, row.value])).toEqual([[CRITERION, 'yes']]);
    }
    expect(onB.committed.summary.stores.answers).toEqual({ added: 0, updated: 0, unchanged: 1 });
    // Importing either file again changes nothing.
    const before = await dumpAll(b.db);
    const again = await importBackup(b, fromA);
    expect(again.committed.summary.total).toMatchObject({ added: 0, updated: 0 });
    expect(await dumpAll(b.db)).toEqual(before);
  });

  it('keeps one target per team and category, the newer one', async () => {
    const { a, b, teamId } = await sharedAssessment();
    a.clock.advance(MINUTE);
    await a.repos.targets.set(teamId, CATEGORY, 3);
    b.clock.advance(2 * MINUTE);
    await b.repos.targets.set(teamId, CATEGORY, 4);
    const { committed } = await importBackup(a, await backupOf(b));
    const targets = await a.repos.targets.listForTeam(teamId);
    expect(targets.map((row) => [row.categoryId, row.level])).toEqual([[CATEGORY, 4]]);
    expect(committed.summary.stores.targets).toEqual({ added: 0, updated: 1, unchanged: 0 });
  });

  it('refuses a file with two answers to one criterion, and changes nothing', async () => {
    const { a, assessmentId } = await sharedAssessment();
    await answer(a, assessmentId, 'no');
    const text = edited(await backupOf(a), (json) => {
      const [first] = json.stores.answers ?? [];
      json.stores.answers?.push({ ...first, id: 'ffffffff-0000-4000-8000-0000000000aa' });
    });
    const before = await dumpAll(a.db);
    const preview = await previewImport(a.db, text, bytes(text));
    expect(preview).toMatchObject({
      ok: false,
      problem: { store: 'answers', recordId: 'ffffffff-0000-4000-8000-0000000000aa' },
    });
    expect(!preview.ok && preview.problem.message).toContain('second answer of the same rater');
    expect(await dumpAll(a.db)).toEqual(before);
  });
});
