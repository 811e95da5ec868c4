import { SERVICE_TIERS } from '../domain/records/services';
import { TIER_LABELS } from '../domain/words/services';
import { SelectField } from './SelectField';

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
