import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { compareAnswers } from '../../domain/maturity/compare';
import { compareModels, formatProblem } from '../../domain/maturity/model-file';
import { BAD_MODEL_CONTENT } from '../../domain/maturity/model-file/corpus-content-cases';
import { BAD_MODEL_FILES } from '../../domain/maturity/model-file/corpus-file-cases';
import { SMALL_MODEL_FILE, edited } from '../../domain/maturity/model-file/test-files';
import { criteriaOf } from '../../domain/maturity/model-types';
import { MODEL_V1 } from '../../domain/maturity/model-v1';
import { findModel, rememberModelFiles } from '../../domain/maturity/models';
import { createRepositories } from '../index';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import type { Id } from '../../domain/records/common';
import { createTeams, createTestRig, dumpAll, type TestRig } from '../test-support';

/** The built-in model's file under another id: the organisation's own copy. */
async function ownCopy(rig: TestRig, name = 'acme-recovery'): Promise<string> {
  const file = await rig.repos.models.exportFile(MODEL_V1.id);
  if (file === undefined) throw new Error('export');
  return edited(file, ['id: mttr-maturity\n', `id: ${name}\n`]);
}

describe('models repository', () => {
  let rig: TestRig;
  beforeEach(() => {
    rig = createTestRig();
  });

  it('lists the built-in model, then imported ones', async () => {
    expect((await rig.repos.models.summaries()).map((m) => [m.id, m.builtIn])).toEqual([
      ['mttr-maturity@1', true],
    ]);
    const added = await rig.repos.models.add(SMALL_MODEL_FILE);
    expect(added).toEqual({
      ok: true,
      value: {
        added: true,
        model: {
          id: 'acme-recovery@1',
          name: 'Acme recovery maturity',
          builtIn: false,
          categories: 1,
          criteria: 4,
        },
      },
    });
    expect((await rig.repos.models.summaries()).map((m) => m.id)).toEqual([
      'mttr-maturity@1',
      'acme-recovery@1',
    ]);
    // Stored as the file imported, and given back exactly so.
    expect(await rig.repos.models.exportFile('acme-recovery@1')).toBe(SMALL_MODEL_FILE);
    expect(await rig.db.models.get('acme-recovery@1')).toMatchObject({
      title: 'Acme recovery maturity',
      file: SMALL_MODEL_FILE,
    });
  });

  it.each([...BAD_MODEL_FILES, ...BAD_MODEL_CONTENT].map((file) => [file.name, file] as const))(
    'refuses %s with its line and path, and changes nothing',
    async (_, file) => {
      await rig.repos.models.add(SMALL_MODEL_FILE);
      const before = await dumpAll(rig.db);
      const preview = await rig.repos.models.preview(file.text);
      if (preview.kind !== 'problems') throw new Error('expected problems');
      expect(preview.problems.map(formatProblem)).toEqual(file.problems);
      const added = await rig.repos.models.add(file.text);
      expect(added.ok).toBe(false);
      expect(await dumpAll(rig.db)).toEqual(before);
    },
  );

  it('says an identical model is already there, and changes nothing', async () => {
    await rig.repos.models.add(SMALL_MODEL_FILE);
    const before = await dumpAll(rig.db);
    // Another layout of the same model is the same model.
    const again = `# Our copy\n${SMALL_MODEL_FILE}`;
    expect(await rig.repos.models.preview(again)).toMatchObject({
      kind: 'model',
      decision: { kind: 'already-known' },
    });
    expect(await rig.repos.models.add(again)).toMatchObject({ ok: true, value: { added: false } });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('refuses a different model under an id and version it has, and changes nothing', async () => {
    await rig.repos.models.add(SMALL_MODEL_FILE);
    const before = await dumpAll(rig.db);
    const other = edited(SMALL_MODEL_FILE, ['Notes are kept.', 'Notes are always kept.']);
    const added = await rig.repos.models.add(other);
    expect(added).toEqual({
      ok: false,
      errors: {
        form: 'The app already has a different model acme-recovery@1. Give this one the next version (version: 2) or an id of its own.',
      },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
    // The next version is a model of its own.
    const next = edited(other, ['version: 1', 'version: 2']);
    expect(await rig.repos.models.add(next)).toMatchObject({ ok: true, value: { added: true } });
  });

  it('keeps the built-in model’s name for the app’s own versions', async () => {
    const file = await rig.repos.models.exportFile(MODEL_V1.id);
    if (file === undefined) throw new Error('export');
    // The built-in file itself is the built-in model: already there.
    expect(await rig.repos.models.add(file)).toMatchObject({ ok: true, value: { added: false } });
    const before = await dumpAll(rig.db);
    const added = await rig.repos.models.add(edited(file, ['version: 1', 'version: 2']));
    expect(added.ok).toBe(false);
    if (!added.ok) expect(added.errors.form).toMatch(/name of the app’s own model/u);
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('round trip: the built-in model under a new id, assessed and compared criterion by criterion', async () => {
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const copy = await ownCopy(rig);
    expect(await rig.repos.models.add(copy)).toMatchObject({ ok: true, value: { added: true } });

    const taken = async (day: string, value: 'yes' | 'partly'): Promise<Id> => {
      const started = await rig.repos.assessments.start(teamId, {
        takenOn: day,
        facilitator: 'Amara',
        participants: [],
        independentRaters: false,
      });
      if (!started.ok) throw new Error(JSON.stringify(started.errors));
      for (const criterion of criteriaOf(MODEL_V1)) {
        const answer = criterion.id === 'people.2.recovery-notes' ? value : 'yes';
        await rig.repos.assessments.saveAnswer(started.value.id, AGREED_RATER_ID, criterion.id, {
          value: answer,
          naReason: '',
        });
      }
      return started.value.id;
    };
    const onBuiltIn = await taken('2025-01-10', 'partly');
    expect(await rig.repos.teams.chooseModel(teamId, 'acme-recovery@1')).toMatchObject({
      ok: true,
      value: { modelId: 'acme-recovery@1' },
    });
    const onOwn = await taken('2025-04-10', 'yes');

    const [a, b] = await Promise.all([
      rig.repos.assessments.get(onBuiltIn),
      rig.repos.assessments.get(onOwn),
    ]);
    expect([a?.modelId, b?.modelId]).toEqual(['mttr-maturity@1', 'acme-recovery@1']);
    const own = findModel('acme-recovery@1');
    if (own === undefined) throw new Error('model');
    const differences = compareModels(MODEL_V1, own);
    expect(differences.identical).toBe(true);
    expect(differences.shared.map((c) => c.id)).toEqual(criteriaOf(MODEL_V1).map((c) => c.id));
    const plain = async (id: Id) =>
      (await rig.repos.assessments.answers(id)).map(({ criterionId, value }) => ({
        criterionId,
        value,
      }));
    const changes = compareAnswers(MODEL_V1, await plain(onBuiltIn), own, await plain(onOwn));
    expect(changes.map((c) => [c.criterion.id, c.before, c.after, c.presence])).toEqual([
      ['people.2.recovery-notes', 'partly', 'yes', 'both'],
    ]);
  });

  it('keeps an assessment readable on its own model after the team switched, and after a restart', async () => {
    const [teamId = ''] = await createTeams(rig, 'Payments');
    await rig.repos.models.add(SMALL_MODEL_FILE);
    await rig.repos.teams.chooseModel(teamId, 'acme-recovery@1');
    const started = await rig.repos.assessments.start(teamId, {
      takenOn: '2025-01-10',
      facilitator: 'Amara',
      participants: [],
      independentRaters: false,
    });
    if (!started.ok) throw new Error('start');
    await rig.repos.teams.chooseModel(teamId, MODEL_V1.id);
    // A restart: the catalog holds nothing imported until the stored files are read again.
    rememberModelFiles([], () => undefined);
    expect(findModel('acme-recovery@1')).toBeUndefined();
    const restarted = createRepositories(rig.db, rig.clock);
    const assessment = await restarted.assessments.get(started.value.id);
    expect(assessment?.modelId).toBe('acme-recovery@1');
    expect(findModel('acme-recovery@1')?.name).toBe('Acme recovery maturity');
    // It can still be answered and finalised on its own model.
    const saved = await restarted.assessments.saveAnswer(
      started.value.id,
      AGREED_RATER_ID,
      'people.2.notes',
      { value: 'yes', naReason: '' },
    );
    expect(saved.ok).toBe(true);
  });

  it('clones a final assessment onto the team’s new model, carrying answers by criterion id', async () => {
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const doc = parseDocument(await ownCopy(rig));
    doc.deleteIn(['categories', 0, 'levels', 0, 'criteria', 1]);
    expect((await rig.repos.models.add(doc.toString())).ok).toBe(true);
    const started = await rig.repos.assessments.start(teamId, {
      takenOn: '2025-01-10',
      facilitator: 'Amara',
      participants: [],
      independentRaters: false,
    });
    if (!started.ok) throw new Error('start');
    for (const criterion of criteriaOf(MODEL_V1)) {
      await rig.repos.assessments.saveAnswer(started.value.id, AGREED_RATER_ID, criterion.id, {
        value: 'yes',
        naReason: '',
      });
    }
    expect((await rig.repos.assessments.finalise(started.value.id)).ok).toBe(true);
    await rig.repos.teams.chooseModel(teamId, 'acme-recovery@1');
    const clone = await rig.repos.assessments.clone(started.value.id, '2025-04-10');
    if (!clone.ok) throw new Error('clone');
    expect(clone.value.modelId).toBe('acme-recovery@1');
    const carried = (await rig.repos.assessments.answers(clone.value.id)).map((a) => a.criterionId);
    const removed = criteriaOf(MODEL_V1)[1]?.id ?? '';
    expect(carried).toHaveLength(criteriaOf(MODEL_V1).length - 1);
    expect(carried).not.toContain(removed);
  });

  it('refuses a team a model the app does not have', async () => {
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const before = await dumpAll(rig.db);
    expect(await rig.repos.teams.chooseModel(teamId, 'acme-recovery@9')).toEqual({
      ok: false,
      errors: { modelId: 'Choose one of the models listed.' },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });
});
