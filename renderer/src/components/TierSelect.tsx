import { SERVICE_TIERS, type ServiceTier } from '../domain/records/services';
import { SelectField } from './SelectField';

export const TIER_LABELS: Readonly<Record<ServiceTier, string>> = {
  1: 'Tier 1 — critical',
  2: 'Tier 2 — important',
  3: 'Tier 3 — supporting',
};

const TIER_OPTIONS = SERVICE_TIERS.map((tier) => [String(tier), TIER_LABELS[tier]] as const);

interface TierSelectProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

export function TierSelect({ value, onChange, error }: TierSelectProps) {
  return (
    <SelectField
      label="Tier"
      value={value}
      onChange={onChange}
      options={TIER_OPTIONS}
      error={error}
    />
  );
}
