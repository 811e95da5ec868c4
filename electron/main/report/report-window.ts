// The hidden window a report is printed from: Electron's side of export-report.ts's ReportWindow.
// It is made by the same factory as the app window (same secure web preferences), and like every
// web contents it passes through the `web-contents-created` hardening in main.ts (no navigation off
// the app, no new windows, no webviews). It never shows and is destroyed after each export.
//
// No preload: the view only reads the local database and draws. Without `window.api` the page in
// this window cannot call main at all, not even to start another export from inside the export.
import { createAppPageWindow } from '../window';
import type { PdfOptions, ReportWindow } from './export-report';
import { WAIT_FOR_REPORT_SIGNAL_SCRIPT, parseReportSignal } from './report-signal';

/**
 * Roughly a printed page at 96 dpi, so the view lays out as it will print. The @page rule, not
 * this size, decides the PDF's paper and margins.
 */
const REPORT_WINDOW_SIZE = { width: 900, height: 1200 } as const;

export function openReportWindow(): ReportWindow {
  const win = createAppPageWindow(
    {
      ...REPORT_WINDOW_SIZE,
      show: false,
      // Hidden from the start but still laid out and painted: the view's ready signal waits for
      // animation frames, which a window that never paints would not get.
      paintWhenInitiallyHidden: true,
      skipTaskbar: true,
      title: 'MTTR Studio report',
      backgroundColor: '#ffffff',
    },
    { backgroundThrottling: false },
  );
  const contents = win.webContents;

  // A crashed or killed page would never answer; say so at once instead of at the timeout.
  const gone = new Promise<never>((_resolve, reject) => {
    contents.once('render-process-gone', (_event, details) => {
      reject(new Error(`the report view stopped (${details.reason})`));
    });
  });
  // Nobody may be waiting on it when that happens; the rejection is reported through waitForSignal.
  gone.catch(() => undefined);

  return {
    load: async (url) => {
      await win.loadURL(url);
    },
    waitForSignal: async () => {
      const answer: unknown = await Promise.race([
        contents.executeJavaScript(WAIT_FOR_REPORT_SIGNAL_SCRIPT),
        gone,
      ]);
      return parseReportSignal(answer);
    },
    printToPdf: (options: PdfOptions) => contents.printToPDF(options),
    close: () => {
      // destroy, not close: nothing in the view may delay or refuse it (beforeunload).
      if (!win.isDestroyed()) win.destroy();
    },
  };
}
