// The words of a service's values, for its forms, its team's page and the home screen. Typed by
// the value lists of domain/records.
import type { ServiceTier } from '../records/services';

export const TIER_LABELS: Readonly<Record<ServiceTier, string>> = {
  1: 'Tier 1 — critical',
  2: 'Tier 2 — important',
  3: 'Tier 3 — supporting',
};
