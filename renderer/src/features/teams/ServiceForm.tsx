import { useState } from 'react';
import type { ServiceRecord } from '../../domain/records/services';
import type { Outcome } from '../../domain/outcome';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { TierSelect } from '../../components/TierSelect';
import { useSubmit } from '../../components/use-submit';

export interface ServiceInput {
  readonly name: string;
  readonly tier: unknown;
}

interface ServiceFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly initial?: ServiceRecord;
  readonly save: (input: ServiceInput) => Promise<Outcome<ServiceRecord, 'name' | 'tier'>>;
  readonly onSaved: (service: ServiceRecord) => void;
  readonly onCancel?: () => void;
}

/** Adds a service, or edits one in place. The tier is sent as chosen; the rules validate it. */
export function ServiceForm({
  label,
  submitLabel,
  initial,
  save,
  onSaved,
  onCancel,
}: ServiceFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [tier, setTier] = useState(String(initial?.tier ?? 2));
  const { errors, busy, run } = useSubmit<ServiceRecord, 'name' | 'tier'>();
  return (
    <form
      noValidate
      aria-label={label}
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () => save({ name, tier: Number(tier) }),
          (saved) => {
            if (initial === undefined) {
              setName('');
              setTier('2');
            }
            onSaved(saved);
          },
        );
      }}
    >
      <TextField
        label="Service name"
        value={name}
        onChange={setName}
        error={errors.name}
        autoFocus={initial !== undefined}
      />
      <TierSelect value={tier} onChange={setTier} error={errors.tier} />
      <FormActions error={errors.form} submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
