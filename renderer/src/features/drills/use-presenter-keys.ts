import { useEffect, useRef } from 'react';
import { actionForKey, keyLegend, keyName } from './run-actions';

/** The presenter's own key: show or hide the due injects. No run action uses it (a test checks). */
export const INJECTS_KEY = 'v';

/** Typing in a field, or working in a dialog, is never a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]') !== null) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** "I start: inject the fault, N next mark, …, V show or hide the injects, Esc leave". */
export function presenterKeys(): string {
  return [
    ...keyLegend('presenter').map((line) => `${line.keys[0] ?? ''} ${line.text}`),
    `${keyName(INJECTS_KEY)} show or hide the injects`,
    'Esc leave',
  ].join(', ');
}

/** What a letter key that does nothing in the presenter says, so nobody wonders. */
export function unboundKeyText(key: string): string {
  const name = keyName(key);
  return actionForKey(key, 'run') !== null
    ? `${name} works on the run screen, not in the presenter view.`
    : `${name} does nothing here. Keys: ${presenterKeys()}.`;
}

export interface PresenterKeyHandlers {
  readonly toggleInjects: () => void;
  /** A letter the presenter does not use. */
  readonly unbound: (text: string) => void;
  /** In a window of its own, Escape and F close it rather than turn it into a run screen. */
  readonly closeWindow: (() => void) | null;
}

/**
 * The presenter's keys besides the run's (use-run-shortcuts.ts binds those). Listens in the capture
 * phase, so closing its own window is decided before the run's keys would leave the view.
 */
export function usePresenterKeys(handlers: PresenterKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]') !== null) return;
      const key = event.key.toLowerCase();
      const { closeWindow, toggleInjects, unbound } = latest.current;
      if (closeWindow !== null && actionForKey(key, 'presenter') === 'leave') {
        event.preventDefault();
        event.stopImmediatePropagation();
        closeWindow();
        return;
      }
      if (key === INJECTS_KEY) {
        event.preventDefault();
        toggleInjects();
        return;
      }
      if (/^[a-z]$/u.test(key) && actionForKey(key, 'presenter') === null)
        unbound(unboundKeyText(key));
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, []);
}
