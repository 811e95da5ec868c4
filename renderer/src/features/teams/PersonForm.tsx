import { useId, useState } from 'react';
import type { PersonRecord } from '../../domain/records/people';
import type { Outcome } from '../../domain/outcome';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/use-submit';

export interface PersonInput {
  readonly name: string;
  readonly role: string;
}

/** Suggestions only: a role is free text, because teams name their roles in their own way. */
const ROLE_SUGGESTIONS = [
  'Site reliability engineer',
  'Backend engineer',
  'Frontend engineer',
  'Platform engineer',
  'Engineering manager',
  'On-call lead',
  'Incident commander',
  'Product owner',
  'Quality engineer',
  'Security engineer',
];

interface PersonFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly initial?: PersonRecord;
  readonly save: (input: PersonInput) => Promise<Outcome<PersonRecord, 'name' | 'role'>>;
  readonly onSaved: (person: PersonRecord) => void;
  readonly onCancel?: () => void;
}

export function PersonForm({
  label,
  submitLabel,
  initial,
  save,
  onSaved,
  onCancel,
}: PersonFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const { errors, busy, run } = useSubmit<PersonRecord, 'name' | 'role'>();
  const listId = useId();
  return (
    <form
      noValidate
      aria-label={label}
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () => save({ name, role }),
          (saved) => {
            if (initial === undefined) {
              setName('');
              setRole('');
            }
            onSaved(saved);
          },
        );
      }}
    >
      <TextField
        label="Name"
        value={name}
        onChange={setName}
        error={errors.name}
        autoFocus={initial !== undefined}
      />
      <TextField label="Role" value={role} onChange={setRole} error={errors.role} list={listId} />
      <datalist id={listId}>
        {ROLE_SUGGESTIONS.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <FormActions error={errors.form} submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
