// A team's people, offered as names for a drill's roles and an assessment's raters.
import * as z from 'zod/mini';
import { nameText, recordId, requiredName, stampedFields, type Id, type Stamped } from './common';
import { defineRecordKind } from './define';

export interface PersonRecord extends Stamped {
  readonly teamId: Id;
  readonly name: string;
  readonly role: string;
}

export const personKind = defineRecordKind<PersonRecord>()({
  store: 'people',
  label: { one: 'Person', all: 'People' },
  key: 'id',
  indexes: 'id, teamId',
  owners: { teamId: 'teams' },
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      teamId: recordId(),
      name: requiredName(),
      role: nameText(),
    }),
  // Every field has been there since the first release.
  restore: (stored) => stored,
});
