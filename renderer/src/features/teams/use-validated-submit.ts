import { useState } from 'react';
import type { FieldErrors, Outcome } from '../../domain/outcome';
import { toast } from '../../stores/toast.store';

/**
 * Runs a validated save: field errors go back to the form, success clears them, and a storage
 * failure is reported without pretending anything was saved.
 */
export function useValidatedSubmit<T, F extends string>() {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<Outcome<T, F>>, onSuccess: (value: T) => void) {
    setBusy(true);
    try {
      const result = await action();
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      setErrors({});
      onSuccess(result.value);
    } catch {
      toast.error('That could not be saved. Nothing was changed.');
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
