// The shapes every result a user sees comes in, so a screen reads any of them the same way.
//
// A write, and every check of user input, gives an `Outcome`: the value stored (or the cleaned
// value to store), or messages for the form that asked. A message about one input is filed under
// that field and shown beside it; what is not about any one field ("This team has been deleted.",
// "The drill is paused.") is filed under `form` and shown once, for the whole form.
//
// Reading a file or gathering a report's data gives a `Checked` value or one `Problem`: what is
// wrong, in a sentence for the user, and where, for tests and tooling.

/** Messages by field; `form` holds the one about the whole form rather than any of its fields. */
export type FieldErrors<F extends string> = Partial<Record<F | 'form', string>>;

export type Outcome<T, F extends string = never> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: FieldErrors<F> };

export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A refusal with a message per field (and perhaps one for the form). */
export function fail<F extends string>(
  errors: FieldErrors<F>,
): { readonly ok: false; readonly errors: FieldErrors<F> } {
  return { ok: false, errors };
}

/** A refusal that is about no one field: the form shows it once, above its actions. */
export function refuse<F extends string = never>(
  message: string,
): { readonly ok: false; readonly errors: FieldErrors<F> } {
  const errors: FieldErrors<F> = {};
  errors.form = message;
  return { ok: false, errors };
}

/** Every message of a refusal, form first: for a place that has no fields to put them beside. */
export function messagesOf<F extends string>(errors: FieldErrors<F>): string[] {
  const { form, ...fields } = errors as Record<string, string | undefined>;
  return [form, ...Object.values(fields)].filter((m): m is string => m !== undefined);
}

/** What is wrong with a file or a report's data; `store`, `recordId` and `field` say where. */
export interface Problem {
  readonly message: string;
  readonly store?: string;
  readonly recordId?: string;
  readonly field?: string;
}

export interface Refused {
  readonly ok: false;
  readonly problem: Problem;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | Refused;

/** A refusal naming one problem; `where` adds the store, record or field it was found in. */
export function problem(message: string, where: Omit<Problem, 'message'> = {}): Refused {
  return { ok: false, problem: { message, ...where } };
}
