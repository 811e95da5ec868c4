// A team's target level per maturity category: one record per team and category.
import * as z from 'zod/mini';
import { idText, recordId, stampedFields, wholeNumber, type Id, type Stamped } from './common';
import { defineRecordKind } from './define';

export interface TargetRecord extends Stamped {
  readonly teamId: Id;
  readonly categoryId: string;
  readonly level: number;
}

export const targetKind = defineRecordKind<TargetRecord>()({
  store: 'targets',
  label: { one: 'Target', all: 'Target levels' },
  key: 'id',
  indexes: 'id, teamId, [teamId+categoryId]',
  owners: { teamId: 'teams' },
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      teamId: recordId(),
      categoryId: idText(),
      // The maturity model's levels, 1 to 5.
      level: wholeNumber(1, 5),
    }),
  // Every field has been there since the first release.
  restore: (stored) => stored,
});
