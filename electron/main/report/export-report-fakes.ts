// For the report exporter's tests: a fake hidden window, save dialog, file system and saved-file
// register that record every call in order, and the request and file names those tests share.
import { vi } from 'vitest';
import type { ReportRequest } from '../../shared/report-request';
import type { SaveDialogOptions } from '../ipc/save-file';
import { createSavedFiles } from '../ipc/saved-files';
import {
  createReportExporter,
  type PdfOptions,
  type ReportExportDeps,
  type ReportWindow,
} from './export-report';
import type { ReportSignal } from './report-signal';

export const ASSESSMENT_ID = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
export const assessmentA4: ReportRequest = {
  target: { kind: 'assessment', assessmentId: ASSESSMENT_ID },
  paper: 'a4',
};
export const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"
export const SUGGESTED = 'mttr-assessment-payments-2026-11-21.pdf';
export const CHOSEN_PATH = '/home/sam/Documents/payments assessment.pdf';
export const SAVED_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

export interface WindowScript {
  /** What the view answers; `never` leaves it loading forever. */
  readonly signal?: ReportSignal | 'never' | Promise<ReportSignal>;
  readonly loadError?: Error;
  readonly printError?: Error;
}

/** Records every call, in order: the window, the dialog, the file system and the register. */
export function setUp(script: WindowScript = {}, overrides: Partial<ReportExportDeps> = {}) {
  const events: string[] = [];
  const loaded: string[] = [];
  const printed: PdfOptions[] = [];
  const openReportWindow = vi.fn((): ReportWindow => {
    events.push('open');
    return {
      load: (url) => {
        events.push('load');
        loaded.push(url);
        return script.loadError === undefined
          ? Promise.resolve()
          : Promise.reject(script.loadError);
      },
      waitForSignal: () => {
        const { signal = { state: 'ready', fileName: SUGGESTED } } = script;
        return signal === 'never'
          ? new Promise<ReportSignal>(() => undefined)
          : Promise.resolve(signal);
      },
      printToPdf: (options) => {
        events.push('print');
        printed.push(options);
        return script.printError === undefined
          ? Promise.resolve(PDF_BYTES)
          : Promise.reject(script.printError);
      },
      close: () => {
        events.push('close');
      },
    };
  });
  const showSaveDialog = vi.fn((_options: SaveDialogOptions) => {
    events.push('dialog');
    return Promise.resolve({ canceled: false, filePath: CHOSEN_PATH });
  });
  const writeFile = vi.fn((_path: string, _bytes: Uint8Array) => {
    events.push('write');
    return Promise.resolve();
  });
  const savedFiles = createSavedFiles(() => SAVED_ID);
  const remember = vi.fn((filePath: string) => {
    events.push('remember');
    return savedFiles.remember(filePath);
  });
  const deps = {
    openReportWindow,
    showSaveDialog,
    writeFile,
    savedFiles: { remember },
    ...overrides,
  };
  return {
    exportPdf: createReportExporter(deps),
    events,
    loaded,
    printed,
    remember,
    ...deps,
  };
}
