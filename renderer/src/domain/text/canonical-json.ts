// JSON in one canonical form: every object's keys in one fixed order and undefined fields dropped,
// so equal data always gives the same text. Records read back from IndexedDB keep the key order
// they were written with, which differs between code paths (a spread of an edit, a fresh record),
// and two files of one model may list a criterion's fields in any order. The backup writes its
// records in this form (two exports of unchanged data differ only in their date), the merge asks
// "is this record the same?" as a comparison of these texts, and so does a model imported again.
//
// The order is the one a JavaScript object enumerates its keys in when they were inserted sorted:
// array-index keys ("0", "9", "10") first, in numeric order, then every other key in sorted
// (UTF-16 code unit) order.
//
// Measured against an organisation's backup (~95,000 records, ~100,000 drill events in them): a
// writer that builds the text itself, and JSON.stringify given the sorted list of every key, were
// no faster than stringifying a sorted copy once the text is joined into a file, so the copy stays.

/**
 * The canonical JSON text of `value`; `value` is left as it was. Like JSON.stringify, it gives
 * undefined for a value JSON has no text for (undefined, a function) and throws for a BigInt.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedCopy(value));
}

/** A copy whose objects have their keys inserted in sorted order, undefined fields left out. */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return (value as readonly unknown[]).map(sortedCopy);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  // No prototype: a key named "__proto__" stays a plain key instead of changing the object.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(source).sort()) {
    if (source[key] !== undefined) sorted[key] = sortedCopy(source[key]);
  }
  return sorted;
}
