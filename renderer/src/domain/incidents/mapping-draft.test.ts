import { describe, expect, it } from 'vitest';
import spreadsheet from './fixtures/european-spreadsheet.csv?raw';
import { readCsv } from './csv-table';
import { columnValues, guessMapping } from './mapping-draft';

function table() {
  const read = readCsv(spreadsheet);
  if (!read.ok) throw new Error(read.problem.message);
  return read.value;
}

describe('the mapping step’s first guess', () => {
  it('names the columns a German spreadsheet’s header suggests', () => {
    const mapping = guessMapping(table().header, 'Ops');
    expect(mapping.columns).toMatchObject({
      id: 'Nr',
      title: 'Titel',
      severity: 'Schwere',
      services: 'Dienste',
      status: 'Status',
    });
    expect(mapping.milestones).toMatchObject({
      impactBegan: { column: 'Beginn' },
      detected: { column: 'Erkannt' },
      recovered: { column: 'Behoben' },
    });
    expect(mapping.sourceName).toBe('Ops');
  });

  it('leaves the id empty when no column looks like one, and uses a column once', () => {
    const mapping = guessMapping(['When', 'What'], 'x');
    expect(mapping.columns.id).toBe('');
    const twice = guessMapping(['Created', 'Resolved', 'Closed'], 'x');
    expect(Object.values(twice.milestones).map((spec) => spec.column)).toEqual([
      'Created',
      'Resolved',
      'Closed',
    ]);
  });

  it('lists a column’s distinct values, most frequent first, without blanks', () => {
    expect(columnValues(table(), 'Schwere').slice(0, 2)).toEqual(['Hoch', 'Kritisch']);
    expect(columnValues(table(), 'Schwere')).not.toContain('');
    expect(columnValues(table(), 'No such column')).toEqual([]);
  });
});
