// The checks every incident file passes before any importer reads it: its size (before reading
// it at all), that it holds text, and whether it is JSON or CSV. Each refusal says what the file
// looks like, so the user knows what they picked.
import { readCsv, type CsvTable } from './csv-table';
import { sniffFileKind } from '../text/file-kind';
import { problem, type Checked, type Problem } from '../outcome';

/**
 * Twenty thousand incidents from the largest export (PagerDuty's, pretty-printed, with log
 * entries) take about 30 MB; a larger file is not one export, and reading it would stall the window.
 */
export const MAX_INCIDENT_FILE_BYTES = 40_000_000;

export type FileContent =
  | { readonly kind: 'json'; readonly root: unknown }
  | { readonly kind: 'csv'; readonly table: CsvTable };

export type Opened = Checked<FileContent>;

const fail = (message: string): Opened => problem(message);

/** In the decimal megabytes file managers show. */
const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/** `byteLength` is the file's size on disk, checked before its text is looked at. */
export function checkSize(byteLength: number, textLength: number): Problem | undefined {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 units: a second bound that
  // does not depend on the caller passing the right size.
  const size = Math.max(byteLength, textLength);
  if (size <= MAX_INCIDENT_FILE_BYTES) return undefined;
  return {
    message: `The file is ${megabytes(size)}, more than any incident export this app reads (at most ${megabytes(MAX_INCIDENT_FILE_BYTES)}). Export a shorter period, or split the file.`,
  };
}

export function openIncidentFile(text: string, byteLength: number): Opened {
  const tooBig = checkSize(byteLength, text.length);
  if (tooBig !== undefined) return { ok: false, problem: tooBig };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty: it holds no incidents.');
  const notText = describeNonText(body);
  if (notText !== undefined) return fail(notText);
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') return openJson(body);
  const csv = readCsv(body);
  return csv.ok ? { ok: true, value: { kind: 'csv', table: csv.value } } : csv;
}

function openJson(body: string): Opened {
  try {
    return { ok: true, value: { kind: 'json', root: JSON.parse(body) as unknown } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/end of (JSON|data)|unterminated|unexpected end/iu.test(detail)) {
      return fail(
        'The file ends too early: it was probably cut off while being downloaded or copied. Export it again.',
      );
    }
    return fail(`The file starts like JSON but is not valid JSON (${detail}).`);
  }
}

/** What a file that is not an export looks like, in words; undefined for plain text. */
function describeNonText(body: string): string | undefined {
  switch (sniffFileKind(body)) {
    case 'zip':
      return 'This is a zip archive or an Excel workbook (.xlsx), not a text export. Open it in a spreadsheet and save it as CSV, or unzip it first.';
    case 'pdf':
      return 'This is a PDF document, not an incident export.';
    case 'html':
      return 'This is a web page (HTML), not an incident export: the download may have saved a sign-in or error page instead.';
    case 'xml':
      return 'This is an XML file; incident exports are JSON or CSV.';
    case 'gzip':
    case 'utf16':
    case 'binary':
      return 'This is not a text file: it holds binary data (an image, an archive or a program). Incident exports are JSON or CSV.';
    case 'json':
    case 'csv':
    case 'text':
      return undefined;
  }
}
