import { useEffect, useRef } from 'react';
import type { EpochMs } from '../../domain/records/common';
import { actionForKey, type RunActionId, type RunScreenId } from './run-actions';

/** Typing in a field, or working in a dialog, must never record a mark. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]') !== null) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Single-key shortcuts of a run screen, as the table of run actions binds them. The time handed on
 * is the key event's own timestamp, read here in the handler before anything else runs.
 */
export function useRunShortcuts(
  screen: RunScreenId,
  perform: (id: RunActionId, at: EpochMs) => void,
): void {
  const latest = useRef(perform);
  useEffect(() => {
    latest.current = perform;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const at = performance.timeOrigin + event.timeStamp;
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      // An open dialog has the keys, Escape included: it closes the dialog, not the screen.
      if (isTyping(event.target) || document.querySelector('dialog[open]') !== null) return;
      const id = actionForKey(event.key.toLowerCase(), screen);
      if (id === null) return;
      // Space would otherwise also press a focused button or scroll the page.
      event.preventDefault();
      latest.current(id, at);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [screen]);
}
