import { describe, expect, it } from 'vitest';
import { buildPortfolio } from './portfolio';
import { summariseGroups } from './group-summary';
import { buildPortfolioReport, MISSING_GROUP, portfolioFileName } from './portfolio-report';
import {
  answersFor,
  asFacts,
  assessment,
  EMPTY_SOURCE,
  group,
  MIN,
  OPTIONS,
  target,
  team,
} from './test-support';

const groups = [group('g', 'Payments', ['a'])];
const portfolio = buildPortfolio(
  {
    ...EMPTY_SOURCE,
    teams: [team('a', 'Alpha'), team('b', 'Beta')],
    groups,
    assessments: [assessment('x', 'a', '2026-10-01')],
    ...asFacts(new Map([['x', answersFor('x', 'a', { people: 2 })]])),
    targets: [target('a', 'people', 3)],
    drills: [
      { id: '1', teamId: 'a', date: '2026-11-01', completed: true, timeToRecover: 12 * MIN },
      { id: '2', teamId: 'b', date: '2026-11-01', completed: true, timeToRecover: 30 * MIN },
    ],
  },
  OPTIONS,
);
const view = { portfolio, summaries: summariseGroups(portfolio, groups), groups };

describe('the portfolio report', () => {
  it('prints every team with its cells in words, and every group’s summary', () => {
    const report = buildPortfolioReport(view, null);
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.scope).toBe('All teams (2)');
    expect(report.value.table[0]).toEqual({
      key: 'a',
      header: 'Alpha',
      cells: [
        expect.stringMatching(/^2\.\d ▲ target 3$/),
        '1.0 no target',
        '1.0 no target',
        '1.0 no target',
        expect.stringMatching(/^1\.\d$/),
        '1',
        '12:00 (n = 1)',
        '— (n = 0)',
        '2026-11-01',
        '—',
      ],
    });
    expect(report.value.summaries.map((s) => s.name)).toEqual(['All teams', 'Payments']);
    expect(report.value.slowestDrills.map((l) => [l.header, l.cells[0]])).toEqual([
      ['Beta', '30:00 (n = 1)'],
      ['Alpha', '12:00 (n = 1)'],
    ]);
    expect(portfolioFileName(report.value, '2026-12-01')).toBe('mttr-portfolio-2026-12-01.pdf');
  });

  it('prints one group: its teams and its own summary only', () => {
    const report = buildPortfolioReport(view, 'g');
    if (!report.ok) throw new Error(report.problem.message);
    expect(report.value.table.map((l) => l.header)).toEqual(['Alpha']);
    expect(report.value.summaries.map((s) => s.name)).toEqual(['Payments']);
    expect(portfolioFileName(report.value, '2026-12-01')).toBe(
      'mttr-portfolio-payments-2026-12-01.pdf',
    );
  });

  it('says so when the group is gone', () => {
    expect(buildPortfolioReport(view, 'gone')).toEqual({
      ok: false,
      problem: { message: MISSING_GROUP },
    });
  });
});
