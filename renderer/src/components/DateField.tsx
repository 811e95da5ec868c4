import type { RefObject } from 'react';
import { Field } from './Field';

interface DateFieldProps {
  readonly label: string;
  /** A calendar date, `YYYY-MM-DD`, or '' (or null) for none. */
  readonly value: string | null;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly name?: string;
  readonly inputRef?: RefObject<HTMLInputElement | null>;
  readonly onBlur?: () => void;
}

/**
 * The one way the app asks for a calendar date: the browser's date picker, which shows the date in
 * the user's own format and gives the app `YYYY-MM-DD` whatever the locale. A date typed by hand
 * that is not a real date reaches the app as '' and is named by the form's own rule.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
  name,
  inputRef,
  onBlur,
}: DateFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          type="date"
          name={name}
          value={value ?? ''}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
