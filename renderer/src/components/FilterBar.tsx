import type { ReactNode } from 'react';

/**
 * A list's filters: a form that never submits, since every control narrows the list as soon as it
 * changes (the values live in the address, see use-filter-params.ts).
 */
export function FilterBar({
  label,
  children,
}: {
  /** "Filter drills": the form's accessible name. */
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    <form
      className="inline-form filters"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      {children}
    </form>
  );
}
