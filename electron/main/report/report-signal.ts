// Reading the report view's ready signal from main. The script runs in the hidden window's page and
// resolves once `<html>` carries data-report-state = ready | error, answering with the suggested
// file name or the view's error message. It is a fixed string: only the attribute names (constants)
// are written into it, never anything from a request. What it answers is checked like any other
// value from a renderer.
import {
  REPORT_ERROR_ATTRIBUTE,
  REPORT_FILE_NAME_ATTRIBUTE,
  REPORT_STATE_ATTRIBUTE,
} from '../../shared/report-request';

export type ReportSignal =
  | { readonly state: 'ready'; readonly fileName: string | null }
  | { readonly state: 'error'; readonly message: string | null };

const names = JSON.stringify({
  state: REPORT_STATE_ATTRIBUTE,
  fileName: REPORT_FILE_NAME_ATTRIBUTE,
  message: REPORT_ERROR_ATTRIBUTE,
});

/**
 * A MutationObserver rather than polling: the answer comes the moment the view sets the attribute
 * (the view writes the file name or the error first, then the state, so both are there together).
 */
export const WAIT_FOR_REPORT_SIGNAL_SCRIPT = `new Promise((resolve) => {
  const names = ${names};
  const root = document.documentElement;
  const read = () => {
    const state = root.getAttribute(names.state);
    if (state !== 'ready' && state !== 'error') return false;
    resolve({
      state,
      fileName: root.getAttribute(names.fileName),
      message: root.getAttribute(names.message),
    });
    return true;
  };
  if (read()) return;
  const observer = new MutationObserver(() => {
    if (read()) observer.disconnect();
  });
  observer.observe(root, { attributes: true, attributeFilter: [names.state] });
})`;

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The script's answer, checked; anything else reads as an error without a message. */
export function parseReportSignal(value: unknown): ReportSignal {
  if (typeof value !== 'object' || value === null || !('state' in value)) {
    return { state: 'error', message: null };
  }
  const answer = value as { state: unknown; fileName?: unknown; message?: unknown };
  if (answer.state === 'ready') return { state: 'ready', fileName: textOrNull(answer.fileName) };
  return { state: 'error', message: answer.state === 'error' ? textOrNull(answer.message) : null };
}
