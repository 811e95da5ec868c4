import { Field } from './Field';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly autoFocus?: boolean;
  readonly list?: string | undefined;
  readonly name?: string;
}

/**
 * A labelled text input. No maxLength: a pasted over-long value is shown with a message instead of
 * being silently cut.
 */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  autoFocus,
  list,
  name,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="text"
          name={name}
          value={value}
          list={list}
          autoComplete="off"
          // eslint-disable-next-line jsx-a11y/no-autofocus -- only in forms the user just opened
          autoFocus={autoFocus}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
