import { describe, expect, it } from 'vitest';
import { levelHistory, modelChangeNote } from './level-history';
import type { MaturityModel } from './model-types';
import { MODEL_V1 } from './model-v1';
import { scoreAssessment } from './scoring';

const [first, ...others] = MODEL_V1.categories;
if (first === undefined) throw new Error('model');
/** An organisation's copy without the first category and with one of its own. */
const OWN: MaturityModel = {
  ...MODEL_V1,
  id: 'acme-recovery@1',
  name: 'Acme recovery',
  categories: [...others, { ...first, id: 'acme', name: 'Acme practices' }],
};

const entry = (label: string, model: MaturityModel) => ({
  label,
  model,
  result: scoreAssessment(model, []),
});

describe('levelHistory', () => {
  it('marks nothing when every assessment was taken on one model', () => {
    const history = levelHistory([entry('Jan 2025', MODEL_V1), entry('Apr 2025', MODEL_V1)]);
    expect(history.modelChanges).toEqual([]);
    expect(modelChangeNote(history.modelChanges)).toBeNull();
    expect(history.categories.map((c) => c.id)).toEqual(MODEL_V1.categories.map((c) => c.id));
    expect(
      history.categories.every((c) => c.points.every((p) => p.modelChange === undefined)),
    ).toBe(true);
  });

  it('marks where the model changed and keeps a category only one model has', () => {
    const history = levelHistory([
      entry('Jan 2025', MODEL_V1),
      entry('Apr 2025', MODEL_V1),
      entry('Jul 2025', OWN),
    ]);
    expect(history.modelChanges).toEqual([
      {
        label: 'Jul 2025',
        from: 'MTTR recovery maturity, version 1 (mttr-maturity@1)',
        to: 'Acme recovery (acme-recovery@1)',
      },
    ]);
    // The latest model's categories first, then the one only the older model had.
    expect(history.categories.map((c) => [c.id, c.points.length, c.absentFrom])).toEqual([
      ...others.map((c) => [c.id, 3, 0]),
      ['acme', 1, 2],
      [first.id, 2, 1],
    ]);
    const shared = history.categories[0];
    expect(shared?.points.map((p) => p.modelChange)).toEqual([
      undefined,
      undefined,
      'Acme recovery (acme-recovery@1)',
    ]);
    // A category's first point is not a change: there is nothing before it to compare with.
    expect(history.categories.find((c) => c.id === 'acme')?.points[0]?.modelChange).toBeUndefined();
    expect(modelChangeNote(history.modelChanges)).toMatch(
      /^The model changed \(Jul 2025: MTTR recovery maturity, version 1 \(mttr-maturity@1\) → Acme recovery \(acme-recovery@1\)\)/u,
    );
  });
});
