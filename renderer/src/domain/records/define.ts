// One stored record kind, defined once: its store, its indexes, the schema of its stored shape,
// and the restore that brings an older shape up to date. The schema is tied to the record's
// TypeScript type both ways: it must satisfy `z.ZodMiniType<Record>` (everything it lets through
// is a Record), and what it gives must be exactly the Record type (no field more, none less), so
// neither can change without the other.
import type * as z from 'zod/mini';
import type { StoredShape } from './common';

type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * True when A and B are the same type, readonly-ness aside (zod's output is mutable). Two generic
 * functions are only related when their conditional types are identical, which makes this an
 * exact comparison (assignability would let an optional field more or less pass).
 */
export type SameType<A, B> =
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the probe
  (<T>() => T extends DeepReadonly<A> ? 1 : 2) extends <T>() => T extends DeepReadonly<B> ? 1 : 2
    ? true
    : false;

/** Fails to compile, naming both types, when a schema's output is not its record type. */
type SchemaGives<Output, R> =
  SameType<Output, R> extends true
    ? unknown
    : { readonly 'the schema must give exactly the record type': { schema: Output; record: R } };

export interface RecordKindDefinition<Store extends string, R, Key extends keyof R, S> {
  /** The IndexedDB store that holds this kind, also its name in a backup file. */
  readonly store: Store;
  /**
   * What a user calls one record, in messages about a file ("Drill event"), and all of them, in
   * the summary of an import ("Drill marks and notes").
   */
  readonly label: { readonly one: string; readonly all: string };
  /** The field that identifies a record: the store's primary key. */
  readonly key: Key;
  /** Dexie's index line: the primary key first, then indexed fields, `[a+b]` for compound ones. */
  readonly indexes: string;
  /**
   * Fields that name the record this one belongs to, with that record's store. Deleting the owner
   * deletes what it owns, so a record whose owner is missing is damage.
   */
  readonly owners: { readonly [F in keyof R]?: string };
  /** The order a backup file lists the records in; by key when not given. */
  readonly order?: (a: R, b: R) => number;
  /** The stored shape, built on first use. */
  readonly schema: () => S;
  /**
   * A stored record of any older shape (from an earlier release, a backup, a pre-upgrade copy)
   * brought up to date: fields added since get the value the app gives a record without them.
   * Leaves a current record as it is, and leaves checking to the schema.
   */
  readonly restore: (stored: StoredShape) => StoredShape;
}

export interface RecordKind<Store extends string, R, Key extends keyof R> extends Omit<
  RecordKindDefinition<Store, R, Key, z.ZodMiniType<R>>,
  'schema' | 'order'
> {
  /** A record's primary key. */
  readonly keyOf: (record: R) => string;
  /** The order a backup file lists the records in. */
  readonly order: (a: R, b: R) => number;
  /** The stored shape's schema (built once). */
  readonly schema: () => z.ZodMiniType<R>;
  /** A stored record of any age restored, then checked: what every reader of outside data uses. */
  readonly read: (stored: StoredShape) => ReturnType<z.ZodMiniType<R>['safeParse']>;
}

/** Text in code-unit order, the same on every machine (unlike a locale's). */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `defineRecordKind<DrillRecord>()({ store: 'drills', … })`: the record type is given, the store,
 * key and schema are inferred from the definition and checked against it.
 */
export function defineRecordKind<R>() {
  return <const Store extends string, const Key extends keyof R, S extends z.ZodMiniType<R>>(
    definition: RecordKindDefinition<Store, R, Key, S> & SchemaGives<z.output<S>, R>,
  ): RecordKind<Store, R, Key> => {
    let built: S | undefined;
    const schema = () => (built ??= definition.schema());
    const keyOf = (record: R) => String(record[definition.key]);
    return {
      store: definition.store,
      label: definition.label,
      key: definition.key,
      indexes: definition.indexes,
      owners: definition.owners,
      restore: definition.restore,
      keyOf,
      order: definition.order ?? ((a, b) => byText(keyOf(a), keyOf(b))),
      schema,
      read: (stored) => schema().safeParse(definition.restore(stored)),
    };
  };
}
