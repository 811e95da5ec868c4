// Exporting a report as PDF, as one policy. Main builds the report's URL itself from the validated
// request (the renderer never sends a URL or a path), prints the view in a hidden window once the
// view says it is ready, closes that window whatever happened, and writes the bytes only where the
// user chose in the save dialog. Electron is injected (report-window.ts in production, fakes in
// the tests), so every step and every failure is tested without it.
import path from 'node:path';
import { APP_ENTRY_URL } from '../../shared/app-origin';
import { isBareFileName } from '../../shared/ipc-contract';
import {
  reportRoute,
  type PaperSize,
  type ReportExportOutcome,
  type ReportRequest,
} from '../../shared/report-request';
import { err, ok, type Result } from '../../shared/result';
import { writeFailureMessage, type SaveDialog, type SaveDialogOptions } from '../ipc/save-file';
import type { SavedFiles } from '../ipc/saved-files';
import type { ReportSignal } from './report-signal';

/** The options this export prints with: a subset of Electron's PrintToPDFOptions. */
export interface PdfOptions {
  readonly pageSize: 'A4' | 'Letter';
  /** The view's @page rule sets the size and the margins (with the running header and footer). */
  readonly preferCSSPageSize: true;
  /** Table header shading and chart fills are backgrounds; without this they vanish. */
  readonly printBackground: true;
  /** Headings, tables and figure names stay readable by screen readers in the PDF. */
  readonly generateTaggedPDF: true;
}

/** One hidden window showing one report view. */
export interface ReportWindow {
  /** Loads the URL; resolves once the document has loaded (its data may still be on the way). */
  load(url: string): Promise<void>;
  /** Resolves when the view sets its ready signal to ready or error; on its own, never otherwise. */
  waitForSignal(): Promise<ReportSignal>;
  printToPdf(options: PdfOptions): Promise<Uint8Array>;
  /** Closes the window; safe to call more than once, and after the window is gone. */
  close(): void;
}

export interface ReportExportDeps {
  /** Opens a new hidden report window (nothing loaded yet). */
  readonly openReportWindow: () => ReportWindow;
  /** The OS save dialog, parented to the app window. */
  readonly showSaveDialog: SaveDialog;
  readonly writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  /**
   * The files saved this session (ipc/saved-files.ts), shared with file:save: a saved PDF gets an
   * id there, so "Show in folder" works for it exactly as for a backup.
   */
  readonly savedFiles: Pick<SavedFiles, 'remember'>;
  /** How long the view may take to load its data and draw; 30 s unless a test says otherwise. */
  readonly readyTimeoutMs?: number;
}

export const READY_TIMEOUT_MS = 30_000;
export const FALLBACK_FILE_NAME = 'mttr-report.pdf';
/** A page's error message is shown in a toast: keep it to a sentence or two. */
const MAX_MESSAGE_CHARS = 300;

const PAGE_SIZES: Readonly<Record<PaperSize, PdfOptions['pageSize']>> = {
  a4: 'A4',
  letter: 'Letter',
};

/** The report's address inside the app: always the app's own entry page, never a given URL. */
export function reportUrl(request: ReportRequest): string {
  return `${APP_ENTRY_URL}#${reportRoute(request)}`;
}

export function pdfOptions(paper: PaperSize): PdfOptions {
  return {
    pageSize: PAGE_SIZES[paper],
    preferCSSPageSize: true,
    printBackground: true,
    generateTaggedPDF: true,
  };
}

/**
 * The name the save dialog offers: the view's suggestion when it is a bare file name (the same
 * rule file:save applies to the renderer's suggestions), with `.pdf` added if it lacks one.
 */
export function suggestedFileName(fromView: string | null): string {
  const name = (fromView ?? '').trim();
  const withExtension = name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
  const usable = name !== '' && withExtension.length <= 200 && isBareFileName(withExtension);
  return usable ? withExtension : FALLBACK_FILE_NAME;
}

export function pdfSaveDialogOptions(fileName: string): SaveDialogOptions {
  return {
    title: 'Save the report as PDF',
    defaultPath: fileName,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
}

const BUSY_MESSAGE =
  'A report is already being exported. Wait for it to finish, then export this one.';

function timeoutMessage(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `The report took longer than ${seconds} seconds to prepare, so no PDF was made. Try again; if it happens again, restart MTTR Studio.`;
}

/** The view's own words (written for the user, e.g. that the assessment no longer exists). */
function viewErrorMessage(message: string | null): string {
  let text = '';
  for (const char of message ?? '') text += char.charCodeAt(0) < 0x20 ? ' ' : char;
  text = text.replace(/\s+/gu, ' ').trim();
  if (text === '') return 'The report could not be prepared, so no PDF was made.';
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…` : text;
}

function printFailureMessage(error: unknown): string {
  const reason = error instanceof Error && error.message !== '' ? `: ${error.message}` : '';
  return `The report could not be printed to PDF${reason}. Try again.`;
}

const TIMED_OUT = Symbol('timed out');

/** `work`, or TIMED_OUT after `ms`. A late rejection of `work` is handled (race subscribed to it). */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      resolve(TIMED_OUT);
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface PrintedReport {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

async function loadAndWait(window: ReportWindow, url: string): Promise<ReportSignal> {
  await window.load(url);
  return window.waitForSignal();
}

/** Loads, waits and prints in a hidden window, which is closed on every path out. */
async function printReport(
  request: ReportRequest,
  deps: ReportExportDeps,
): Promise<Result<PrintedReport>> {
  const timeoutMs = deps.readyTimeoutMs ?? READY_TIMEOUT_MS;
  let window: ReportWindow | undefined;
  try {
    window = deps.openReportWindow();
    const signal = await withTimeout(loadAndWait(window, reportUrl(request)), timeoutMs);
    if (signal === TIMED_OUT) return err('report-failed', timeoutMessage(timeoutMs));
    if (signal.state === 'error') return err('report-failed', viewErrorMessage(signal.message));
    const bytes = await window.printToPdf(pdfOptions(request.paper));
    return ok({ bytes, fileName: suggestedFileName(signal.fileName) });
  } catch (error: unknown) {
    return err('report-failed', printFailureMessage(error));
  } finally {
    window?.close();
  }
}

/** Asks where to save, then writes there. The path comes only from the dialog. */
async function saveReport(
  report: PrintedReport,
  deps: ReportExportDeps,
): Promise<Result<ReportExportOutcome>> {
  const choice = await deps.showSaveDialog(pdfSaveDialogOptions(report.fileName));
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
    return ok({ outcome: 'cancelled' });
  }
  try {
    await deps.writeFile(choice.filePath, report.bytes);
  } catch (error: unknown) {
    return err('io-error', writeFailureMessage(error));
  }
  return ok({
    outcome: 'saved',
    fileName: path.basename(choice.filePath),
    savedId: deps.savedFiles.remember(choice.filePath),
  });
}

/**
 * The `report:export-pdf` handler. One export at a time: a second click while the first is still
 * printing or waiting in the dialog gets a `busy` value rather than a second hidden window.
 */
export function createReportExporter(
  deps: ReportExportDeps,
): (request: ReportRequest) => Promise<Result<ReportExportOutcome>> {
  let running = false;
  return async (request) => {
    if (running) return err('busy', BUSY_MESSAGE);
    running = true;
    try {
      const printed = await printReport(request, deps);
      return printed.ok ? await saveReport(printed.value, deps) : printed;
    } finally {
      running = false;
    }
  };
}
