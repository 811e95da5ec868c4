// Maturity models an organisation imported as files (the built-in model is code, never stored).
// A model is kept as the file it was imported from, so it reads back exactly as written and an
// assessment taken on it stays readable forever. Its id is `name@version`; a published version
// never changes, so a backup carrying a different model under a known id is refused.
import * as z from 'zod/mini';
import { instant, nameText, type EpochMs } from './common';
import { defineRecordKind } from './define';
import { splitModelId } from '../maturity/model-file/model-id';
import { MODEL_FILE_MAX_BYTES } from '../maturity/model-file/limits';

export interface ModelRecord {
  /** `acme-recovery@2`. */
  readonly id: string;
  /** The model's name for people, from the file. */
  readonly title: string;
  /** The YAML file as imported. */
  readonly file: string;
  /** When it was first imported; a model never changes, so `updatedAt` is the same time. */
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

export const modelKind = defineRecordKind<ModelRecord>()({
  store: 'models',
  label: { one: 'Maturity model', all: 'Maturity models' },
  key: 'id',
  indexes: 'id',
  owners: {},
  schema: () =>
    z.strictObject({
      id: z.string().check(
        z.refine((value) => splitModelId(value) !== undefined, {
          message: 'is not a model id (a name and a version, such as acme-recovery@2)',
        }),
      ),
      title: nameText(),
      file: z.string().check(z.minLength(1), z.maxLength(MODEL_FILE_MAX_BYTES)),
      createdAt: instant(),
      updatedAt: instant(),
    }),
  // New in schema version 3.
  restore: (stored) => stored,
});
