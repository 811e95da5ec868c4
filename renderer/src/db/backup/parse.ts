// Reading a backup file: from text to records restored to the current shape and checked, or the
// first problem found. Each record passes its kind's own restore and schema
// (renderer/src/domain/records), as every reader of stored data does. Nothing here touches the
// database; checks that need it (references, merging) come after.
import { isStoredShape, NAME_MAX } from '../../domain/records/common';
import { isStoreName, recordKind } from '../../domain/records/registry';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, type BackupMeta, type BackupRecords } from './format';
import { problem, type Checked, type Problem, type Refused } from '../../domain/outcome';
import { checkFileRuns } from './events';
import { FORBIDDEN_KEYS, readStores } from './read-stores';
import { findNaturalKeyDuplicate } from './natural-keys';
import { recordProblem, showValue, type RecordRef } from './messages';
import { findDuplicateKey, formatJsonPath, type DuplicateKey } from './duplicate-keys';
import { sniffFileKind } from '../../domain/text/file-kind';
import { isInstantText } from '../../domain/records/common';

export type Parsed =
  { readonly ok: true; readonly meta: BackupMeta; readonly records: BackupRecords } | Refused;

const fail = problem;

/** The fields of a backup's envelope; a file with another is from a newer app, or damaged. */
const ENVELOPE_FIELDS = new Set(['format', 'schemaVersion', 'appVersion', 'exportedAt', 'stores']);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function parseBackup(file: string, byteLength: number): Parsed {
  // An editor on Windows may save the file with a UTF-8 byte order mark: not part of the JSON.
  // (A browser's File#text drops it already; a file read by the command line keeps it.)
  const text = file.startsWith('\uFEFF') ? file.slice(1) : file;
  // Checked before parsing, so an enormous file costs nothing. A UTF-8 file has at least as many
  // bytes as its text has UTF-16 units, so the text's length is a second, caller-proof bound.
  if (byteLength > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) {
    const size = Math.max(byteLength, text.length);
    return fail(
      `The file is ${megabytes(size)}, larger than any backup this app reads (at most ${megabytes(MAX_BACKUP_BYTES)}). Check that it is an MTTR Studio backup.`,
    );
  }
  if (text.trim() === '') return fail('The file is empty: it holds no backup.');
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return fail(notJsonMessage(text, error));
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return fail('The file is not an MTTR Studio backup: it holds no backup object.');
  }
  const envelope = root as Record<string, unknown>;
  const forbidden = Object.keys(envelope).find((key) => FORBIDDEN_KEYS.has(key));
  if (forbidden !== undefined)
    return fail(`The file has a field named "${forbidden}", which no backup has.`);
  const duplicate = findDuplicateKey(text);
  if (duplicate !== null) return { ok: false, problem: duplicateProblem(duplicate, envelope) };
  const meta = readMeta(envelope);
  if (!meta.ok) return meta;
  const extra = Object.keys(envelope).find((key) => !ENVELOPE_FIELDS.has(key));
  if (extra !== undefined) {
    return fail(
      `The backup has a field this app does not know ("${extra}"). It may come from a newer version: update the app, then import it again.`,
      { field: extra },
    );
  }
  const read = readStores(envelope.stores, meta.value.schemaVersion);
  if (!read.ok) return read;
  const records = { ok: true, value: read.value.records } as const;
  const sameNames = findNaturalKeyDuplicate(records.value);
  if (sameNames !== null) return { ok: false, problem: sameNames };
  const runProblem = checkFileRuns(records.value, read.value.flatPlaces);
  if (runProblem !== null) return { ok: false, problem: runProblem };
  return { ok: true, meta: meta.value, records: records.value };
}

const CHOOSE = "choose the backup's .json file";

