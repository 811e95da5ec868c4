// Grouping records by a key, apart from the portfolio's rules: the portfolio's repository, loaded
// with the app, needs only this.
import type { Id } from '../records/common';

/** Splits records into lists by a key, in one pass. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => Id): Map<Id, T[]> {
  const map = new Map<Id, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list === undefined) map.set(key, [item]);
    else list.push(item);
  }
  return map;
}
