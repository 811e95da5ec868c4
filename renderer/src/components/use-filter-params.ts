// A list's filters live in the address's query (?status=completed&service=…), so a filtered list
// can be bookmarked, shared and reached again with Back. An empty value is no filter and leaves
// the parameter out; changing a filter replaces the history entry rather than adding one.
import { useSearchParams } from 'react-router';

export interface FilterParams<K extends string> {
  /** Each filter's value as the address has it; '' when it is not set. */
  readonly values: Readonly<Record<K, string>>;
  /** The change handler of one filter's control. */
  readonly set: (key: K) => (value: string) => void;
}

export function useFilterParams<K extends string>(keys: readonly K[]): FilterParams<K> {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<
    K,
    string
  >;
  const set = (key: K) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  return { values, set };
}
