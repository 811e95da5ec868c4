import { describe, expect, it } from 'vitest';
import { MODEL_V1 } from './model-v1';
import { validateTarget } from './target-rules';

describe('validateTarget', () => {
  it('takes a whole level from 1 to 5 for a category of the model', () => {
    expect(validateTarget(MODEL_V1, 'people', 1)).toEqual({ ok: true, value: 1 });
    expect(validateTarget(MODEL_V1, 'process', 5)).toEqual({ ok: true, value: 5 });
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses level %d at the level field', (level) => {
    expect(validateTarget(MODEL_V1, 'people', level)).toEqual({
      ok: false,
      errors: { level: 'Choose a level from 1 to 5.' },
    });
  });

  it('refuses a category the model does not have, for the whole form', () => {
    expect(validateTarget(MODEL_V1, 'cooking', 2)).toEqual({
      ok: false,
      errors: { form: 'This category is not part of the model.' },
    });
  });
});
