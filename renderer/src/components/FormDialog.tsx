import { useId, type ReactNode, type SyntheticEvent } from 'react';
import { useModalDialog } from './use-modal-dialog';

const focusTextFirst = (dialog: HTMLDialogElement) =>
  dialog.querySelector<HTMLElement>('textarea, input[type="text"], select');

interface FormDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly submitLabel: string;
  readonly busy?: boolean;
  readonly danger?: boolean;
  /** A refusal that is not about one field (the run changed, the order is wrong). */
  readonly error?: string | undefined;
  readonly children: ReactNode;
  readonly onSubmit: (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => void;
  readonly onCancel: () => void;
}

/** A modal form on the native <dialog>: focus is trapped, Escape cancels, focus returns after. */
export function FormDialog(props: FormDialogProps) {
  const { open, title, submitLabel, busy, danger, error, children, onSubmit, onCancel } = props;
  // showModal focuses the first control (a radio); the text is what the user came to write.
  const ref = useModalDialog(open, focusTextFirst);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        noValidate
        aria-labelledby={titleId}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(event);
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {open && children}
        {open && error !== undefined && (
          <p className="message error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className={danger === true ? 'button danger solid' : 'button primary'}
            disabled={busy}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
