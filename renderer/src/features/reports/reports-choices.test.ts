import { describe, expect, it } from 'vitest';
import {
  assessmentChoices,
  chosen,
  customPeriodErrors,
  drillChoices,
  trendTarget,
} from './reports-choices';

const assessment = (id: string, status: 'draft' | 'final', takenOn: string, createdAt = 0) => ({
  id,
  status,
  takenOn,
  createdAt,
});

const drill = (
  id: string,
  status: 'planned' | 'running' | 'completed' | 'aborted',
  plannedFor: string,
  createdAt = 0,
) => ({ id, status, plannedFor, createdAt, title: `Drill ${id}` });

describe('assessmentChoices', () => {
  it('lists final assessments first, then drafts, each newest first, with their status', () => {
    const choices = assessmentChoices([
      assessment('old-final', 'final', '2025-03-21'),
      assessment('draft', 'draft', '2026-05-02'),
      assessment('new-final', 'final', '2026-03-20'),
      assessment('old-draft', 'draft', '2024-01-05'),
    ]);
    expect(choices).toEqual([
      ['new-final', '20 Mar 2026 (final)'],
      ['old-final', '21 Mar 2025 (final)'],
      ['draft', '2 May 2026 (draft)'],
      ['old-draft', '5 Jan 2024 (draft)'],
    ]);
  });

  it('orders two on the same day by when they were recorded, then by id, whatever the input order', () => {
    const rows = [
      assessment('b', 'final', '2026-03-20', 5),
      assessment('a', 'final', '2026-03-20', 5),
      assessment('later', 'final', '2026-03-20', 9),
    ];
    const expected = ['later', 'a', 'b'];
    expect(assessmentChoices(rows).map(([id]) => id)).toEqual(expected);
    expect(assessmentChoices([...rows].reverse()).map(([id]) => id)).toEqual(expected);
  });

  it('gives nothing for no assessments', () => {
    expect(assessmentChoices([])).toEqual([]);
  });
});

describe('drillChoices', () => {
  it('lists only drills that ran, newest first, with date and title, and says which stopped early', () => {
    const choices = drillChoices([
      drill('planned', 'planned', '2026-07-01'),
      drill('done', 'completed', '2026-02-10'),
      drill('running', 'running', '2026-05-01'),
      drill('stopped', 'aborted', '2026-04-03'),
    ]);
    expect(choices).toEqual([
      ['stopped', '3 Apr 2026 · Drill stopped · aborted'],
      ['done', '10 Feb 2026 · Drill done'],
    ]);
  });

  it('breaks same-day ties by when they were recorded, then by id', () => {
    const rows = [
      drill('b', 'completed', '2026-02-10', 1),
      drill('a', 'completed', '2026-02-10', 1),
      drill('c', 'completed', '2026-02-10', 2),
    ];
    expect(drillChoices(rows).map(([id]) => id)).toEqual(['c', 'a', 'b']);
    expect(drillChoices([...rows].reverse()).map(([id]) => id)).toEqual(['c', 'a', 'b']);
  });
});

describe('chosen', () => {
  const choices = [
    ['x', 'X'],
    ['y', 'Y'],
  ] as const;

  it('keeps the wanted choice while it is offered', () => {
    expect(chosen(choices, 'y')).toBe('y');
  });

  it('falls back to the first choice for an unknown or missing one', () => {
    expect(chosen(choices, 'gone')).toBe('x');
    expect(chosen(choices, null)).toBe('x');
  });

  it('is null when there is nothing to choose', () => {
    expect(chosen([], 'x')).toBeNull();
  });
});

describe('customPeriodErrors', () => {
  it('accepts a first day on or before the last day', () => {
    expect(customPeriodErrors('2026-01-01', '2026-03-31')).toEqual({});
    expect(customPeriodErrors('2026-03-31', '2026-03-31')).toEqual({});
  });

  it('asks for both days', () => {
    expect(customPeriodErrors('', '')).toEqual({
      from: 'Choose the first day of the period.',
      to: 'Choose the last day of the period.',
    });
    expect(customPeriodErrors('2026-01-01', '')).toEqual({
      to: 'Choose the last day of the period.',
    });
    expect(customPeriodErrors('', '2026-01-01')).toEqual({
      from: 'Choose the first day of the period.',
    });
  });

  it('refuses a last day before the first, naming the first', () => {
    expect(customPeriodErrors('2026-04-01', '2026-03-31')).toEqual({
      to: 'The last day must be on or after the first day (1 Apr 2026).',
    });
  });

  it('refuses text that is not a real date', () => {
    expect(customPeriodErrors('2026-02-30', 'soon')).toEqual({
      from: 'The first day is not a date: use the date picker or YYYY-MM-DD.',
      to: 'The last day is not a date: use the date picker or YYYY-MM-DD.',
    });
  });
});

describe('trendTarget', () => {
  it('gives a preset period without dates', () => {
    expect(trendTarget('t1', '90d', '2026-01-01', '')).toEqual({
      kind: 'trend',
      teamId: 't1',
      period: '90d',
    });
  });

  it('gives a custom period with its dates once they are valid', () => {
    expect(trendTarget('t1', 'custom', '2026-01-01', '2026-02-01')).toEqual({
      kind: 'trend',
      teamId: 't1',
      period: 'custom',
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });

  it('gives nothing while the custom dates are missing or out of order', () => {
    expect(trendTarget('t1', 'custom', '', '2026-02-01')).toBeNull();
    expect(trendTarget('t1', 'custom', '2026-03-01', '2026-02-01')).toBeNull();
  });
});
