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

export const idText = () => z.string().check(z.minLength(1), z.maxLength(ID_MAX));
export const nameText = () => z.string().check(z.maxLength(NAME_MAX));
export const longText = () => z.string().check(z.maxLength(TEXT_MAX));
export const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.maxLength(LIST_MAX));

export const instant = () =>
  z.number().check(
    z.refine((value) => Number.isFinite(value) && value >= EARLIEST_TIME && value <= LATEST_TIME, {
      message: 'is not a time between the years 2000 and 2200',
    }),
  );

export const isoDate = () =>
  z.string().check(
    z.maxLength(10),
    z.refine((value) => isIsoDate(value), { message: 'is not a date' }),
  );

/** The fields of `Stamped`, to spread into a record's object schema. */
export const stampedFields = () => ({ id: idText(), createdAt: instant(), updatedAt: instant() });

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
