interface FormActionsProps {
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onCancel?: (() => void) | undefined;
}

export function FormActions({ submitLabel, busy, onCancel }: FormActionsProps) {
  return (
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
  );
}
