import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a passing remark (a key that did nothing) stays on screen. */
export const TRANSIENT_MS = 6000;

/** A line of text that clears itself after a while, for remarks that are not worth keeping. */
export function useTransientText(): readonly [string, (text: string) => void] {
  const [text, setText] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );
  const say = useCallback((next: string) => {
    window.clearTimeout(timer.current);
    setText(next);
    timer.current = window.setTimeout(() => {
      setText('');
    }, TRANSIENT_MS);
  }, []);
  return [text, say] as const;
}
