// What every repository is built from: the database and the two sources of non-determinism, which
// tests replace so that ids and timestamps are predictable.
import type { MttrDatabase } from '../database';
import type { EpochMs, Id } from '../../domain/records/common';

export interface RepositoryDeps {
  readonly now: () => EpochMs;
  readonly newId: () => Id;
}

export interface RepositoryContext extends RepositoryDeps {
  readonly db: MttrDatabase;
}

export const DEFAULT_DEPS: RepositoryDeps = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};
