import { describe, expect, it } from 'vitest';
import { buildPortfolio } from './portfolio';
import { ALL_TEAMS, slowest, summariseGroups } from './group-summary';
import {
  answersFor,
  asFacts,
  assessment,
  EMPTY_SOURCE,
  group,
  incident,
  incidentFacts,
  MIN,
  OPTIONS,
  target,
  team,
} from './test-support';

const source = {
  ...EMPTY_SOURCE,
  teams: [team('a', 'Alpha'), team('b', 'Beta'), team('c', 'Gamma'), team('d', 'Delta')],
  groups: [group('g', 'Payments', ['a', 'b', 'c']), group('h', 'Empty', [])],
  assessments: [
    assessment('x', 'a', '2026-10-01'),
    assessment('y', 'b', '2026-10-01'),
    assessment('z', 'c', '2026-10-01'),
  ],
  ...asFacts(
    new Map([
      ['x', answersFor('x', 'a', { people: 2 })],
      ['y', answersFor('y', 'b', { people: 3 })],
      ['z', answersFor('z', 'c', { people: 5 })],
    ]),
  ),
  targets: ['people', 'process', 'technology', 'measurement'].map((c) => target('a', c, 3)),
  drills: [
    { id: '1', teamId: 'a', date: '2026-11-01', completed: true, timeToRecover: 30 * MIN },
    { id: '2', teamId: 'b', date: '2026-11-01', completed: true, timeToRecover: 50 * MIN },
    { id: '3', teamId: 'b', date: '2026-11-02', completed: true, timeToRecover: 70 * MIN },
    { id: '4', teamId: 'd', date: '2026-11-02', completed: true, timeToRecover: 90 * MIN },
  ],
  incidents: incidentFacts(incident('i', 'c', '2026-11-01T00:00:00Z', 120)),
};

describe('group summaries', () => {
  const portfolio = buildPortfolio(source, OPTIONS);
  const [all, empty, payments] = summariseGroups(portfolio, source.groups);

  it('summarises every team first, then each group by name', () => {
    expect([all?.name, empty?.name, payments?.name]).toEqual([ALL_TEAMS, 'Empty', 'Payments']);
    expect([all?.teams, empty?.teams, payments?.teams]).toEqual([4, 0, 3]);
  });

  it('takes the median level per category over the assessed teams, with n', () => {
    expect(payments?.categories[0]).toMatchObject({ categoryId: 'people', medianLevel: 3, n: 3 });
    expect(empty?.categories[0]).toMatchObject({ medianLevel: undefined, n: 0 });
  });

  it('names the teams missing targets', () => {
    expect(payments?.missingTargets).toEqual(['Beta', 'Gamma']);
    expect(all?.missingTargets).toEqual(['Beta', 'Delta', 'Gamma']);
  });

  it('lists the slowest recoveries with n, slowest first, in drills and incidents apart', () => {
    expect(payments?.slowestDrills.map((s) => [s.teamName, s.figure])).toEqual([
      ['Beta', { median: 60 * MIN, n: 2 }],
      ['Alpha', { median: 30 * MIN, n: 1 }],
    ]);
    expect(all?.slowestDrills[0]?.teamName).toBe('Delta');
    expect(all?.slowestIncidents.map((s) => s.teamName)).toEqual(['Gamma']);
  });

  it('names at most the limit asked for', () => {
    expect(slowest(portfolio.rows, 'drills', 2).map((s) => s.teamName)).toEqual(['Delta', 'Beta']);
  });
});
