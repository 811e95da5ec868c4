// The report view's ready signal (see REPORT_STATE_ATTRIBUTE). "Ready" means more than "data
// loaded": React has committed the charts, the browser has laid them out and painted a frame, and
// the fonts the text uses are loaded, so a PDF printed now is the PDF the user would see.
import { useEffect, useState } from 'react';
import {
  REPORT_ERROR_ATTRIBUTE,
  REPORT_FILE_NAME_ATTRIBUTE,
  REPORT_STATE_ATTRIBUTE,
} from '@shared/report-request';

export type ReportStatus =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly fileName: string }
  | { readonly state: 'error'; readonly message: string };

/**
 * How long to wait for a frame before going on without it. A window that is not on screen (the
 * desktop shell's hidden export window on some systems, a background tab) may get no animation
 * frames at all; printing lays the page out itself, so a frame is worth waiting for, not forever.
 */
const FRAME_FALLBACK_MS = 100;

const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FRAME_FALLBACK_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

function clearSignal(root: HTMLElement): void {
  root.removeAttribute(REPORT_STATE_ATTRIBUTE);
  root.removeAttribute(REPORT_ERROR_ATTRIBUTE);
  root.removeAttribute(REPORT_FILE_NAME_ATTRIBUTE);
}

/** The message first, then the state: whoever sees the state finds the message already there. */
function raiseError(root: HTMLElement, message: string): void {
  root.setAttribute(REPORT_ERROR_ATTRIBUTE, message);
  root.setAttribute(REPORT_STATE_ATTRIBUTE, 'error');
}

/** True once the signal is up for the current status, and only then: printing waits for it. */
export function useReportReady(status: ReportStatus): boolean {
  const { state } = status;
  // The status's content as one string: the status object itself is new on every render.
  const detail = state === 'ready' ? status.fileName : state === 'error' ? status.message : '';
  const key = `${state}:${detail}`;
  // The status the ready signal was last raised for; a later status must raise it again.
  const [signalled, setSignalled] = useState<string | null>(null);
  useEffect(() => {
    const root = document.documentElement;
    let cancelled = false;
    clearSignal(root);
    root.setAttribute(REPORT_STATE_ATTRIBUTE, 'loading');
    if (state === 'error') {
      raiseError(root, detail);
    } else if (state === 'ready') {
      // Two frames: the first runs before the committed SVG is painted, the second after.
      void document.fonts.ready
        .then(nextFrame)
        .then(nextFrame)
        .then(() => {
          if (cancelled) return;
          root.setAttribute(REPORT_FILE_NAME_ATTRIBUTE, detail);
          root.setAttribute(REPORT_STATE_ATTRIBUTE, 'ready');
          setSignalled(`ready:${detail}`);
        });
    }
    return () => {
      cancelled = true;
      clearSignal(root);
    };
  }, [state, detail]);
  return state === 'ready' && signalled === key;
}

/**
 * For a screen shown instead of a report (the data cannot be opened, it is from a newer version,
 * the view failed): raises the error signal with `message`, so an exporter waiting for the report
 * stops at once with words the user can act on, rather than at its timeout. Harmless elsewhere:
 * only exporters read the signal.
 */
export function useReportErrorSignal(message: string): void {
  useEffect(() => {
    const root = document.documentElement;
    clearSignal(root);
    raiseError(root, message);
    return () => {
      clearSignal(root);
    };
  }, [message]);
}
