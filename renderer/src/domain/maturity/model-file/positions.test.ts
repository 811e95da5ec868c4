import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { formatPath, Positions } from './positions';

const TEXT = `name: Acme
categories:
  - id: people
    levels:
      - level: 2
        criteria:
          - id: people.2.notes
            text: >-
              Recovery steps
              are written down.
`;

function positions(text: string) {
  const lines = new LineCounter();
  return new Positions(parseDocument(text, { lineCounter: lines }), lines);
}

describe('positions in a model file', () => {
  it('write a path as the file nests it', () => {
    expect(formatPath(['categories', 1, 'levels', 2, 'criteria', 0, 'id'])).toBe(
      'categories[1].levels[2].criteria[0].id',
    );
    expect(formatPath([])).toBe('');
  });

  it('find the line of a field by its key, of a list item by its first line', () => {
    const at = positions(TEXT);
    expect(at.lineOf(['name'])).toBe(1);
    expect(at.lineOf(['categories', 0])).toBe(3);
    expect(at.lineOf(['categories', 0, 'levels', 0, 'criteria', 0, 'text'])).toBe(8);
  });

  it('fall back to the nearest line that is there for a missing field or item', () => {
    const at = positions(TEXT);
    expect(at.lineOf(['categories', 0, 'levels', 0, 'criteria', 0, 'guidance'])).toBe(7);
    expect(at.lineOf(['categories', 3, 'id'])).toBe(2);
    expect(at.lineOf(['categories', 0, 'id', 'deeper'])).toBe(3);
  });

  it('find the path at a position', () => {
    const at = positions(TEXT);
    expect(at.pathAt(TEXT.indexOf('are written'))).toEqual([
      'categories',
      0,
      'levels',
      0,
      'criteria',
      0,
      'text',
    ]);
    expect(at.pathAt(TEXT.indexOf('people.2'))).toEqual([
      'categories',
      0,
      'levels',
      0,
      'criteria',
      0,
      'id',
    ]);
    expect(at.pathAt(0)).toEqual(['name']);
  });
});
