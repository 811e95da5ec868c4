import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from './portfolio';
import { DEFAULT_SORT, filterRows, NO_FILTER, NO_GROUP, sortRows, toggleSort } from './sort-filter';

const row = (name: string, extra: Partial<PortfolioRow> = {}): PortfolioRow => ({
  teamId: name.toLowerCase(),
  teamName: name,
  groupIds: [],
  groupNames: [],
  assessment: null,
  cells: [],
  missingTargets: 0,
  totalGap: 0,
  drills: { median: undefined, n: 0 },
  incidents: { median: undefined, n: 0 },
  lastDrill: null,
  staleAssessment: false,
  staleEvidence: 0,
  ...extra,
});

const cell = (score: number | null, gap: number | null = null) => ({
  categoryId: 'people',
  level: score === null ? null : (Math.floor(score) as 1),
  score,
  target: null,
  gap,
});

const names = (rows: readonly PortfolioRow[]) => rows.map((r) => r.teamName);

const rows = [
  row('Search', {
    groupIds: ['g1'],
    groupNames: ['Platform'],
    cells: [cell(3.5, 1)],
    totalGap: 1,
    drills: { median: 600_000, n: 4 },
    lastDrill: '2026-11-01',
  }),
  row('Payments', {
    groupIds: ['g2'],
    groupNames: ['Money'],
    cells: [cell(2.1, 0)],
    missingTargets: 2,
    drills: { median: 1_200_000, n: 7 },
    staleEvidence: 3,
  }),
  row('Édition', { cells: [cell(null)], staleAssessment: true, lastDrill: '2026-10-01' }),
];

describe('filtering the portfolio', () => {
  it('keeps every row without a filter', () => {
    expect(names(filterRows(rows, NO_FILTER))).toEqual(['Search', 'Payments', 'Édition']);
  });
  it('keeps a group’s members, or the teams in no group', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, group: 'g1' }))).toEqual(['Search']);
    expect(names(filterRows(rows, { ...NO_FILTER, group: NO_GROUP }))).toEqual(['Édition']);
  });
  it('matches the text in a team’s or a group’s name, ignoring case and accents', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, text: ' platform ' }))).toEqual(['Search']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'edit' }))).toEqual(['Édition']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'nothing' }))).toEqual([]);
  });
  it('keeps teams missing targets, or teams with something stale', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, missingTargets: true }))).toEqual(['Payments']);
    expect(names(filterRows(rows, { ...NO_FILTER, stale: true }))).toEqual(['Payments', 'Édition']);
  });
  it('combines filters: every one must hold', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, group: 'g1', stale: true }))).toEqual([]);
  });
});

describe('sorting the portfolio', () => {
  it('sorts by team name by default', () => {
    expect(names(sortRows(rows, DEFAULT_SORT))).toEqual(['Édition', 'Payments', 'Search']);
  });
  it('sorts by a category’s score both ways, teams without one always last', () => {
    const key = { by: 'category', categoryId: 'people' } as const;
    expect(names(sortRows(rows, { key, direction: 'ascending' }))).toEqual([
      'Payments',
      'Search',
      'Édition',
    ]);
    expect(names(sortRows(rows, { key, direction: 'descending' }))).toEqual([
      'Search',
      'Payments',
      'Édition',
    ]);
  });
  it('sorts by drill recovery time, slowest first when descending', () => {
    expect(names(sortRows(rows, { key: { by: 'drills' }, direction: 'descending' }))).toEqual([
      'Payments',
      'Search',
      'Édition',
    ]);
  });
  it('sorts by last drill, by gap, by group and by staleness', () => {
    expect(names(sortRows(rows, { key: { by: 'lastDrill' }, direction: 'ascending' }))).toEqual([
      'Édition',
      'Search',
      'Payments',
    ]);
    expect(names(sortRows(rows, { key: { by: 'gap' }, direction: 'descending' }))).toEqual([
      'Search',
      'Payments',
      'Édition',
    ]);
    expect(names(sortRows(rows, { key: { by: 'groups' }, direction: 'ascending' }))).toEqual([
      'Payments',
      'Search',
      'Édition',
    ]);
    expect(names(sortRows(rows, { key: { by: 'stale' }, direction: 'descending' }))).toEqual([
      'Édition',
      'Payments',
      'Search',
    ]);
  });
  it('does not change the rows it is given', () => {
    const before = names(rows);
    sortRows(rows, { key: { by: 'drills' }, direction: 'descending' });
    expect(names(rows)).toEqual(before);
  });
  it('flips the direction on the same column and starts ascending on another', () => {
    const once = toggleSort(DEFAULT_SORT, { by: 'team' });
    expect(once.direction).toBe('descending');
    expect(toggleSort(once, { by: 'drills' })).toEqual({
      key: { by: 'drills' },
      direction: 'ascending',
    });
  });
});
