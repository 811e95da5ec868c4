// Reading a backup file: from text to records restored to the current shape and checked, or the
// first problem found. Each record passes its kind's own restore and schema
// (renderer/src/domain/records), as every reader of stored data does. Nothing here touches the
// database; checks that need it (references, merging) come after.
import { isStoredShape, NAME_MAX, type StoredShape } from '../../domain/records/common';
import {
  isStoreName,
  recordKind,
  type RecordOf,
  type StoreName,
} from '../../domain/records/registry';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../schema';
import {
  BACKUP_FORMAT,
  BACKUP_STORES,
  MAX_BACKUP_BYTES,
  type BackupMeta,
  type BackupRecords,
} from './format';
import { problem, type Checked, type Problem, type Refused } from '../../domain/outcome';
import { checkFileRuns } from './events';
import { findNaturalKeyDuplicate } from './natural-keys';
import {
  FLAT_EVENTS_LIST,
  recordProblem,
  issueProblem,
  showValue,
  type RecordRef,
} from './messages';
import { drillEventKind, type DrillEventRecord } from '../../domain/records/drill-events';
import { runsFromEvents } from '../../domain/records/drill-runs';
import type * as z from 'zod/mini';
import { findDuplicateKey, formatJsonPath, type DuplicateKey } from './duplicate-keys';
import { sniffFileKind } from '../../domain/text/file-kind';
import { isInstantText } from '../../domain/records/common';

export type Parsed =
  { readonly ok: true; readonly meta: BackupMeta; readonly records: BackupRecords } | Refused;

/**
 * Keys that would change an object's prototype if a record were ever copied with Object.assign or
 * a naive merge. No record has such a field, so a file carrying one is refused outright.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

interface ReadStores {
  readonly records: BackupRecords;
  /** For a file that lists drill events flat: each event's place in that list. */
  readonly flatPlaces?: ReadonlyMap<DrillEventRecord, number>;
}

function readStores(stores: unknown, schemaVersion: number): Checked<ReadStores> {
  if (stores === null || typeof stores !== 'object' || Array.isArray(stores)) {
    return fail('The backup has no "stores": it holds no records.', {
      field: 'stores',
    });
  }
  // A file holds the stores of the schema version it was written with.
  const known = storesOfVersion(schemaVersion);
  const unknown = Object.keys(stores).find((store) => !known.has(store));
  if (unknown !== undefined) {
    return fail(
      `The backup holds records of a kind this app does not know ("${unknown}"). It may come from a newer version: update the app, then import it again.`,
      { store: unknown },
    );
  }
  const records: Partial<Record<StoreName, readonly unknown[]>> = {};
  const listOf = (store: string): Checked<readonly unknown[]> => {
    const rows = (stores as Record<string, unknown>)[store];
    return Array.isArray(rows)
      ? { ok: true, value: rows }
      : fail(`The backup's "${store}" is missing or not a list of records.`, { store });
  };
  for (const store of BACKUP_STORES) {
    // A store added after the file's version was written is empty in it.
    if (!known.has(store)) {
      records[store] = [];
      continue;
    }
    const rows = listOf(store);
    if (!rows.ok) return rows;
    const read = readRecords(store, rows.value);
    if (!read.ok) return read;
    records[store] = read.value;
  }
  let flatPlaces: Map<DrillEventRecord, number> | undefined;
  if (known.has(FLAT_EVENTS_LIST)) {
    // Written before drill runs: events are checked where the file lists them, then joined into
    // runs as the database upgrade joins them.
    const rows = listOf(FLAT_EVENTS_LIST);
    if (!rows.ok) return rows;
    const events = readFlatEvents(rows.value);
    if (!events.ok) return events;
    flatPlaces = new Map(events.value.map((event, index) => [event, index]));
    records.drillRuns = runsFromEvents(events.value);
  }
  // Every store was read above, each with its own kind.
  return { ok: true, value: { records: records as BackupRecords, flatPlaces } };
}

/** The stores a file of this schema version holds: those its version had declared. */
function storesOfVersion(version: number): ReadonlySet<string> {
  const stores = new Set<string>();
  const versions: readonly SchemaVersion[] = SCHEMA_VERSIONS;
  for (const schema of versions) {
    if (schema.version > version) break;
    for (const [store, declaration] of Object.entries(schema.stores)) {
      if (declaration === null) stores.delete(store);
      else stores.add(store);
    }
  }
  return stores;
}

function readFlatEvents(rows: readonly unknown[]): Checked<DrillEventRecord[]> {
  return readRows(drillEventKind, rows, (index, id) => ({
    store: 'drillRuns',
    index,
    id,
    event: 'flat',
  }));
}

function readRecords<S extends StoreName>(
  store: S,
  rows: readonly unknown[],
): Checked<RecordOf<S>[]> {
  return readRows(recordKind(store), rows, (index, id) => ({ store, index, id }));
}

interface ReadableKind<R> {
  readonly key: string;
  readonly read: (stored: StoredShape) => ReturnType<z.ZodMiniType<R>['safeParse']>;
}

function readRows<R>(
  kind: ReadableKind<R>,
  rows: readonly unknown[],
  refAt: (index: number, id: string | undefined) => RecordRef,
): Checked<R[]> {
  const keyField = kind.key;
  const seen = new Set<unknown>();
  const out: R[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const rowId = isStoredShape(row) ? row[keyField] : undefined;
    const ref = refAt(index, typeof rowId === 'string' ? rowId : undefined);
    if (!isStoredShape(row)) {
      return { ok: false, problem: recordProblem(ref, undefined, 'is not a record') };
    }
    const forbidden = findForbiddenKey(row);
    if (forbidden !== null) {
      return {
        ok: false,
        problem: recordProblem(ref, forbidden, 'is a field name no record may have'),
      };
    }
    const parsed = kind.read(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const problem =
        issue === undefined
          ? recordProblem(ref, undefined, 'is not valid')
          : issueProblem(ref, row, issue);
      return { ok: false, problem };
    }
    if (seen.has(rowId)) {
      return {
        ok: false,
        problem: recordProblem(
          ref,
          keyField,
          `is used by an earlier record too: ${showValue(rowId)}`,
        ),
      };
    }
    seen.add(rowId);
    out.push(parsed.data);
  }
  return { ok: true, value: out };
}

/** The path of the first forbidden key anywhere in a record, or null. */
function findForbiddenKey(record: object): string | null {
  const stack: { value: object; path: string }[] = [{ value: record, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    for (const key of Object.keys(item.value)) {
      const path = item.path === '' ? key : `${item.path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) return path;
      const child = (item.value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, path });
    }
  }
  return null;
}
