import { useId, type ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

interface FieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: (control: FieldControlProps) => ReactNode;
}

/**
 * The frame every labelled control shares: label, optional hint, the control, and its error, with
 * aria-invalid and aria-describedby set so a screen reader reads the hint and the problem when
 * focus returns to the control.
 */
export function Field({ label, hint, error, children }: FieldProps) {
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
      {children({
        id,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A field's or group's error, when there is one. */
export function FieldError({
  id,
  error,
}: {
  readonly id: string;
  readonly error?: string | undefined;
}) {
  if (error === undefined) return null;
  return (
    <span id={id} className="error">
      {error}
    </span>
  );
}
