import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfOptions } from './export-report';
import { WAIT_FOR_REPORT_SIGNAL_SCRIPT } from './report-signal';

type Listener = (...args: unknown[]) => void;

// A stand-in for Electron's BrowserWindow: records how the window was made and what was asked of
// its web contents, and lets the test play the page.
const electron = vi.hoisted(() => {
  class FakeWebContents {
    readonly once_ = new Map<string, Listener>();
    executeJavaScript = vi.fn((_code: string): Promise<unknown> => new Promise(() => undefined));
    printToPDF = vi.fn((_options: unknown) => Promise.resolve(new Uint8Array([37, 80, 68, 70])));
    once(event: string, listener: Listener) {
      this.once_.set(event, listener);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      this.once_.get(event)?.(...args);
    }
  }
  class FakeBrowserWindow {
    static made: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly once_ = new Map<string, Listener>();
    destroyed = false;
    loadURL = vi.fn((_url: string): Promise<void> => Promise.resolve());
    // As Electron's: no close event, no unload, but `closed` is always emitted.
    destroy = vi.fn(() => {
      this.destroyed = true;
      this.once_.get('closed')?.();
    });
    once(event: string, listener: Listener) {
      this.once_.set(event, listener);
      return this;
    }
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.made.push(this);
    }
    isDestroyed() {
      return this.destroyed;
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  nativeTheme: { shouldUseDarkColors: false },
  screen: {},
}));

const { closeReportWindows, openReportWindow } = await import('./report-window');
const { createAppPageWindow } = await import('../window');

function made() {
  const win = electron.FakeBrowserWindow.made.at(-1);
  if (win === undefined) throw new Error('no window was made');
  return win;
}

const A4: PdfOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
};

beforeEach(() => {
  electron.FakeBrowserWindow.made = [];
});

describe('the hidden report window', () => {
  it('is hidden, has no preload, and has the app window’s web preferences', () => {
    // The app window's, from the same factory (window.ts lists every setting; test:security checks).
    createAppPageWindow({}, { preload: '/app/preload.cjs' });
    const { preload, ...appPreferences } = made().options.webPreferences as Record<string, unknown>;
    expect(preload).toBe('/app/preload.cjs');

    openReportWindow();
    const { options } = made();
    expect(options).toMatchObject({ show: false, paintWhenInitiallyHidden: true });
    expect(options.webPreferences).toEqual({ ...appPreferences, backgroundThrottling: false });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('loads the URL it is given', async () => {
    const report = openReportWindow();
    await report.load('app://mttr-studio/index.html#/reports/drill/d-1?paper=a4');
    expect(made().loadURL).toHaveBeenCalledWith(
      'app://mttr-studio/index.html#/reports/drill/d-1?paper=a4',
    );
  });

  it('waits for the signal with the fixed script and checks the answer', async () => {
    const report = openReportWindow();
    const { webContents } = made();
    webContents.executeJavaScript.mockResolvedValueOnce({ state: 'ready', fileName: 'r.pdf' });
    await expect(report.waitForSignal()).resolves.toEqual({ state: 'ready', fileName: 'r.pdf' });
    expect(webContents.executeJavaScript).toHaveBeenCalledWith(WAIT_FOR_REPORT_SIGNAL_SCRIPT);
  });

  it('stops waiting at once when the page’s process goes away', async () => {
    const report = openReportWindow();
    const waiting = report.waitForSignal();
    made().webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect(waiting).rejects.toThrow(/crashed/);
  });

  it('prints with the options it is given', async () => {
    const report = openReportWindow();
    const options: PdfOptions = { ...A4, pageSize: 'Letter' };
    await expect(report.printToPdf(options)).resolves.toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(made().webContents.printToPDF).toHaveBeenCalledWith(options);
  });

  it('stops loading, waiting or printing at once when the window is closed', async () => {
    const report = openReportWindow();
    const { webContents, loadURL } = made();
    loadURL.mockReturnValueOnce(new Promise(() => undefined));
    webContents.printToPDF.mockReturnValueOnce(new Promise(() => undefined));
    const steps = [report.load('app://x'), report.waitForSignal(), report.printToPdf(A4)];
    closeReportWindows();
    for (const step of steps) await expect(step).rejects.toThrow(/report window was closed/);
  });

  it('is destroyed once by closeReportWindows, which the app window’s closing calls', () => {
    const first = openReportWindow();
    const win = made();
    closeReportWindows();
    expect(win.destroy).toHaveBeenCalledTimes(1);
    first.close();
    closeReportWindows();
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('is destroyed on close, once, however often close is called', () => {
    const report = openReportWindow();
    report.close();
    report.close();
    expect(made().destroy).toHaveBeenCalledTimes(1);
  });
});
