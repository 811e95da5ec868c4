import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After every navigation (not the first load, where a form may have autofocus), focus moves to the
 * new page's heading, so keyboard and screen-reader users start reading the new page instead of
 * staying in the navigation. A repeated click on the current link counts as a navigation too.
 */
export function useFocusOnNavigation(): void {
  const { key } = useLocation();
  const firstKey = useRef(key);
  useEffect(() => {
    if (key === firstKey.current) return;
    document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true });
  }, [key]);
}
