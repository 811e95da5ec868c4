// Maturity models in a backup merge by id, and a model's id and version name one model forever:
// a model the app has already (compared as models, not as text: two machines may have imported
// the same model at different times, laid out differently) is left as it is here; a different
// model under a known id refuses the whole file, naming the id, since taking either would change
// what the other machine's assessments mean. Teams and assessments must name a model the app has
// or the file brings, or their results could not be read.
import type { MaturityModel } from '../../domain/maturity/model-types';
import { BUILT_IN_MODELS, findModel } from '../../domain/maturity/models';
import { decideModelImport, formatProblem, readModelFile } from '../../domain/maturity/model-file';
import type { ModelRecord } from '../../domain/records/models';
import type { Checked } from '../../domain/outcome';
import type { MttrDatabase } from '../database';
import type { BackupRecords } from './format';
import { recordProblem, showValue } from './messages';

export interface CheckedModels {
  /** The file's records, a model this app has already replaced by its stored record. */
  readonly records: BackupRecords;
  /** Every model the merged data can name: built in, stored here, or in the file. */
  readonly modelOf: (id: string) => MaturityModel | undefined;
}

export async function checkModels(
  db: MttrDatabase,
  records: BackupRecords,
): Promise<Checked<CheckedModels>> {
  const stored = await db.models.toArray();
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const known = new Map<string, MaturityModel>(BUILT_IN_MODELS.map((model) => [model.id, model]));
  for (const record of stored) {
    const model = findModel(record.id) ?? readable(record);
    if (model !== undefined) known.set(model.id, model);
  }
  const kept: ModelRecord[] = [];
  const fromFile = new Map<string, MaturityModel>();
  for (const [index, record] of records.models.entries()) {
    const ref = { store: 'models' as const, index, id: record.id };
    const read = readModelFile(record.file);
    if (!read.ok) {
      const first = read.problems[0];
      const what = first === undefined ? 'cannot be read' : formatProblem(first);
      return refused(recordProblem(ref, 'file', `is not a model file this app reads (${what})`));
    }
    if (read.model.id !== record.id) {
      return refused(
        recordProblem(ref, 'file', `holds the model ${read.model.id}, not ${showValue(record.id)}`),
      );
    }
    const decision = decideModelImport(read.model, [...known.values()], BUILT_IN_MODELS);
    if (decision.kind === 'refused') {
      return refused(
        recordProblem(
          ref,
          undefined,
          `is a different model from the ${record.id} this app has; a model’s id and version name one model forever, so nothing was imported. ${decision.message}`,
        ),
      );
    }
    fromFile.set(read.model.id, read.model);
    // The same model: what is stored here stays as it is (a built-in one is never stored).
    if (decision.kind === 'already-known') {
      const local = storedById.get(record.id);
      if (local !== undefined) kept.push(local);
      continue;
    }
    kept.push(record);
  }
  const modelOf = (id: string) => known.get(id) ?? fromFile.get(id);
  for (const [index, team] of records.teams.entries()) {
    if (modelOf(team.modelId) === undefined) {
      return refused(
        recordProblem(
          { store: 'teams', index, id: team.id },
          'modelId',
          `names the maturity model ${showValue(team.modelId)}, which neither this app nor the file has`,
        ),
      );
    }
  }
  return { ok: true, value: { records: { ...records, models: kept }, modelOf } };
}

function readable(record: ModelRecord): MaturityModel | undefined {
  const read = readModelFile(record.file);
  return read.ok ? read.model : undefined;
}

const refused = (problem: ReturnType<typeof recordProblem>) => ({ ok: false as const, problem });
