import { Field } from './Field';

interface TextAreaProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly autoFocus?: boolean;
  readonly rows?: number;
}

/** A labelled multi-line field, framed like TextField. */
export function TextArea({
  label,
  value,
  onChange,
  error,
  hint,
  autoFocus,
  rows = 3,
}: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- only in dialogs the user just opened
          autoFocus={autoFocus}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
