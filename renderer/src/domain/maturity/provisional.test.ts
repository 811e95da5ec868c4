import { describe, expect, it } from 'vitest';
import { provisionalNote } from './provisional';

describe('provisionalNote', () => {
  it('counts the missing answers, in the singular and the plural', () => {
    expect(provisionalNote(1, false)).toBe(
      'Provisional: 1 criterion has no answer yet: it counts as No until answered.',
    );
    expect(provisionalNote(37, false)).toBe(
      'Provisional: 37 criteria have no answer yet: they count as No until answered.',
    );
  });

  it('speaks of agreed answers where raters answer apart', () => {
    expect(provisionalNote(38, true)).toBe(
      'Provisional: 38 criteria have no agreed answer yet: they count as No until answered.',
    );
  });
});
