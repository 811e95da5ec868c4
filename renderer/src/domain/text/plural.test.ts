import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('uses the singular only for exactly one', () => {
    expect(countOf(0, 'drill', 'drills')).toBe('0 drills');
    expect(countOf(1, 'drill', 'drills')).toBe('1 drill');
    expect(countOf(2, 'person', 'people')).toBe('2 people');
  });
});
