import { useId } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly autoFocus?: boolean;
  readonly list?: string;
  readonly name?: string;
}

/**
 * A labelled text input whose error is tied to it (aria-invalid, aria-describedby), so a screen
 * reader reads the problem when focus returns to the field. No maxLength: a pasted over-long value
 * is shown with a message instead of being silently cut.
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
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint !== undefined ? hintId : '', error !== undefined ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        name={name}
        value={value}
        list={list}
        autoComplete="off"
        // eslint-disable-next-line jsx-a11y/no-autofocus -- only in forms the user just opened
        autoFocus={autoFocus}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {error !== undefined && (
        <span id={errorId} className="error">
          {error}
        </span>
      )}
    </div>
  );
}