/** Why a file that JSON.parse refused is no backup: what it looks like, else what is wrong. */
function notJsonMessage(text: string, error: unknown): string {
  const looks = (what: string) =>
    `The file is not an MTTR Studio backup: this looks like ${what}; ${CHOOSE}.`;
  switch (sniffFileKind(text)) {
    case 'csv':
      return looks('a CSV file (perhaps the drills export)');
    case 'gzip':
      return `The file is not an MTTR Studio backup: this looks like a compressed (gzip) file. Unpack it first, or ${CHOOSE}.`;
    case 'zip':
      return looks('a zip archive or an Excel workbook');
    case 'pdf':
      return looks('a PDF document (perhaps a report)');
    case 'html':
      return looks('a web page (HTML)');
    case 'xml':
      return looks('an XML file');
    case 'utf16':
      return `The file is not an MTTR Studio backup as the app saves it: this looks like text saved as UTF-16, and backups are UTF-8. Save it again as UTF-8, or ${CHOOSE} as the app wrote it.`;
    case 'binary':
      return looks('binary data (an image, an archive or a program), not text');
    case 'json':
    case 'text':
      break;
  }
  const detail = error instanceof Error ? error.message : String(error);
  // A parser that stops where the text stops found a file cut short, whatever it expected next.
  const position = /at position (\d+)/u.exec(detail);
  const atTheEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  if (atTheEnd || /end of (JSON|data)|unterminated|unexpected end/iu.test(detail)) {
    return 'The file ends too early: it was probably cut off while being copied or saved. Use the complete backup file.';
  }
  return `The file is not an MTTR Studio backup: it is not valid JSON (${detail}).`;
}

/** A key written twice, named where it is: in a record, or in the file's envelope. */
function duplicateProblem(duplicate: DuplicateKey, envelope: Record<string, unknown>): Problem {
  const where = `${formatJsonPath(duplicate.path)}, line ${duplicate.line.toLocaleString('en')}`;
  const [top, store, index, ...field] = duplicate.path;
  if (
    top === 'stores' &&
    typeof store === 'string' &&
    isStoreName(store) &&
    typeof index === 'number' &&
    field.length > 0
  ) {
    const rows = (envelope.stores as Record<string, unknown>)[store];
    const row: unknown = Array.isArray(rows) ? rows[index] : undefined;
    const rowId = isStoredShape(row) ? row[recordKind(store).key] : undefined;
    const ref: RecordRef = { store, index, id: typeof rowId === 'string' ? rowId : undefined };
    return recordProblem(
      ref,
      field.join('.'),
      `is written twice (${where}): the app writes each field once, and the later one would silently win`,
    );
  }
  return {
    message: `The file has "${duplicate.key}" twice in one object (${where}): a backup written by the app never has, and the later one would silently win.`,
    ...(duplicate.path.length === 1 ? { field: duplicate.key } : {}),
  };
}

function readMeta(envelope: Record<string, unknown>): Checked<BackupMeta> {
  const { format, schemaVersion, appVersion, exportedAt } = envelope;
  if (format !== BACKUP_FORMAT) {
    const found =
      format === undefined ? 'it has no format name' : `its format is ${showValue(format)}`;
    return fail(`The file is not an MTTR Studio backup: ${found}.`, {
      field: 'format',
    });
  }
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return fail(
      `The backup's "schemaVersion" is not a version number: ${showValue(schemaVersion)}.`,
      { field: 'schemaVersion' },
    );
  }
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    return fail(
      `This backup was written by a newer version of MTTR Studio (data version ${String(schemaVersion)}; this app reads up to ${String(LATEST_SCHEMA_VERSION)}). Update the app, then import the backup again.`,
      { field: 'schemaVersion' },
    );
  }
  if (typeof appVersion !== 'string' || appVersion.length > NAME_MAX) {
    return fail(`The backup's "appVersion" is not a version: ${showValue(appVersion)}.`, {
      field: 'appVersion',
    });
  }
  if (typeof exportedAt !== 'string' || !isInstantText(exportedAt)) {
    return fail(`The backup's "exportedAt" is not a date and time: ${showValue(exportedAt)}.`, {
      field: 'exportedAt',
    });
  }
  return { ok: true, value: { format, schemaVersion, appVersion, exportedAt } };
}
