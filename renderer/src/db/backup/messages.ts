// Plain sentences for what is wrong with a file, naming the record (its store, its place in the
// file and its id) and the field, e.g.
//   Drill 3f2a0c1d… (record 12 of "drills"): "plannedFor" is not a date: "2024-13-45".
import type { core } from 'zod/mini';
import { drillEventKind } from '../../domain/records/drill-events';
import { recordKind, type StoreName } from '../../domain/records/registry';
import type { Problem } from '../../domain/outcome';

const SHOWN_VALUE = 40;

const NOT_FINITE = 'a number too large to hold (not a finite number)';

/** A value as a user could find it in the file, cut short. */
export function showValue(value: unknown): string {
  // JSON.parse reads a number too large for a double (1e400) as Infinity, which JSON.stringify
  // would show as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return NOT_FINITE;
  // JSON.stringify gives undefined (despite its type) for undefined and functions.
  const json = value === undefined ? 'nothing' : JSON.stringify(value);
  return json.length > SHOWN_VALUE ? `${json.slice(0, SHOWN_VALUE)}…` : json;
}

/** Long ids (UUIDs) by their first characters, as a user would match them; short keys whole. */
function shortId(id: string): string {
  return id.length > 16 ? `${id.slice(0, 8)}…` : id;
}

export interface RecordRef {
  readonly store: StoreName;
  /** Place in the file, from 0 (for a drill event: its run's place). */
  readonly index: number;
  /** The record's key (for a drill event: the event's id). */
  readonly id: string | undefined;
  /**
   * A drill event's place in its run, from 0: the file lists each drill's events inside its run.
   * 'flat' for an event of a file written before runs (schema version 3 or older), which lists
   * every event in one "drillEvents" list, `index` being its place there.
   */
  readonly event?: number | 'flat';
}

/** The list a file of schema version 3 or older keeps drill events in, one after another. */
export const FLAT_EVENTS_LIST = 'drillEvents';

/**
 * `Drill 3f2a0c1d… (record 12 of "drills")`; a drill event by its run and its place in it,
 * `Drill event 9b1e22aa… (drill run 4, event 7)`.
 */
export function describeRecord(ref: RecordRef): string {
  const label = ref.event === undefined ? recordKind(ref.store).label.one : EVENT_LABEL;
  const named = ref.id === undefined ? label : `${label} ${shortId(ref.id)}`;
  if (ref.event === 'flat') return `${named} (record ${ref.index + 1} of "${FLAT_EVENTS_LIST}")`;
  if (ref.event !== undefined)
    return `${named} (drill run ${ref.index + 1}, event ${ref.event + 1})`;
  return `${named} (record ${ref.index + 1} of "${ref.store}")`;
}

const EVENT_LABEL = drillEventKind.label.one;

export function recordProblem(ref: RecordRef, field: string | undefined, what: string): Problem {
  const where = field === undefined ? '' : ` "${field}"`;
  return {
    message: `${describeRecord(ref)}:${where} ${what}.`,
    store: ref.event === 'flat' ? FLAT_EVENTS_LIST : ref.store,
    ...(ref.id === undefined ? {} : { recordId: ref.id }),
    ...(field === undefined ? {} : { field }),
  };
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What a zod issue means, as the end of a sentence about the field. */
function explain(issue: core.$ZodIssue, value: unknown): string {
  // Whatever the field expects, a number JSON.parse could not hold (1e400) is the fault.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return 'is not a finite number: it is too large to hold';
  }
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? 'is missing'
        : `should be ${article(issue.expected)}, not ${showValue(value)}`;
    case 'too_big':
      return issue.origin === 'string' && typeof value === 'string'
        ? `is too long: ${value.length.toLocaleString('en')} characters, at most ${String(issue.maximum)}`
        : issue.origin === 'array'
          ? `has too many entries (at most ${String(issue.maximum)})`
          : `is too large: ${showValue(value)} (at most ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'is empty'
        : `is too small: ${showValue(value)} (at least ${String(issue.minimum)})`;
    case 'invalid_value':
      return `is ${showValue(value)}, which is not one of ${issue.values.map((v) => showValue(v)).join(', ')}`;
    case 'invalid_union':
      return value === undefined ? 'is missing' : `is ${showValue(value)}, which is not known`;
    case 'custom':
      return `${issue.message}: ${showValue(value)}${asDate(value)}`;
    default:
      return `is not valid (${issue.message}): ${showValue(value)}`;
  }
}

/** An epoch-milliseconds number as the instant it names, so "10445328000000" reads as 2301. */
function asDate(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : ` (${date.toISOString()})`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  };
  return names[type] ?? type;
}

export function issueProblem(ref: RecordRef, record: unknown, issue: core.$ZodIssue): Problem {
  if (issue.code === 'unrecognized_keys') {
    // Named by the field itself: a field the app does not know would otherwise be dropped.
    const eventRef = runEventRef(ref, record, issue.path);
    const path = eventRef === null ? issue.path : issue.path.slice(2);
    const field = [...path, issue.keys[0] ?? ''].map(String).join('.');
    return recordProblem(
      eventRef ?? ref,
      field,
      'is a field this app does not know (a newer version of the app may have written it)',
    );
  }
  const path = issue.path;
  const eventRef = runEventRef(ref, record, path);
  if (eventRef !== null) {
    const rest = path.slice(2);
    const field = rest.length === 0 ? undefined : rest.map(String).join('.');
    return recordProblem(eventRef, field, explain(issue, valueAt(record, path)));
  }
  const field = path.length === 0 ? undefined : path.map(String).join('.');
  return recordProblem(ref, field, explain(issue, valueAt(record, path)));
}

/** A problem inside a run's `events` list is named by the event, as a user finds it in the file. */
function runEventRef(
  ref: RecordRef,
  record: unknown,
  path: readonly PropertyKey[],
): RecordRef | null {
  const [list, place] = path;
  if (ref.store !== 'drillRuns' || list !== 'events' || typeof place !== 'number') return null;
  const id = valueAt(record, ['events', place, 'id']);
  return { ...ref, id: typeof id === 'string' ? id : undefined, event: place };
}
