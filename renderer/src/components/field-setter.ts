/**
 * The change handlers of a form kept as one value: `set('name')` is the `onChange` of the name's
 * control, and writes a copy of the value with that one field changed.
 */
export function fieldSetter<T extends object>(value: T, onChange: (next: T) => void) {
  return <K extends keyof T>(key: K) =>
    (field: T[K]): void => {
      onChange({ ...value, [key]: field });
    };
}
