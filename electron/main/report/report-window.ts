// The hidden window a report is printed from: Electron's side of export-report.ts's ReportWindow.
// It is made by the same factory as the app window (same secure web preferences), and like every
// web contents it passes through the `web-contents-created` hardening in main.ts (no navigation off
// the app, no new windows, no webviews). It never shows and is destroyed after each export.
//
// No preload: the view only reads the local database and draws. Without `window.api` the page in
// this window cannot call main at all, not even to start another export from inside the export.
import type { BrowserWindow } from 'electron';
import { createAppPageWindow } from '../window';
import type { PdfOptions, ReportWindow } from './export-report';
import { WAIT_FOR_REPORT_SIGNAL_SCRIPT, parseReportSignal } from './report-signal';

/**
 * Roughly a printed page at 96 dpi, so the view lays out as it will print. The @page rule, not
 * this size, decides the PDF's paper and margins.
 */
const REPORT_WINDOW_SIZE = { width: 900, height: 1200 } as const;

/** The report windows open now: at most one, as exports run one at a time. */
const openWindows = new Set<BrowserWindow>();

/**
 * Ends any export in progress by destroying its window; the export then fails without asking
 * where to save. For when the app window closes: a hidden window would otherwise keep the app
 * running (no `window-all-closed`) and then show a save dialog for an app the user has closed.
 */
export function closeReportWindows(): void {
  for (const win of openWindows) if (!win.isDestroyed()) win.destroy();
  openWindows.clear();
}

export function openReportWindow(): ReportWindow {
  const win = createAppPageWindow(
    {
      ...REPORT_WINDOW_SIZE,
      show: false,
      // Hidden from the start but still laid out and painted: the view's ready signal waits for
      // animation frames (a short while at most), which a window that never paints does not get.
      paintWhenInitiallyHidden: true,
      skipTaskbar: true,
      title: 'MTTR Studio report',
      backgroundColor: '#ffffff',
    },
    { backgroundThrottling: false },
  );
  openWindows.add(win);
  const contents = win.webContents;

  // A crashed, killed or closed page would never answer; say so at once, not at the timeout.
  const gone = new Promise<never>((_resolve, reject) => {
    contents.once('render-process-gone', (_event, details) => {
      reject(new Error(`the report view stopped (${details.reason})`));
    });
    win.once('closed', () => {
      openWindows.delete(win);
      reject(new Error('the report window was closed'));
    });
  });
  // Nobody may be waiting when that happens; otherwise the step that is waiting reports it.
  gone.catch(() => undefined);

  const unlessGone = <T>(work: Promise<T>): Promise<T> => Promise.race([work, gone]);

  return {
    load: async (url) => {
      await unlessGone(win.loadURL(url));
    },
    waitForSignal: async () => {
      const answer: unknown = await unlessGone(
        contents.executeJavaScript(WAIT_FOR_REPORT_SIGNAL_SCRIPT),
      );
      return parseReportSignal(answer);
    },
    printToPdf: (options: PdfOptions) => unlessGone(contents.printToPDF(options)),
    close: () => {
      // destroy, not close: nothing in the view may delay or refuse it (beforeunload).
      if (!win.isDestroyed()) win.destroy();
    },
  };
}
