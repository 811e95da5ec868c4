// What a chosen file looks like from its first few kilobytes of text, so that a file picked by
// mistake is refused in words the user recognises ("this looks like a CSV file") rather than with
// a parser's complaint. The text is the file decoded as UTF-8, as `File.text()` gives it: bytes
// that are not UTF-8 arrive as U+FFFD, so signatures are matched on what survives decoding (and on
// the bytes themselves, for text read byte by byte).

export type FileKind =
  /** Starts like a JSON object or list. */
  | 'json'
  /** Rows of values separated by commas, semicolons or tabs. */
  | 'csv'
  | 'gzip'
  /** A zip archive, which is also what an Excel workbook (.xlsx) is. */
  | 'zip'
  | 'pdf'
  | 'html'
  | 'xml'
  /** Text saved as UTF-16 (every other byte of plain text is zero). */
  | 'utf16'
  /** Not text: an image, an archive, a program. */
  | 'binary'
  /** Text of no kind above. */
  | 'text';

const SAMPLE = 4096;
const REPLACEMENT = 0xfffd;

export function sniffFileKind(text: string): FileKind {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = body.slice(0, SAMPLE);
  const first = start.charCodeAt(0);
  const second = start.charCodeAt(1);
  if (first === 0x1f && (second === 0x8b || second === REPLACEMENT)) return 'gzip';
  if (start.startsWith('PK\u0003\u0004')) return 'zip';
  if (start.startsWith('%PDF')) return 'pdf';
  if (/^\s*<(!doctype html|html)/iu.test(start)) return 'html';
  if (/^\s*<\?xml/iu.test(start)) return 'xml';
  if (looksLikeUtf16(start)) return 'utf16';
  if (controlShare(start) > 0.01) return 'binary';
  const opening = start.trimStart()[0];
  if (opening === '{' || opening === '[') return 'json';
  return looksLikeCsv(start) ? 'csv' : 'text';
}

/** A byte order mark of UTF-16 (as decoded bytes or as replacement characters), or zero bytes
 * between the characters of plain text. */
function looksLikeUtf16(start: string): boolean {
  const bom = start.slice(0, 2);
  if (bom === '\u00ff\u00fe' || bom === '\u00fe\u00ff' || bom === '\uFFFD\uFFFD') return true;
  const sample = start.slice(0, 512);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  // Plain text in UTF-16 has a zero byte in every character: about half the bytes, all on one side.
  const half = sample.length / 2;
  return Math.max(even, odd) > half * 0.6 && Math.min(even, odd) < half * 0.1;
}

/** The share of characters that no text file holds: control characters and undecodable bytes. */
function controlShare(start: string): number {
  if (start.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < start.length; i++) {
    const code = start.charCodeAt(i);
    if (
      code === 0 ||
      code === REPLACEMENT ||
      (code < 32 && code !== 9 && code !== 10 && code !== 13)
    ) {
      control += 1;
    }
  }
  return control / start.length;
}

/** Two or more lines whose first splits into several fields on the same separator. */
function looksLikeCsv(start: string): boolean {
  const lines = start.split(/\r?\n/u).filter((line) => line.trim() !== '');
  const header = lines[0];
  if (header === undefined || lines.length < 2) return false;
  return [',', ';', '\t'].some((separator) => {
    const fields = header.split(separator).length;
    const next = (lines[1] ?? '').split(separator).length;
    return fields >= 2 && next >= 2;
  });
}
