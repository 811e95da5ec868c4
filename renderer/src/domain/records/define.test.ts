// A record kind's schema is tied to its record type at compile time: these definitions must not
// compile (tsc checks the test files), and `read` restores before it checks.
import * as z from 'zod/mini';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineRecordKind, type SameType } from './define';

interface Thing {
  readonly id: string;
  readonly tags: readonly string[];
  readonly note?: string;
}

const definition = {
  store: 'things',
  label: { one: 'Thing', all: 'Things' },
  key: 'id',
  indexes: 'id',
  owners: {},
  restore: (stored: Readonly<Record<string, unknown>>) =>
    stored.tags === undefined ? { ...stored, tags: [] } : stored,
} as const;

describe('defineRecordKind', () => {
  it('accepts only a schema that gives exactly the record type', () => {
    const exact = () =>
      z.object({ id: z.string(), tags: z.array(z.string()), note: z.optional(z.string()) });
    const lacksNote = () => z.object({ id: z.string(), tags: z.array(z.string()) });
    const numberTags = () =>
      z.object({ id: z.string(), tags: z.array(z.number()), note: z.optional(z.string()) });
    const thing = defineRecordKind<Thing>()({ ...definition, schema: exact });
    // @ts-expect-error an optional field of the record is missing from the schema
    defineRecordKind<Thing>()({ ...definition, schema: lacksNote });
    // @ts-expect-error the schema lets through what the record type does not allow
    defineRecordKind<Thing>()({ ...definition, schema: numberTags });
    expect(thing.store).toBe('things');
  });

  it('compares types exactly, readonly-ness aside', () => {
    expectTypeOf<
      SameType<{ a: string[] }, { readonly a: readonly string[] }>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameType<{ a: string }, { a: string; b?: number }>>().toEqualTypeOf<false>();
    expectTypeOf<SameType<{ a: 'x' | 'y' }, { a: 'x' }>>().toEqualTypeOf<false>();
  });

  it('restores a record before checking it, and builds its schema once', () => {
    const thing = defineRecordKind<Thing>()({
      ...definition,
      schema: () =>
        z.object({ id: z.string(), tags: z.array(z.string()), note: z.optional(z.string()) }),
    });
    expect(thing.read({ id: 't1' })).toMatchObject({ success: true, data: { id: 't1', tags: [] } });
    expect(thing.read({ id: 1 }).success).toBe(false);
    expect(thing.schema()).toBe(thing.schema());
    expect(thing.keyOf({ id: 't1', tags: [] })).toBe('t1');
  });
});
