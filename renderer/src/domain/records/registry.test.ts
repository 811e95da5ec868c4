// The registry's own rules: one kind per store, keyed as its index line says, owners that are
// registered stores listed before what they own (a backup writes them in this order), and record
// types that are exactly what each kind's schema gives.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ACTION_ITEM_SOURCES, ACTION_ITEM_STATUSES, type ActionItemRecord } from './action-items';
import { ANSWER_VALUES, type AnswerRecord } from './answers';
import { ASSESSMENT_STATUSES } from './assessments';
import { NOTE_KINDS, SIDE_KINDS } from './drill-events';
import type { DrillRunRecord } from './drill-runs';
import {
  DRILL_STATUSES,
  HYPOTHESIS_HELD,
  MARKS,
  PHASES,
  SEVERITIES,
  type DrillRecord,
} from './drills';
import {
  isStoreName,
  RECORD_KINDS,
  recordKind,
  STORE_NAMES,
  type KeyOf,
  type RecordOf,
} from './registry';
import { SERVICE_TIERS } from './services';
import { THEME_PREFERENCES, type SettingKey, type SettingRecord } from './settings';
import type { TeamRecord } from './teams';

describe('the record registry', () => {
  it('holds one kind per store, found by its store name', () => {
    expect(new Set(STORE_NAMES).size).toBe(RECORD_KINDS.length);
    for (const kind of RECORD_KINDS) {
      expect(recordKind(kind.store)).toBe(kind);
      expect(isStoreName(kind.store)).toBe(true);
    }
    expect(isStoreName('incident')).toBe(false);
  });

  it('keys every store by the field its index line puts first', () => {
    for (const kind of RECORD_KINDS) {
      expect(kind.indexes.split(',')[0]?.trim(), kind.store).toBe(kind.key);
    }
  });

  it('names registered owners, each listed before what it owns', () => {
    for (const [position, kind] of RECORD_KINDS.entries()) {
      for (const owner of Object.values(kind.owners)) {
        expect(typeof owner === 'string' && isStoreName(owner), `${kind.store} → ${owner}`).toBe(
          true,
        );
        expect(
          STORE_NAMES.findIndex((store) => store === owner),
          kind.store,
        ).toBeLessThan(position);
      }
    }
  });

  it('gives every kind the words a user reads it by', () => {
    for (const kind of RECORD_KINDS) {
      expect(kind.label.one, kind.store).toMatch(/^[A-Z][a-z ]+$/u);
      expect(kind.label.all, kind.store).toMatch(/^[A-Z][a-z ]+$/u);
    }
  });

  it('lists each allowed value once', () => {
    const lists = [
      SERVICE_TIERS,
      ASSESSMENT_STATUSES,
      ANSWER_VALUES,
      MARKS,
      PHASES,
      SEVERITIES,
      DRILL_STATUSES,
      HYPOTHESIS_HELD,
      SIDE_KINDS,
      NOTE_KINDS,
      ACTION_ITEM_STATUSES,
      ACTION_ITEM_SOURCES,
      THEME_PREFERENCES,
    ];
    for (const list of lists) expect(new Set<unknown>(list).size).toBe(list.length);
    // Each phase runs from one mark to the next.
    expect(MARKS).toHaveLength(PHASES.length + 1);
  });

  it('types each store by its kind’s record', () => {
    expectTypeOf<RecordOf<'teams'>>().toEqualTypeOf<TeamRecord>();
    expectTypeOf<RecordOf<'answers'>>().toEqualTypeOf<AnswerRecord>();
    expectTypeOf<RecordOf<'drills'>>().toEqualTypeOf<DrillRecord>();
    expectTypeOf<RecordOf<'drillRuns'>>().toEqualTypeOf<DrillRunRecord>();
    expectTypeOf<KeyOf<'drillRuns'>>().toEqualTypeOf<string>();
    expectTypeOf<RecordOf<'actionItems'>>().toEqualTypeOf<ActionItemRecord>();
    expectTypeOf<RecordOf<'settings'>>().toEqualTypeOf<SettingRecord>();
    expectTypeOf<KeyOf<'drills'>>().toEqualTypeOf<string>();
    expectTypeOf<KeyOf<'settings'>>().toEqualTypeOf<SettingKey>();
  });
});
