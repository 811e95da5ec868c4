// Teams: the owner of almost every other record (deleting a team deletes what it owns).
import * as z from 'zod/mini';
import { requiredName, stampedFields, type Stamped } from './common';
import { defineRecordKind } from './define';

export interface TeamRecord extends Stamped {
  readonly name: string;
}

export const teamKind = defineRecordKind<TeamRecord>()({
  store: 'teams',
  label: { one: 'Team', all: 'Teams' },
  key: 'id',
  indexes: 'id, name, updatedAt',
  owners: {},
  schema: () => z.strictObject({ ...stampedFields(), name: requiredName() }),
  // Every field has been there since the first release.
  restore: (stored) => stored,
});
