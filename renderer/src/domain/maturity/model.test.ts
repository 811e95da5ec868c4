import { describe, expect, it } from 'vitest';
import { CRITERIA_LEVELS, criteriaOf, levelName, type DrillRule } from './model-types';
import { MODEL_V1 } from './model-v1';
import { BUILT_IN_MODELS, CURRENT_MODEL, findModel } from './models';
import { SEVERITIES } from '../records/drills';

describe('model mttr-maturity@1', () => {
  it('is registered under its id and is the current model', () => {
    expect(MODEL_V1.id).toBe('mttr-maturity@1');
    expect(findModel('mttr-maturity@1')).toBe(MODEL_V1);
    expect(CURRENT_MODEL).toBe(MODEL_V1);
    expect(findModel('mttr-maturity@99')).toBeUndefined();
    for (const model of BUILT_IN_MODELS) expect(findModel(model.id)).toBe(model);
  });

  it('names the five levels in order', () => {
    expect(MODEL_V1.levels.map((level) => [level.level, level.name])).toEqual([
      [1, 'Initial'],
      [2, 'Managed'],
      [3, 'Defined'],
      [4, 'Quantitatively managed'],
      [5, 'Optimising'],
    ]);
    expect(levelName(MODEL_V1, 4)).toBe('Quantitatively managed');
  });

  it('has the four categories', () => {
    expect(MODEL_V1.categories.map((category) => category.name)).toEqual([
      'People & Culture',
      'Process & Governance',
      'Technology & Tools',
      'Measurement & Metrics',
    ]);
  });

  it.each(MODEL_V1.categories.map((category) => [category.name, category] as const))(
    '%s has levels 2–5, each with 2–4 criteria and descriptions',
    (_, category) => {
      expect(category.levels.map((level) => level.level)).toEqual(CRITERIA_LEVELS);
      expect(category.initial.length).toBeGreaterThan(20);
      for (const level of category.levels) {
        expect(level.criteria.length).toBeGreaterThanOrEqual(2);
        expect(level.criteria.length).toBeLessThanOrEqual(4);
        expect(level.description.length).toBeGreaterThan(20);
      }
    },
  );

  it('gives every criterion a unique, stable-looking id, a statement and guidance', () => {
    const criteria = criteriaOf(MODEL_V1);
    const ids = criteria.map((criterion) => criterion.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const criterion of criteria) {
      // The id names its category and level, so it reads well in stored data and backups.
      expect(criterion.id).toMatch(
        new RegExp(`^${criterion.categoryId}\\.${criterion.level}\\.[a-z0-9-]+$`),
      );
      expect(criterion.text.length).toBeGreaterThan(20);
      expect(criterion.text.endsWith('.')).toBe(true);
      expect(criterion.guidance.length).toBeGreaterThan(20);
    }
  });

  it('keeps the criterion ids of the released version (changing one breaks stored answers)', () => {
    expect(criteriaOf(MODEL_V1).length).toBe(40);
    expect(
      criteriaOf(MODEL_V1)
        .slice(0, 3)
        .map((criterion) => criterion.id),
    ).toEqual(['people.2.recovery-notes', 'people.2.two-responders', 'people.2.contact-known']);
  });

  it('attaches drill rules only where drill data can show the statement, each well-formed', () => {
    const ruled = criteriaOf(MODEL_V1).filter((criterion) => criterion.drillRule !== undefined);
    expect(ruled.map((criterion) => [criterion.id, criterion.drillRule?.kind])).toEqual([
      ['people.5.game-days', 'drills-per-quarter'],
      ['process.2.review-held', 'reviews-held'],
      ['process.4.runbook-usage', 'runbook-usage-known'],
      ['measurement.3.every-tier-1', 'tier1-recovery-measured'],
      ['measurement.4.phases', 'phases-measured'],
      ['measurement.5.year-on-year', 'recovery-median-improved'],
    ]);
    for (const criterion of ruled) expect(wellFormed(criterion.drillRule as DrillRule)).toBe(true);
  });
});

const positiveWhole = (value: number) => Number.isInteger(value) && value > 0;

/** What a rule's numbers must be for its test to mean anything. */
function wellFormed(rule: DrillRule): boolean {
  switch (rule.kind) {
    case 'tier1-recovery-measured':
      return positiveWhole(rule.withinDays);
    case 'drills-per-quarter':
      return positiveWhole(rule.count) && positiveWhole(rule.quarters);
    case 'reviews-held':
      return (
        positiveWhole(rule.withinDays) &&
        rule.share > 0 &&
        rule.share <= 1 &&
        rule.severities.length > 0 &&
        rule.severities.every((severity) => SEVERITIES.includes(severity))
      );
    case 'runbook-usage-known':
    case 'phases-measured':
      return positiveWhole(rule.minDrills) && positiveWhole(rule.withinDays);
    case 'recovery-median-improved':
      return positiveWhole(rule.periodDays);
  }
}

describe('wellFormed', () => {
  it('refuses rules whose numbers make no sense', () => {
    expect(wellFormed({ kind: 'tier1-recovery-measured', withinDays: 0 })).toBe(false);
    expect(wellFormed({ kind: 'drills-per-quarter', count: 1.5, quarters: 2 })).toBe(false);
    expect(
      wellFormed({ kind: 'reviews-held', severities: ['SEV1'], share: 1.2, withinDays: 90 }),
    ).toBe(false);
    expect(wellFormed({ kind: 'reviews-held', severities: [], share: 1, withinDays: 90 })).toBe(
      false,
    );
    expect(wellFormed({ kind: 'phases-measured', minDrills: -1, withinDays: 90 })).toBe(false);
  });
});
