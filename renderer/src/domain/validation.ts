// The shape every user-input check returns: either the cleaned value to store, or one human
// message per field so a form can show each next to the input it is about.

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type Validated<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };
