// Action items: what a team commits to after an assessment gap or a drill review.
import * as z from 'zod/mini';
import {
  idText,
  recordId,
  isoDate,
  nameText,
  stampedFields,
  withDefaults,
  type Id,
  type IsoDate,
  type Stamped,
} from './common';
import { defineRecordKind } from './define';

export const ACTION_ITEM_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** Where an action item came from: an assessment's gap, a drill's review, or the user. */
export const ACTION_ITEM_SOURCES = ['assessment', 'drill', 'manual'] as const;

export interface ActionItemSource {
  readonly kind: (typeof ACTION_ITEM_SOURCES)[number];
  readonly id: Id | null;
  readonly criterionId: string | null;
}

export interface ActionItemRecord extends Stamped {
  readonly teamId: Id;
  readonly title: string;
  readonly ownerId: Id | null;
  readonly due: IsoDate | null;
  readonly status: ActionItemStatus;
  readonly source: ActionItemSource;
}

export const actionItemKind = defineRecordKind<ActionItemRecord>()({
  store: 'actionItems',
  label: { one: 'Action item', all: 'Action items' },
  key: 'id',
  indexes: 'id, teamId',
  owners: { teamId: 'teams' },
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      teamId: recordId(),
      title: nameText(),
      ownerId: z.nullable(recordId()),
      due: z.nullable(isoDate()),
      status: z.enum(ACTION_ITEM_STATUSES),
      source: z.strictObject({
        kind: z.enum(ACTION_ITEM_SOURCES),
        id: z.nullable(recordId()),
        criterionId: z.nullable(idText()),
      }),
    }),
  // An action item written before these fields existed had no owner, no due date, and was the
  // user's own.
  restore: (stored) =>
    withDefaults(stored, {
      ownerId: null,
      due: null,
      source: { kind: 'manual', id: null, criterionId: null },
    }),
});
