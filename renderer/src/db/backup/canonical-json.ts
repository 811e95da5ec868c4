// JSON with object keys in sorted order. Records read back from IndexedDB keep the key order they
// were written with, which differs between code paths (a spread of an edit, a fresh record); sorting
// makes the same data give the same text, so two exports of unchanged data differ only in their
// date, and "is this record the same?" is a string comparison.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  // No prototype: a key named "__proto__" stays a plain key instead of changing the object.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(source).sort()) {
    // Skips what JSON drops anyway, so {a: undefined} and {} compare equal.
    if (source[key] !== undefined) sorted[key] = sortKeys(source[key]);
  }
  return sorted;
}
