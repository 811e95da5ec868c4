// The records of a JSON export, wherever the tool put them. The APIs page their lists, so users
// save one page (`{ "incidents": [...], "more": true }`), an array of saved pages, or a bare
// array of records (what ETL taps write); all three read the same.
import { isObject, type Json } from './values';

export interface JsonRecords {
  readonly items: readonly unknown[];
  /** The page envelopes, for fields beside the list (PagerDuty Analytics' time_zone). */
  readonly pages: readonly Json[];
}

/** undefined when the file holds no list under `key` in any of the three shapes. */
export function recordsUnder(root: unknown, key: string): JsonRecords | undefined {
  if (isObject(root)) {
    const list = root[key];
    return Array.isArray(list) ? { items: list, pages: [root] } : undefined;
  }
  if (!Array.isArray(root)) return undefined;
  // Saved pages may sit beside pages of another list (PagerDuty's log entries): those are skipped.
  const pages = root.filter((page): page is Json => isObject(page) && Array.isArray(page[key]));
  if (pages.length > 0) return { items: pages.flatMap((page) => page[key] as unknown[]), pages };
  return { items: root, pages: [] };
}

/** The first record of a file in any of the three shapes, to recognise the tool by. */
export function firstRecord(root: unknown, key: string): Json | undefined {
  const records = recordsUnder(root, key);
  const first = records?.items.find(isObject);
  return first;
}

/** The first page envelope, or the root object itself. */
export function firstPage(root: unknown): Json | undefined {
  if (isObject(root)) return root;
  return Array.isArray(root) ? root.find(isObject) : undefined;
}
