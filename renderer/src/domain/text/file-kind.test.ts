import { describe, expect, it } from 'vitest';
import { sniffFileKind, type FileKind } from './file-kind';

/** Bytes as `File.text()` reads them: decoded as UTF-8, with U+FFFD for what is not UTF-8. */
const decoded = (bytes: readonly number[]) =>
  new TextDecoder('utf-8').decode(new Uint8Array(bytes));
const utf16le = (text: string, bom: boolean) =>
  decoded([
    ...(bom ? [0xff, 0xfe] : []),
    ...Array.from({ length: text.length }, (_, i) => [
      text.charCodeAt(i) & 0xff,
      text.charCodeAt(i) >> 8,
    ]).flat(),
  ]);

describe('sniffFileKind', () => {
  it.each<[string, string, FileKind]>([
    ['a JSON object', '{"format": "x"}', 'json'],
    ['a JSON list after a byte order mark and blank lines', '\uFEFF\n\n  [1, 2]', 'json'],
    ['a CSV with commas', 'Team,Drill\nPayments,Failover\n', 'csv'],
    ['a CSV with semicolons', 'Team;Drill\r\nPayments;Failover', 'csv'],
    ['a CSV with tabs', 'Team\tDrill\nPayments\tFailover', 'csv'],
    ['a gzip file', decoded([0x1f, 0x8b, 0x08, 0x00, 0x12, 0xc3, 0x55]), 'gzip'],
    ['a gzip file read byte by byte', '\u001f\u008b\b\u0000', 'gzip'],
    ['a zip archive', 'PK\u0003\u0004\u0014\u0000', 'zip'],
    ['a PDF', '%PDF-1.7\n', 'pdf'],
    ['a web page', '  <!DOCTYPE html><html>', 'html'],
    ['an XML file', '<?xml version="1.0"?><a/>', 'xml'],
    ['UTF-16 with a byte order mark', utf16le('{"format": "mttr-studio-backup"}', true), 'utf16'],
    ['UTF-16 without one', utf16le('{"format": "mttr-studio-backup"}', false), 'utf16'],
    [
      'binary junk',
      String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)),
      'binary',
    ],
    ['one line of prose', 'Incident review notes, 3 March', 'text'],
    ['an empty file', '', 'text'],
  ])('tells %s', (_label, text, kind) => {
    expect(sniffFileKind(text)).toBe(kind);
  });
});
