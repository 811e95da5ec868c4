import { describe, expect, it } from 'vitest';
import type { Category, MaturityModel } from '../model-types';
import { MODEL_V1 } from '../model-v1';
import { compareModels } from './model-diff';
import { sameModel } from './same-model';

/** The built-in model with its first category changed by `change`. */
function withFirstCategory(change: (category: Category) => Category): MaturityModel {
  const [first, ...rest] = MODEL_V1.categories;
  if (first === undefined) throw new Error('no category');
  return { ...MODEL_V1, categories: [change(first), ...rest] };
}

describe('sameModel', () => {
  it('is true for a copy, whatever the order of its fields', () => {
    const copy = JSON.parse(JSON.stringify(MODEL_V1)) as MaturityModel;
    const reordered: MaturityModel = {
      categories: copy.categories,
      answerScale: copy.answerScale,
      levels: copy.levels,
      name: copy.name,
      id: copy.id,
    };
    expect(sameModel(MODEL_V1, reordered)).toBe(true);
  });

  it('is false for a changed word, a changed rule or criteria in another order', () => {
    const reworded = withFirstCategory((c) => ({ ...c, name: 'People' }));
    const ruleChanged = JSON.parse(
      JSON.stringify(MODEL_V1).replace('"quarters":2', '"quarters":3'),
    ) as MaturityModel;
    const reordered = withFirstCategory((c) => ({
      ...c,
      levels: c.levels.map((level) => ({ ...level, criteria: [...level.criteria].reverse() })),
    }));
    expect([reworded, ruleChanged, reordered].map((model) => sameModel(MODEL_V1, model))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('compareModels', () => {
  it('finds nothing between a model and itself', () => {
    const differences = compareModels(MODEL_V1, MODEL_V1);
    expect(differences.identical).toBe(true);
    expect(differences.shared.every((shared) => shared.changes.length === 0)).toBe(true);
    expect(differences).toMatchObject({
      onlyBefore: [],
      onlyAfter: [],
      categoriesOnlyBefore: [],
      categoriesOnlyAfter: [],
    });
  });

  it('names a criterion moved to another level, and a rule changed or removed', () => {
    const after = withFirstCategory((category) => {
      const [l2, l3, l4, l5] = category.levels;
      if (!l2 || !l3 || !l4 || !l5) throw new Error('levels');
      const [moved, ...l2Rest] = l2.criteria;
      if (moved === undefined) throw new Error('criteria');
      // Level 5's one rule (people.5.game-days) is taken off.
      const l5Criteria = l5.criteria.map(({ drillRule: _taken, ...criterion }) => criterion);
      return {
        ...category,
        levels: [
          { ...l2, criteria: l2Rest },
          { ...l3, criteria: [...l3.criteria, moved] },
          l4,
          { ...l5, criteria: l5Criteria },
        ],
      };
    });
    const differences = compareModels(MODEL_V1, after);
    expect(
      differences.shared.filter((s) => s.changes.length > 0).map((s) => [s.id, s.changes]),
    ).toEqual([
      ['people.2.recovery-notes', ['level']],
      ['people.5.game-days', ['drillRule']],
    ]);
    expect(differences.onlyBefore).toEqual([]);
  });

  it('lists the criteria and categories only one model has, each in its model’s order', () => {
    const after: MaturityModel = {
      ...MODEL_V1,
      id: 'acme-recovery@1',
      categories: [
        ...MODEL_V1.categories.slice(1),
        { ...MODEL_V1.categories[0], id: 'culture' } as Category,
      ],
    };
    const differences = compareModels(MODEL_V1, after);
    expect(differences.categoriesOnlyBefore).toEqual(['people']);
    expect(differences.categoriesOnlyAfter).toEqual(['culture']);
    // The criteria kept their ids, so they are shared, now in another category.
    expect(differences.onlyBefore).toEqual([]);
    expect(differences.shared.find((s) => s.id === 'people.3.roles')?.changes).toEqual([
      'category',
    ]);
    const removed = compareModels(after, MODEL_V1);
    expect(removed.categoriesOnlyBefore).toEqual(['culture']);
    expect(removed.identical).toBe(false);
  });
});
