// The report view's ready signal (see REPORT_STATE_ATTRIBUTE). "Ready" means more than "data
// loaded": React has committed the charts, the browser has laid them out and painted a frame, and
// the fonts the text uses are loaded, so a PDF printed now is the PDF the user would see.
import { useEffect, useState } from 'react';
import {
  REPORT_ERROR_ATTRIBUTE,
  REPORT_FILE_NAME_ATTRIBUTE,
  REPORT_STATE_ATTRIBUTE,
} from '../../../../electron/shared/report-request';

export type ReportStatus =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly fileName: string }
  | { readonly state: 'error'; readonly message: string };

const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

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
    root.setAttribute(REPORT_STATE_ATTRIBUTE, 'loading');
    root.removeAttribute(REPORT_ERROR_ATTRIBUTE);
    root.removeAttribute(REPORT_FILE_NAME_ATTRIBUTE);
    if (state === 'error') {
      root.setAttribute(REPORT_ERROR_ATTRIBUTE, detail);
      root.setAttribute(REPORT_STATE_ATTRIBUTE, 'error');
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
      root.removeAttribute(REPORT_STATE_ATTRIBUTE);
      root.removeAttribute(REPORT_ERROR_ATTRIBUTE);
      root.removeAttribute(REPORT_FILE_NAME_ATTRIBUTE);
    };
  }, [state, detail]);
  return state === 'ready' && signalled === key;
}
