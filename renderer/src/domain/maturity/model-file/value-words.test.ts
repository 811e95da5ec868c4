import { describe, expect, it } from 'vitest';
import { closestWord, describeValue, listInWords, mustBe } from './value-words';

describe('words about values in a model file', () => {
  it('show a value as the file wrote it, long text cut short', () => {
    expect(describeValue('people.3.x')).toBe('"people.3.x"');
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect([0, true, null, [], {}].map(describeValue)).toEqual([
      '0',
      'true',
      'empty',
      'a list',
      'a mapping of fields',
    ]);
  });

  it('say what a value must be, and that it is missing or empty', () => {
    const error = mustBe('a whole number');
    expect(error({ input: 1.5 })).toBe('must be a whole number, not 1.5');
    expect(error({})).toBe('is missing; it must be a whole number');
    expect(error({ input: null })).toBe('is empty; it must be a whole number');
  });

  it('suggest the nearest known word only when it is near', () => {
    const fields = ['id', 'text', 'guidance', 'drillRule'];
    expect(closestWord('guidence', fields)).toBe('guidance');
    expect(closestWord('Text', fields)).toBe('text');
    expect(closestWord('txt', fields)).toBe('text');
    expect(closestWord('drill-rule', fields)).toBe('drillRule');
    expect(closestWord('<<', fields)).toBeUndefined();
    expect(closestWord('evidence', fields)).toBeUndefined();
  });

  it('list words', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listInWords)).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });
});
