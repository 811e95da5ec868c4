// Each kind's restore() and schema: what the app writes passes as it is, and a record written
// before a field existed gets the value the app gives a record without it; nothing else changes.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generate-demo';
import { NA_REASON_NOT_ASKED } from './answers';
import { runsFromEvents } from './drill-runs';
import { DEFAULT_KIT } from '../drills/builtin-scenarios';
import { EMPTY_DRILL_KIT } from './drills';
import type { StoredShape } from './common';
import { RECORD_KINDS, recordKind, type StoreName } from './registry';
import { readFileSync } from 'node:fs';

/** Records of the kinds the demo data does not make, as the app stores them (schema v3's fixture). */
const V3 = JSON.parse(
  readFileSync(new URL('../../db/schema/fixtures/v3.json', import.meta.url), 'utf8'),
) as { stores: Record<string, unknown[]> };

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const demo = generateDemoData({ seed: 7, now: NOW });
const scenario = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  name: 'Queue backlog',
  derivedFrom: 'builtin:dependency-outage',
  description: 'A consumer stops; messages pile up.',
  hypothesis: 'We notice within 10 minutes.',
  injectionSteps: ['Stop the consumer'],
  detectionSignal: 'Queue depth alert',
  runbook: ['Restart the consumer'],
  targets: { detect: 5, acknowledge: 5, diagnose: 15, mitigate: 15, verify: 10, close: 10 },
  ...DEFAULT_KIT,
  injects: [{ text: 'Tell them the queue holds 1M messages', offsetSeconds: 300, phase: null }],
  createdAt: NOW,
  updatedAt: NOW,
};
/** Records of every kind as the app writes them, read back as plain data. */
const CURRENT = JSON.parse(
  JSON.stringify({
    ...demo,
    drillRuns: runsFromEvents(demo.drillEvents),
    // Kinds the demo data does not make, as the app stores them.
    incidents: V3.stores.incidents,
    models: V3.stores.models,
    teamGroups: V3.stores.teamGroups,
    importMappings: V3.stores.importMappings,
    scenarios: [scenario],
    settings: [
      { key: 'currentTeamId', value: null, updatedAt: NOW },
      { key: 'theme', value: 'dark', updatedAt: NOW },
    ],
  }),
) as Readonly<Record<StoreName, readonly StoredShape[]>>;

const first = (store: StoreName): StoredShape => {
  const record = CURRENT[store][0];
  if (record === undefined) throw new Error(`setup: no ${store}`);
  return record;
};
const without = (record: StoredShape, ...fields: string[]): StoredShape =>
  Object.fromEntries(Object.entries(record).filter(([field]) => !fields.includes(field)));

describe('record kinds', () => {
  it.each(RECORD_KINDS.map((kind) => [kind.store, kind] as const))(
    'accept every %s record the app writes, as it is',
    (store, kind) => {
      expect(CURRENT[store].length).toBeGreaterThan(0);
      for (const record of CURRENT[store]) {
        expect(kind.restore(record)).toBe(record);
        const read = kind.read(record);
        expect(read.success && read.data).toEqual(record);
      }
    },
  );

  it('give an assessment without raters, participants or history none', () => {
    const old = without(
      first('assessments'),
      'participants',
      'raters',
      'finalisedAt',
      'clonedFrom',
    );
    expect(recordKind('assessments').restore(old)).toEqual({
      ...old,
      participants: [],
      raters: [],
      finalisedAt: null,
      clonedFrom: null,
    });
  });

  it('give an answer without evidence none, as of the answer’s own last change', () => {
    const old = without(first('answers'), 'evidence', 'naReason');
    expect(recordKind('answers').restore(old)).toEqual({
      ...old,
      naReason: '',
      evidence: { text: '', links: [], drillIds: [], updatedAt: old.updatedAt },
    });
  });

  it('give an N/A answer written before reasons were asked for a reason that says so', () => {
    const old = without({ ...first('answers'), value: 'na' }, 'naReason');
    const restored = recordKind('answers').restore(old);
    expect(restored.naReason).toBe(NA_REASON_NOT_ASKED);
    expect(recordKind('answers').read(restored).success).toBe(true);
    const empty = recordKind('answers').read({ ...restored, naReason: '' });
    expect(empty.success).toBe(false);
  });

  it('give a drill without a scribe, observers or review none', () => {
    const drill = first('drills');
    const roles = without(drill.roles as StoredShape, 'scribe', 'observers');
    const old = { ...without(drill, 'review'), roles };
    expect(recordKind('drills').restore(old)).toEqual({
      ...old,
      roles: { ...roles, scribe: '', observers: [] },
      review: null,
    });
  });

  it('give a drill planned before the facilitator’s kit an empty kit (no go / no-go to confirm)', () => {
    const drill = first('drills');
    const old = without(drill, 'kit');
    const restored = recordKind('drills').restore(old);
    expect(restored).toEqual({ ...old, kit: EMPTY_DRILL_KIT });
    expect(recordKind('drills').read(restored).success).toBe(true);
  });

  it('give a review written before it asked who detected the fault no answer', () => {
    const drill = first('drills');
    const review = {
      hypothesisHeld: 'partly',
      wentWell: 'Fast page',
      wentBadly: '',
      reviewHeld: true,
      savedAt: NOW,
    };
    const restored = recordKind('drills').restore({ ...drill, review });
    expect(restored).toEqual({ ...drill, review: { ...review, detectedBy: null } });
    expect(recordKind('drills').read(restored).success).toBe(true);
  });

  it('give a scenario written before the facilitator’s kit the kit a new scenario starts with', () => {
    const old = without(
      scenario,
      'injects',
      'hints',
      'observerChecklist',
      'prerequisites',
      'stopConditions',
      'roleCards',
    );
    const restored = recordKind('scenarios').restore(old);
    expect(restored).toEqual({ ...old, ...DEFAULT_KIT });
    expect((restored.prerequisites as string[]).length).toBe(4);
    expect(recordKind('scenarios').read(restored).success).toBe(true);
  });

  it('refuse a kit whose inject has no valid due time shape', () => {
    const bad = { ...scenario, injects: [{ text: 'x', offsetSeconds: -5, phase: null }] };
    expect(recordKind('scenarios').read(bad).success).toBe(false);
  });

  it('make an action item without a source the user’s own, with no owner or due date', () => {
    const old = without(first('actionItems'), 'ownerId', 'due', 'source');
    expect(recordKind('actionItems').restore(old)).toEqual({
      ...old,
      ownerId: null,
      due: null,
      source: { kind: 'manual', id: null, criterionId: null },
    });
  });

  it('give a scenario copied before copies were traced no origin', () => {
    const old = without(scenario, 'derivedFrom');
    expect(recordKind('scenarios').restore(old)).toEqual({ ...old, derivedFrom: null });
  });

  it('leave a field that is there, even a wrong one, for the schema to refuse', () => {
    const wrong = { ...first('assessments'), participants: null };
    expect(recordKind('assessments').restore(wrong)).toEqual(wrong);
    const read = recordKind('assessments').read(wrong);
    expect(read.success).toBe(false);
    expect(read.error?.issues[0]?.path).toEqual(['participants']);
    const drill = { ...first('drills'), roles: 'nobody' };
    expect(recordKind('drills').restore(drill)).toEqual(drill);
  });

  it('refuse a setting this app does not know rather than drop it', () => {
    expect(
      recordKind('settings').read({ key: 'language', value: 'fr', updatedAt: NOW }).success,
    ).toBe(false);
  });
});
