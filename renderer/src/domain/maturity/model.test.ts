import { describe, expect, it } from 'vitest';
import { CRITERIA_LEVELS, criteriaOf, levelName } from './model-types';
import { MODEL_V1 } from './model-v1';
import { CURRENT_MODEL, findModel, MODELS } from './models';

describe('model mttr-maturity@1', () => {
  it('is registered under its id and is the current model', () => {
    expect(MODEL_V1.id).toBe('mttr-maturity@1');
    expect(findModel('mttr-maturity@1')).toBe(MODEL_V1);
    expect(CURRENT_MODEL).toBe(MODEL_V1);
    expect(findModel('mttr-maturity@99')).toBeUndefined();
    for (const [id, model] of MODELS) expect(model.id).toBe(id);
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
});
