/**
 * The one place a form shows a refusal that is about no single field ("This team has been
 * deleted.") or a save that failed: above its actions, announced when it appears.
 */
export function FormError({ message }: { readonly message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p className="message error form-error" role="alert">
      {message}
    </p>
  );
}
