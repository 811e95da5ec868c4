import { useEffect, useRef } from 'react';
import type { EpochMs } from '../../domain/records/common';

export interface RunShortcuts {
  readonly nextMark?: (at: EpochMs) => void;
  readonly skip?: (at: EpochMs) => void;
  readonly note?: (at: EpochMs) => void;
  readonly undo?: (at: EpochMs) => void;
  readonly pause?: (at: EpochMs) => void;
  readonly presenter?: () => void;
  readonly escape?: () => void;
}

export const SHORTCUT_LEGEND: readonly (readonly [string, string])[] = [
  ['N or Space', 'next mark'],
  ['S', 'skip the current phase'],
  ['O', 'add a note'],
  ['U', 'undo the last mark'],
  ['P', 'pause or resume'],
  ['F', 'presenter view'],
];

/** Typing in a field, or working in a dialog, must never record a mark. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]') !== null) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Single-key shortcuts of the run. The time handed on is the key event's own timestamp, read here
 * in the handler before anything else runs.
 */
export function useRunShortcuts(shortcuts: RunShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const at = performance.timeOrigin + event.timeStamp;
      if (event.key === 'Escape' && latest.current.escape !== undefined) {
        latest.current.escape();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]') !== null) return;
      const key = event.key.toLowerCase();
      const action =
        key === 'n' || key === ' '
          ? latest.current.nextMark
          : key === 's'
            ? latest.current.skip
            : key === 'o'
              ? latest.current.note
              : key === 'u'
                ? latest.current.undo
                : key === 'p'
                  ? latest.current.pause
                  : undefined;
      if (key === 'f' && latest.current.presenter !== undefined) {
        event.preventDefault();
        latest.current.presenter();
        return;
      }
      if (action === undefined) return;
      // Space would otherwise also press a focused button or scroll the page.
      event.preventDefault();
      action(at);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
