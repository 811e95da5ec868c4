import { useState } from 'react';
import type { FieldErrors, Outcome } from '../domain/outcome';

const FAILED = 'That could not be saved. Nothing was changed.';

/**
 * Submits a form's write: while it runs the form is busy; a refusal's messages go back to the
 * form (each field's beside it, `form` once above the actions); success clears them. A write that
 * fails outright (storage refused it) is the form's message too, `failure` or a general one, and
 * nothing pretends to have been saved.
 */
export function useSubmit<T, F extends string = never>(failure: string = FAILED) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [busy, setBusy] = useState(false);

  async function run(
    action: () => Promise<Outcome<T, F>>,
    onSuccess: (value: T) => void | Promise<void>,
  ): Promise<void> {
    setBusy(true);
    try {
      const result = await action();
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      setErrors({});
      await onSuccess(result.value);
    } catch {
      const failed: FieldErrors<F> = {};
      failed.form = failure;
      setErrors(failed);
    } finally {
      setBusy(false);
    }
  }

  return {
    errors,
    busy,
    run,
    clearErrors: () => {
      setErrors({});
    },
  };
}
