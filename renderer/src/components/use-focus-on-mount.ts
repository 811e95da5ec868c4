import { useEffect, useRef } from 'react';

/**
 * Moves focus to the heading when a block appears (a preview, a result), so keyboard and screen
 * reader users land on what is new. The heading needs tabIndex={-1}.
 */
export function useFocusOnMount() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}
