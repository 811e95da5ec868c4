import { describe, expect, it } from 'vitest';
import { reportRoute, trendTarget } from './report-request';

describe('reportRoute', () => {
  it('names the record and the paper', () => {
    expect(reportRoute({ target: { kind: 'assessment', assessmentId: 'a-1' }, paper: 'a4' })).toBe(
      '/reports/assessment/a-1?paper=a4',
    );
    expect(reportRoute({ target: { kind: 'drill', drillId: 'd-1' }, paper: 'letter' })).toBe(
      '/reports/drill/d-1?paper=letter',
    );
  });

  it('carries the trend period, and its days only when they were chosen', () => {
    expect(
      reportRoute({ target: { kind: 'trend', teamId: 't-1', period: '12m' }, paper: 'a4' }),
    ).toBe('/reports/trend/t-1?paper=a4&period=12m');
    expect(
      reportRoute({
        target: {
          kind: 'trend',
          teamId: 't-1',
          period: '90d',
          from: '2026-01-01',
          to: '2026-02-01',
        },
        paper: 'a4',
      }),
    ).toBe('/reports/trend/t-1?paper=a4&period=90d');
    expect(
      reportRoute({
        target: {
          kind: 'trend',
          teamId: 't-1',
          period: 'custom',
          from: '2026-01-01',
          to: '2026-06-30',
        },
        paper: 'letter',
      }),
    ).toBe('/reports/trend/t-1?paper=letter&period=custom&from=2026-01-01&to=2026-06-30');
  });

  it('encodes an id so it stays one path segment', () => {
    expect(reportRoute({ target: { kind: 'drill', drillId: 'a/b?c' }, paper: 'a4' })).toBe(
      '/reports/drill/a%2Fb%3Fc?paper=a4',
    );
  });
});

describe('a trend report exported from Trends', () => {
  it("carries the screen's filters and compared periods in the Trends screen's own keys", () => {
    const target = trendTarget({
      teamId: 't-1',
      period: '6m',
      from: '2026-01-01',
      to: null,
      serviceId: 's-1',
      severity: 'SEV2',
      scenarioId: 'builtin-db',
      hypothesis: 'yes',
      detectedBy: 'not-recorded',
      checklist: 'some-not-done',
      compare: { aFrom: '2025-01-01', aTo: '2025-06-30', bFrom: '2025-07-01', bTo: '2025-12-31' },
    });
    expect(reportRoute({ target, paper: 'a4' })).toBe(
      '/reports/trend/t-1?paper=a4&period=6m&service=s-1&severity=SEV2&scenario=builtin-db&hypothesis=yes&detected=not-recorded&checklist=some-not-done&a-from=2025-01-01&a-to=2025-06-30&b-from=2025-07-01&b-to=2025-12-31',
    );
  });

  it('leaves out what was not chosen', () => {
    const target = trendTarget({
      teamId: 't-1',
      period: '12m',
      from: null,
      to: null,
      serviceId: null,
      severity: null,
      scenarioId: null,
      hypothesis: null,
      detectedBy: null,
      checklist: null,
      compare: null,
    });
    expect(reportRoute({ target, paper: 'letter' })).toBe(
      '/reports/trend/t-1?paper=letter&period=12m',
    );
  });
});
