// Reading a backup's stores: each record restored to the current shape and checked by its kind,
// named by its place in the file when it fails. A file holds the stores of the schema version it
// was written with; one written before drill runs (version 3 or older) lists its drill events in
// one flat list, read where they stand and then joined into runs as the database upgrade joins
// them.
import { isStoredShape, type StoredShape } from '../../domain/records/common';
import { drillEventKind, type DrillEventRecord } from '../../domain/records/drill-events';
import { runsFromEvents } from '../../domain/records/drill-runs';
import { recordKind, type RecordOf, type StoreName } from '../../domain/records/registry';
import { problem, type Checked } from '../../domain/outcome';
import type * as z from 'zod/mini';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../schema';
import { BACKUP_STORES, type BackupRecords } from './format';
import {
  FLAT_EVENTS_LIST,
  issueProblem,
  recordProblem,
  showValue,
  type RecordRef,
} from './messages';

/**
 * Keys that would change an object's prototype if a record were ever copied with Object.assign or
 * a naive merge. No record has such a field, so a file carrying one is refused outright.
 */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = problem;

export interface ReadStores {
  readonly records: BackupRecords;
  /** For a file that lists drill events flat: each event's place in that list. */
  readonly flatPlaces?: ReadonlyMap<DrillEventRecord, number>;
}

export function readStores(stores: unknown, schemaVersion: number): Checked<ReadStores> {
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
