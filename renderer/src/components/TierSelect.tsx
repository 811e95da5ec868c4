import { useId } from 'react';

export const TIER_LABELS: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'Tier 1 — critical',
  2: 'Tier 2 — important',
  3: 'Tier 3 — supporting',
};

interface TierSelectProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

export function TierSelect({ value, onChange, error }: TierSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Tier</label>
      <select
        id={id}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={error !== undefined ? `${id}-error` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {([1, 2, 3] as const).map((tier) => (
          <option key={tier} value={String(tier)}>
            {TIER_LABELS[tier]}
          </option>
        ))}
      </select>
      {error !== undefined && (
        <span id={`${id}-error`} className="error">
          {error}
        </span>
      )}
    </div>
  );
}
