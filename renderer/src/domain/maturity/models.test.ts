import { describe, expect, it, vi } from 'vitest';
import { readModelFile } from './model-file';
import { SMALL_MODEL_FILE, edited } from './model-file/test-files';
import type { MaturityModel } from './model-types';
import { MODEL_V1 } from './model-v1';
import {
  BUILT_IN_MODELS,
  DEFAULT_MODEL,
  findModel,
  isBuiltInModel,
  knownModels,
  rememberModelFiles,
  remembers,
} from './models';

const read = (file: string): MaturityModel | undefined => {
  const result = readModelFile(file);
  return result.ok ? result.model : undefined;
};
const ACME = { id: 'acme-recovery@1', file: SMALL_MODEL_FILE };

describe('the model catalog', () => {
  it('knows the built-in model whatever is stored, and it is every team’s default', () => {
    rememberModelFiles([], read);
    expect(BUILT_IN_MODELS).toEqual([MODEL_V1]);
    expect(DEFAULT_MODEL).toBe(MODEL_V1);
    expect(findModel(MODEL_V1.id)).toBe(MODEL_V1);
    expect(isBuiltInModel(MODEL_V1.id)).toBe(true);
    expect(knownModels()).toEqual([MODEL_V1]);
  });

  it('parses a stored file once and finds it by id', () => {
    const reader = vi.fn(read);
    rememberModelFiles([ACME], reader);
    rememberModelFiles([ACME], reader);
    expect(reader).toHaveBeenCalledTimes(1);
    expect(remembers(ACME)).toBe(true);
    expect(findModel('acme-recovery@1')?.name).toBe('Acme recovery maturity');
    expect(isBuiltInModel('acme-recovery@1')).toBe(false);
    expect(knownModels().map((model) => model.id)).toEqual(['mttr-maturity@1', 'acme-recovery@1']);
  });

  it('leaves out a file that does not read, or holds another id, and forgets what is gone', () => {
    rememberModelFiles([ACME], read);
    const broken = { id: 'acme-recovery@2', file: 'not: a model' };
    const misnamed = {
      id: 'acme-recovery@3',
      file: edited(SMALL_MODEL_FILE, ['version: 1', 'version: 4']),
    };
    rememberModelFiles([broken, misnamed], read);
    expect(findModel('acme-recovery@1')).toBeUndefined();
    expect(findModel('acme-recovery@2')).toBeUndefined();
    expect(findModel('acme-recovery@3')).toBeUndefined();
    expect(findModel('acme-recovery@4')).toBeUndefined();
    rememberModelFiles([], read);
  });
});
