// The `@page` rule a report prints with: paper size, margins, and the running header and footer
// (report title, generated date, "Page n of m") drawn in the page margins by the print engine.
// Chromium draws CSS page-margin boxes in both the browser's print and Electron's printToPDF, so
// both shells number pages the same way. The text is data, so it is escaped into CSS strings.
import type { PaperSize } from '@shared/report-request';
import { PAPER_CSS_SIZE } from './paper';

export interface PageStyleOptions {
  readonly paper: PaperSize;
  /** Top left of every page, e.g. "Assessment report · Payments". */
  readonly header: string;
  /** Bottom left of every page, e.g. "Generated 21 Nov 2026". */
  readonly footer: string;
}

/** A CSS string literal holding `text` exactly (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += char;
  }
  return `${out}"`;
}

const MARGIN_TEXT = 'font: 8.5pt system-ui, sans-serif; color: #333;';

export function pageStyleCss({ paper, header, footer }: PageStyleOptions): string {
  return `@page {
  size: ${PAPER_CSS_SIZE[paper]};
  margin: 18mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(header)}; ${MARGIN_TEXT} }
  @bottom-left { content: ${cssString(footer)}; ${MARGIN_TEXT} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${MARGIN_TEXT} }
}`;
}
