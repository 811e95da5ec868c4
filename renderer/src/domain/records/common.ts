// What every stored record kind shares: ids, times and dates, the stamp of a user-owned record,
// and the checks of a stored field (types, real dates, plausible times, bounded text). The checks
// are those of the stored shape, generous enough for every record the app has ever written; the
// stricter rules of the forms (a title of at most 120 characters) are not repeated here, so an
// imported record never fails on a form rule that changed since.
//
// Schemas are built by functions, on first use: most sessions never check a stored record (only
// an import does), so start-up does not pay for building them.
import * as z from 'zod/mini';
import { isIsoDate, type IsoDate } from '../dates/iso-date';

export type { IsoDate };
/** A record's id: a UUID, stable across machines, so backups merge by id. */
export type Id = string;
/** Epoch milliseconds. */
export type EpochMs = number;

/** Every user-owned record: merging keeps the copy with the newer `updatedAt`. */
export interface Stamped {
  readonly id: Id;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

/** Bounds for stored text: far above what the forms allow, far below what would hurt. */
export const ID_MAX = 100;
export const NAME_MAX = 300;
export const TEXT_MAX = 20_000;
export const LIST_MAX = 1_000;

// Times before the app existed or after 2200 are damage, not data.
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

/**
 * The shape of every id the app makes: a version 4 UUID in lower case, as crypto.randomUUID()
 * writes it (the demo data's seeded ids have the same shape). Ids end up in links and file names,
 * so one of another shape (`../../settings?x#y`) is damage, not data.
 */
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;

export const isRecordId = (value: string): value is Id => RECORD_ID.test(value);

/** A key that is not a record's id: a criterion, a category, a model, a rater. */
export const idText = () => z.string().check(z.minLength(1), z.maxLength(ID_MAX));
/** A record's id, or a field naming another record by its id. */
export const recordId = () =>
  z.string().check(
    z.refine((value) => value.length <= ID_MAX && isRecordId(value), {
      message: 'is not an id this app makes (a UUID such as 3f2a0c1d-…)',
    }),
  );
/** A built-in scenario template's key, e.g. `builtin:database-failover`: templates live in code. */
const BUILT_IN_SCENARIO = /^builtin:[a-z0-9]+(-[a-z0-9]+)*$/u;
/** A scenario a drill or a copy came from: a user scenario's id or a built-in template's key. */
export const scenarioRef = () =>
  z
    .string()
    .check(
      z.refine(
        (value) => value.length <= ID_MAX && (isRecordId(value) || BUILT_IN_SCENARIO.test(value)),
        { message: 'is not a scenario id this app makes' },
      ),
    );
export const nameText = () => z.string().check(z.maxLength(NAME_MAX));
/** A name the forms require: not blank. */
export const requiredName = () =>
  z.string().check(
    z.maxLength(NAME_MAX),
    z.refine((value) => value.trim() !== '', { message: 'is empty: it needs a name' }),
  );
export const longText = () => z.string().check(z.maxLength(TEXT_MAX));
export const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIST_MAX));

export const instant = () =>
  z.number().check(
    z.refine((value) => Number.isFinite(value) && value >= EARLIEST_TIME && value <= LATEST_TIME, {
      message: 'is not a time between the years 2000 and 2200',
    }),
  );

/** The first and the last calendar day a date may name: the same years as `instant`. */
export const EARLIEST_DATE: IsoDate = '2000-01-01';
export const LATEST_DATE: IsoDate = '2199-12-31';

/**
 * A real calendar date in the years a team's history can hold. The forms and the import both ask
 * this: a date of 1066 or 9999 is a typing slip, never an assessment or a planned drill.
 */
export function isPlausibleDate(value: string): value is IsoDate {
  return isIsoDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

export const isoDate = () =>
  z.string().check(
    // One message for every wrong value, whatever its length: a date with a time zone is not a
    // date, not "too long".
    z.refine((value) => value.length <= 10 && isIsoDate(value), {
      message: 'is not a date',
    }),
    z.refine((value) => !isIsoDate(value) || isPlausibleDate(value), {
      message: `is not a date between ${EARLIEST_DATE} and ${LATEST_DATE}`,
    }),
  );

/**
 * A whole number from `min` to `max`. The bounds are checked before wholeness, so a value too
 * large is reported with the real bound (not the largest safe integer, as zod's int() does).
 */
export const wholeNumber = (min: number, max: number) =>
  z.number().check(
    z.minimum(min),
    z.maximum(max),
    z.refine((value) => Number.isInteger(value), { message: 'is not a whole number' }),
  );

/** `2026-11-21T09:30:00.000Z` or with an offset: an instant as `Date.toISOString()` writes it. */
const INSTANT_TEXT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/u;

/**
 * A real instant written in ISO 8601, within the years of `instant`. Date.parse alone is lenient:
 * it reads 2026-02-30 as the 2nd of March.
 */
export function isInstantText(value: string): boolean {
  const match = INSTANT_TEXT.exec(value);
  if (match === null || !isIsoDate(match[1] ?? '')) return false;
  const at = Date.parse(value);
  return at >= EARLIEST_TIME && at <= LATEST_TIME;
}

/** The fields of `Stamped`, to spread into a record's object schema. */
export const stampedFields = () => ({ id: recordId(), createdAt: instant(), updatedAt: instant() });

/** A stored record of any kind or age, before it is restored and checked. */
export type StoredShape = Readonly<Record<string, unknown>>;

export const isStoredShape = (value: unknown): value is StoredShape =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The record with each field it lacks set to the value the app gives a record without it (a field
 * added after older records were written). A field that is present, even if wrong, is left for the
 * schema to judge.
 */
export function withDefaults(stored: StoredShape, defaults: StoredShape): StoredShape {
  let restored: Record<string, unknown> | undefined;
  for (const [field, value] of Object.entries(defaults)) {
    if (stored[field] === undefined) (restored ??= { ...stored })[field] = value;
  }
  return restored ?? stored;
}
