import { describe, expect, it } from 'vitest';
import { buildPortfolio, type PortfolioDrill } from './portfolio';
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

const drill = (
  id: string,
  teamId: string,
  date: string,
  minutes: number | undefined,
  completed = true,
): PortfolioDrill => ({
  id,
  teamId,
  date,
  completed,
  timeToRecover: minutes === undefined ? undefined : minutes * MIN,
});

describe('the portfolio of teams', () => {
  it('lists every team by name, with no columns when no team has a final assessment', () => {
    const portfolio = buildPortfolio(
      { ...EMPTY_SOURCE, teams: [team('b', 'Search'), team('a', 'Payments')] },
      OPTIONS,
    );
    expect(portfolio.columns).toEqual([]);
    expect(portfolio.rows.map((r) => r.teamName)).toEqual(['Payments', 'Search']);
    expect(portfolio.rows[0]).toMatchObject({
      assessment: null,
      drills: { median: undefined, n: 0 },
      incidents: { median: undefined, n: 0 },
      lastDrill: null,
      staleAssessment: false,
      staleEvidence: 0,
    });
  });

  it('shows the latest final assessment’s level and score per category, ignoring drafts', () => {
    const answers = new Map([
      ['old', answersFor('old', 't', { people: 2 })],
      ['new', answersFor('new', 't', { people: 4, process: 3 })],
      ['draft', answersFor('draft', 't', { people: 5 })],
    ]);
    const portfolio = buildPortfolio(
      {
        ...EMPTY_SOURCE,
        teams: [team('t', 'Payments')],
        assessments: [
          assessment('old', 't', '2026-01-01'),
          assessment('new', 't', '2026-10-01'),
          assessment('draft', 't', '2026-11-30', 'draft'),
        ],
        ...asFacts(answers),
      },
      OPTIONS,
    );
    expect(portfolio.columns.map((c) => c.categoryId)).toEqual([
      'people',
      'process',
      'technology',
      'measurement',
    ]);
    const row = portfolio.rows[0];
    expect(row?.assessment?.id).toBe('new');
    expect(row?.cells.map((c) => c.level)).toEqual([4, 3, 1, 1]);
    // Score and level are one scale: the whole part is the level.
    expect(row?.cells.map((c) => Math.floor(c.score ?? 0))).toEqual([4, 3, 1, 1]);
  });

  it('sets targets beside levels: the gap is what is left to climb, missing targets are counted', () => {
    const portfolio = buildPortfolio(
      {
        ...EMPTY_SOURCE,
        teams: [team('t', 'Payments')],
        assessments: [assessment('a', 't', '2026-10-01')],
        ...asFacts(new Map([['a', answersFor('a', 't', { people: 2, process: 4 })]])),
        targets: [target('t', 'people', 4), target('t', 'process', 3)],
      },
      OPTIONS,
    );
    const row = portfolio.rows[0];
    expect(row?.cells.map((c) => [c.target, c.gap])).toEqual([
      [4, 2],
      [3, 0],
      [null, null],
      [null, null],
    ]);
    expect(row?.missingTargets).toBe(2);
    expect(row?.totalGap).toBe(2);
  });

  it('takes the median recovery time with n of completed drills of the last year', () => {
    const portfolio = buildPortfolio(
      {
        ...EMPTY_SOURCE,
        teams: [team('t', 'Payments')],
        drills: [
          drill('1', 't', '2026-11-01', 10),
          drill('2', 't', '2026-06-01', 30),
          drill('3', 't', '2026-03-01', 20),
          drill('old', 't', '2025-11-30', 999),
          drill('aborted', 't', '2026-11-20', 999, false),
          drill('unmeasured', 't', '2026-11-21', undefined),
        ],
      },
      OPTIONS,
    );
    const row = portfolio.rows[0];
    expect(row?.drills).toEqual({ median: 20 * MIN, n: 3 });
    // The last drill is the last one run, whatever its outcome.
    expect(row?.lastDrill).toBe('2026-11-21');
  });

  it('takes recovered incidents of the last year only; open ones do not count', () => {
    const portfolio = buildPortfolio(
      {
        ...EMPTY_SOURCE,
        teams: [team('t', 'Payments')],
        incidents: incidentFacts(
          incident('1', 't', '2026-11-01T10:00:00Z', 40),
          incident('2', 't', '2026-10-01T10:00:00Z', 60),
          incident('open', 't', '2026-11-02T10:00:00Z', 5, 'open'),
          incident('old', 't', '2025-01-01T10:00:00Z', 5),
        ),
      },
      OPTIONS,
    );
    expect(portfolio.rows[0]?.incidents).toEqual({ median: 50 * MIN, n: 2 });
  });

  it('marks an assessment taken more than 180 days ago stale, and counts stale evidence', () => {
    const takenOn = '2026-05-01';
    const evidenceAt = Date.parse('2025-06-01T12:00:00Z'); // > 180 days before it was taken
    const portfolio = buildPortfolio(
      {
        ...EMPTY_SOURCE,
        teams: [team('t', 'Payments'), team('u', 'Search')],
        assessments: [assessment('a', 't', takenOn), assessment('b', 'u', '2026-11-01')],
        ...asFacts(
          new Map([
            ['a', answersFor('a', 't', { people: 2 }, evidenceAt)],
            ['b', answersFor('b', 'u', { people: 2 }, Date.parse('2026-10-01T12:00:00Z'))],
          ]),
        ),
      },
      OPTIONS,
    );
    const [payments, search] = portfolio.rows;
    expect(payments?.staleAssessment).toBe(true);
    expect(payments?.staleEvidence).toBeGreaterThan(0);
    expect(search?.staleAssessment).toBe(false);
    expect(search?.staleEvidence).toBe(0);
  });

  it('dates evidence that cites an incident by the day the incident happened', () => {
    const citing = (assessmentId: string, incidentId: string) =>
      answersFor(assessmentId, 't', { people: 2 }).map((answer, index) =>
        index === 0
          ? { ...answer, evidence: { ...answer.evidence, incidentIds: [incidentId] } }
          : answer,
      );
    const staleEvidenceCiting = (incidentId: string) =>
      buildPortfolio(
        {
          ...EMPTY_SOURCE,
          teams: [team('t', 'Payments')],
          assessments: [assessment('a', 't', '2026-11-01')],
          ...asFacts(new Map([['a', citing('a', incidentId)]])),
          incidents: incidentFacts(
            incident('old', 't', '2026-01-10T10:00:00Z', 30),
            incident('new', 't', '2026-10-10T10:00:00Z', 30),
          ),
        },
        OPTIONS,
      ).rows[0]?.staleEvidence;
    expect(staleEvidenceCiting('old')).toBe(1);
    expect(staleEvidenceCiting('new')).toBe(0);
    // A deleted incident dates nothing: the answer has no dated evidence left.
    expect(staleEvidenceCiting('gone')).toBe(0);
  });

  it('names each team’s groups in alphabetical order', () => {
    const portfolio = buildPortfolio(
      {
        ...EMPTY_SOURCE,
        teams: [team('t', 'Payments'), team('u', 'Search')],
        groups: [group('g2', 'Platform', ['t']), group('g1', 'Money', ['t'])],
      },
      OPTIONS,
    );
    expect(portfolio.rows[0]?.groupNames).toEqual(['Money', 'Platform']);
    expect(portfolio.rows[1]?.groupIds).toEqual([]);
  });

  it('leaves out an assessment whose model this app does not have', () => {
    const portfolio = buildPortfolio(
      {
        ...EMPTY_SOURCE,
        teams: [team('t', 'Payments')],
        assessments: [{ ...assessment('a', 't', '2026-10-01'), modelId: 'unknown@1' }],
      },
      OPTIONS,
    );
    expect(portfolio.rows[0]?.assessment).toBeNull();
    expect(portfolio.columns).toEqual([]);
  });

  // Its speed at this size is measured by the benchmark (portfolio-time-to-interactive-organisation).
  it('counts every team’s drills and incidents at 200 teams, 10,000 drills and 20,000 incidents', () => {
    const teams = Array.from({ length: 200 }, (_, i) => team(`t${i}`, `Team ${i}`));
    const assessments = teams.map((t) => assessment(`a-${t.id}`, t.id, '2026-10-01'));
    const scored = asFacts(
      new Map(assessments.map((a) => [a.id, answersFor(a.id, a.teamId, { people: 3 })])),
    );
    const drills = Array.from({ length: 10_000 }, (_, i) =>
      drill(`d${i}`, `t${i % 200}`, '2026-10-01', i % 90),
    );
    const incidents = incidentFacts(
      ...Array.from({ length: 20_000 }, (_, i) =>
        incident(`i${i}`, `t${i % 200}`, '2026-10-01T10:00:00Z', i % 120),
      ),
    );
    const portfolio = buildPortfolio(
      { ...EMPTY_SOURCE, ...scored, teams, assessments, drills, incidents },
      OPTIONS,
    );
    expect(portfolio.rows).toHaveLength(200);
    expect(portfolio.rows.every((row) => row.drills.n === 50 && row.incidents.n === 100)).toBe(
      true,
    );
    expect(portfolio.rows[0]?.drills.n).toBe(50);
    expect(portfolio.rows[0]?.incidents.n).toBe(100);
  });
});
