// A team's services, with how critical each is.
import * as z from 'zod/mini';
import { recordId, requiredName, stampedFields, type Id, type Stamped } from './common';
import { defineRecordKind } from './define';

/** 1 = most critical. */
export const SERVICE_TIERS = [1, 2, 3] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

export interface ServiceRecord extends Stamped {
  readonly teamId: Id;
  readonly name: string;
  readonly tier: ServiceTier;
}

export const serviceKind = defineRecordKind<ServiceRecord>()({
  store: 'services',
  label: { one: 'Service', all: 'Services' },
  key: 'id',
  indexes: 'id, teamId',
  owners: { teamId: 'teams' },
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      teamId: recordId(),
      name: requiredName(),
      tier: z.literal(SERVICE_TIERS),
    }),
  // Every field has been there since the first release.
  restore: (stored) => stored,
});
