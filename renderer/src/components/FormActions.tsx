import { FormError } from './FormError';

interface FormActionsProps {
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onCancel?: (() => void) | undefined;
  /** The form's own message (`errors.form`): shown just above the buttons. */
  readonly error?: string | undefined;
}

export function FormActions({ submitLabel, busy, onCancel, error }: FormActionsProps) {
  return (
    <>
      <FormError message={error} />
      <div className="actions button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
