import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Where the presenter shows the injects that are due (issue: the facilitator's kit). It renders
 * whatever it is given and tells the page whether that is anything at all, so the show/hide key
 * stays inert, and the region stays out of the page, while nothing is due.
 */
export function DueInjectsSlot({
  shown,
  onContent,
  children,
}: {
  readonly shown: boolean;
  /** Called with true when the slot holds something to show, false when it is empty. */
  readonly onContent: (hasContent: boolean) => void;
  readonly children?: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const slot = ref.current;
    if (slot === null) return;
    const check = () => {
      onContent(slot.textContent.trim() !== '');
    };
    check();
    // The injects change on their own as they fall due, without the page rendering.
    const observer = new MutationObserver(check);
    observer.observe(slot, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
    };
  }, [onContent]);
  return (
    <aside
      ref={ref}
      id="presenter-injects"
      className="presenter-injects"
      aria-label="Due injects"
      hidden={!shown}
      data-testid="presenter-injects"
    >
      {children}
    </aside>
  );
}
