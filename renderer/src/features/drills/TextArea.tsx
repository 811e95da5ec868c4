import { useId } from 'react';

interface TextAreaProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly autoFocus?: boolean;
  readonly rows?: number;
}

/** A labelled multi-line field with its error tied to it, like TextField. */
export function TextArea({
  label,
  value,
  onChange,
  error,
  hint,
  autoFocus,
  rows = 3,
}: TextAreaProps) {
  const id = useId();
  const describedBy = [
    hint === undefined ? '' : `${id}-hint`,
    error === undefined ? '' : `${id}-error`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- only in dialogs the user just opened
        autoFocus={autoFocus}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {error !== undefined && (
        <span id={`${id}-error`} className="error">
          {error}
        </span>
      )}
    </div>
  );
}
