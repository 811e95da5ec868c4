import { useEffect, useRef } from 'react';

/**
 * Opens and closes a native <dialog> as a modal to follow `open`. The browser then traps focus,
 * Escape raises `cancel`, and focus returns to where it was. `focusOnOpen`, when given, picks the
 * control to focus instead of the browser's first focusable one.
 */
export function useModalDialog(
  open: boolean,
  focusOnOpen?: (dialog: HTMLDialogElement) => HTMLElement | null,
) {
  const ref = useRef<HTMLDialogElement>(null);
  const focusRef = useRef(focusOnOpen);
  useEffect(() => {
    focusRef.current = focusOnOpen;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      focusRef.current?.(dialog)?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
