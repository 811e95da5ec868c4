// Live queries for screens: the component re-renders whenever a table the query read changes,
// including writes from another window, so screens never keep their own copy of stored data.
import { useLiveQuery } from 'dexie-react-hooks';

/**
 * Runs `query` and re-runs it when the data it read changes or a value in `deps` changes.
 * `undefined` means "still loading" (the first result has not arrived yet).
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  return useLiveQuery(query, [...deps]);
}
