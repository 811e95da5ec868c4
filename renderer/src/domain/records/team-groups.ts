// Groups of teams ("Payments", "Platform") for the organisation's portfolio. The group owns its
// member list, so merging a team's own backup never changes which groups it belongs to.
import * as z from 'zod/mini';
import { listOf, recordId, requiredName, stampedFields, type Id, type Stamped } from './common';
import { defineRecordKind } from './define';

export interface TeamGroupRecord extends Stamped {
  readonly name: string;
  readonly teamIds: readonly Id[];
}

export const teamGroupKind = defineRecordKind<TeamGroupRecord>()({
  store: 'teamGroups',
  label: { one: 'Team group', all: 'Team groups' },
  key: 'id',
  indexes: 'id',
  // Members are a list, not one owner: deleting a team takes it out of its groups.
  owners: {},
  schema: () =>
    z.strictObject({ ...stampedFields(), name: requiredName(), teamIds: listOf(recordId()) }),
  // New in schema version 3.
  restore: (stored) => stored,
});
