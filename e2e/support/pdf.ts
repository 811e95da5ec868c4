// Prints a report view to PDF the way both shells do (Chromium's print engine, the page's own
// `@page` size) once the view signals it is ready, and reads the PDF back with Poppler's tools
// (pdftotext, pdfinfo, pdfimages; the `poppler-utils` package, which CI installs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, type Page } from '@playwright/test';
import {
  REPORT_ERROR_ATTRIBUTE,
  REPORT_FILE_NAME_ATTRIBUTE,
  REPORT_STATE_ATTRIBUTE,
} from '@shared/report-request';

export interface PrintedReport {
  readonly path: string;
  /** The file name the view suggested. */
  readonly fileName: string;
  /** The text of each page, in order (pdftotext's reading order, layout kept). */
  readonly pages: readonly string[];
  /** Every page's text joined, with runs of white space collapsed to one space. */
  readonly text: string;
  /** pdfinfo's "Page size" line, e.g. "595.276 x 841.89 pts (A4)". */
  readonly pageSize: string;
  /** Raster images embedded in the PDF (charts must be vectors: this should be 0). */
  readonly imageCount: number;
}

/** Waits for the ready signal (or fails with the view's error message). */
export async function waitForReport(page: Page): Promise<void> {
  const root = page.locator(
    `html[${REPORT_STATE_ATTRIBUTE}="ready"], html[${REPORT_STATE_ATTRIBUTE}="error"]`,
  );
  await expect(root, 'the report view signals that it is ready, or why not').toBeAttached();
  const state = await page.locator('html').getAttribute(REPORT_STATE_ATTRIBUTE);
  if (state === 'error') {
    const message = await page.locator('html').getAttribute(REPORT_ERROR_ATTRIBUTE);
    throw new Error(`The report could not be drawn: ${message ?? 'no reason given'}`);
  }
}

/** Opens `#<route>`, waits for the ready signal and prints it to `path`. */
export async function printReport(page: Page, route: string, path: string): Promise<PrintedReport> {
  await page.goto(`./#${route}`);
  await waitForReport(page);
  const fileName = (await page.locator('html').getAttribute(REPORT_FILE_NAME_ATTRIBUTE)) ?? '';
  // The same options main gives webContents.printToPDF: the page's own size and margins.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  // Any spec may print first, so its folder is made here rather than by one spec's setup.
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, pdf);
  return { path, fileName, ...readPdf(path) };
}

export function readPdf(path: string): Omit<PrintedReport, 'path' | 'fileName'> {
  const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  // pdftotext ends every page with a form feed.
  const pages = raw.split('\f').slice(0, -1);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pageSize = /^Page size:\s+(.+)$/mu.exec(info)?.[1]?.trim() ?? '';
  const pageCount = Number(/^Pages:\s+(\d+)$/mu.exec(info)?.[1] ?? 'NaN');
  if (pageCount !== pages.length) {
    throw new Error(`pdfinfo counts ${pageCount} pages, pdftotext ${pages.length}`);
  }
  const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
  // Two header lines, then one line per image.
  const imageCount = images.trim().split('\n').length - 2;
  return { pages, text: pages.join(' ').replace(/\s+/gu, ' '), pageSize, imageCount };
}
