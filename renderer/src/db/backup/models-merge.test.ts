import { describe, expect, it } from 'vitest';
import {
  edited as editedModel,
  SMALL_MODEL_FILE,
} from '../../domain/maturity/model-file/test-files';
import { createTeams, createTestRig, dumpAll, type TestRig } from '../test-support';
import { previewImport } from './import';
import { backupOf, bytes, edited, importBackup, otherMachine, recordOf } from './test-fixtures';

/** Machine A with its own model, a team on it and an assessment taken on it. */
async function machineWithModel(file = SMALL_MODEL_FILE): Promise<TestRig> {
  const a = createTestRig();
  const added = await a.repos.models.add(file);
  if (!added.ok) throw new Error('setup: model refused');
  const [teamId = ''] = await createTeams(a, 'Payments');
  await a.repos.teams.chooseModel(teamId, 'acme-recovery@1');
  const started = await a.repos.assessments.start(teamId, {
    takenOn: '2025-01-10',
    facilitator: 'Amara',
    participants: [],
    independentRaters: false,
  });
  if (!started.ok) throw new Error('setup: start refused');
  return a;
}

async function refusal(rig: TestRig, text: string): Promise<string> {
  const preview = await previewImport(rig.db, text, bytes(text));
  if (preview.ok) throw new Error('expected the file to be refused');
  return preview.problem.message;
}

describe('maturity models in backups', () => {
  it('brings a model with the team and assessment taken on it, and is idempotent', async () => {
    const a = await machineWithModel();
    const b = otherMachine();
    const first = await importBackup(b, await backupOf(a));
    expect(first.committed.summary.stores.models).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const [assessment] = await b.db.assessments.toArray();
    expect(assessment?.modelId).toBe('acme-recovery@1');
    expect((await b.repos.models.find('acme-recovery@1'))?.name).toBe('Acme recovery maturity');
    const before = await dumpAll(b.db);
    const again = await importBackup(b, await backupOf(a));
    expect(again.committed.summary.stores.models).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await dumpAll(b.db)).toEqual(before);
  });

  it('leaves an identical model unchanged though it was imported at another time and laid out otherwise', async () => {
    const a = await machineWithModel();
    const b = otherMachine();
    b.clock.advance(3_600_000);
    const laidOut = `# Our copy of Acme's model\n${SMALL_MODEL_FILE}`;
    expect((await b.repos.models.add(laidOut)).ok).toBe(true);
    const before = await dumpAll(b.db);
    const merged = await importBackup(b, await backupOf(a));
    expect(merged.committed.summary.stores.models).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const after = await dumpAll(b.db);
    // Only the team and its assessment came; the stored model is as it was.
    expect(after['models']).toEqual(before['models']);
  });

  it('refuses the whole file when it has a different model under an id this app has', async () => {
    const a = await machineWithModel();
    const b = otherMachine();
    const other = editedModel(SMALL_MODEL_FILE, ['Notes are kept.', 'Notes are always kept.']);
    expect((await b.repos.models.add(other)).ok).toBe(true);
    const before = await dumpAll(b.db);
    expect(await refusal(b, await backupOf(a))).toMatch(
      /^Maturity model acme-recovery@1 \(record 1 of "models"\): is a different model from the acme-recovery@1 this app has; a model’s id and version name one model forever, so nothing was imported\./u,
    );
    expect(await dumpAll(b.db)).toEqual(before);
  });

  it('refuses a team or an assessment on a model neither this app nor the file has', async () => {
    const a = await machineWithModel();
    const b = otherMachine();
    const text = await backupOf(a);
    const withoutModel = edited(text, (json) => {
      json.stores['models'] = [];
    });
    expect(await refusal(b, withoutModel)).toMatch(
      /^Team .+ \(record 1 of "teams"\): "modelId" names the maturity model "acme-recovery@1", which neither this app nor the file has\.$/u,
    );
    const assessmentOnly = edited(withoutModel, (json) => {
      recordOf(json, 'teams').modelId = 'mttr-maturity@1';
    });
    expect(await refusal(b, assessmentOnly)).toMatch(
      /^Assessment .+ \(record 1 of "assessments"\): "modelId" names the maturity model "acme-recovery@1", which neither this app nor the file has\.$/u,
    );
    expect(await dumpAll(b.db)).toEqual(await dumpAll(otherMachine().db));
  });

  it('refuses a stored model record whose file does not read, naming its line', async () => {
    const a = await machineWithModel();
    const b = otherMachine();
    const broken = edited(await backupOf(a), (json) => {
      const record = recordOf(json, 'models');
      record.file = editedModel(String(record.file), ['guidance: Role lists.', 'guidence: x']);
    });
    expect(await refusal(b, broken)).toMatch(
      /\(record 1 of "models"\): "file" is not a model file this app reads \(line 31, categories\[0\]\.levels\[1\]\.criteria\[0\]\.guidance: is missing; it must be text\)\.$/u,
    );
  });
});
