// A team's target level per maturity category: one record per team and category.
import * as z from 'zod/mini';
import { idText, stampedFields, type Id, type Stamped } from './common';
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
  indexes: 'id, teamId, [teamId+categoryId], updatedAt',
  owners: { teamId: 'teams' },
  schema: () =>
    z.object({
      ...stampedFields(),
      teamId: idText(),
      categoryId: idText(),
      // The maturity model's levels, 1 to 5.
      level: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
    }),
  // Every field has been there since the first release.
  restore: (stored) => stored,
});
