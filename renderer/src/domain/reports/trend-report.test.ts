import { describe, expect, it } from 'vitest';
import type { TrendsSource } from '../trends/prepare';
import { prepareDrills } from '../trends/prepare';
import { prepareIncidents } from '../reality/prepare';
import { incidentRecord, recoveredIn } from '../reality/test-support';
import { FULL, sourceOf, type DrillSpec } from '../trends/trends-fixtures';
import type { MaturityHistory } from '../trends/maturity-history';
import { NO_RESULT_FILTERS } from '../trends/result-filters';
import {
  buildTrendReport,
  drillDates,
  NO_REPORT_FILTERS,
  maturityGrid,
  resolveReportPeriod,
  type ReportPeriodRange,
  type TrendReportPeriodInput,
} from './trend-report';

const TODAY = '2025-12-31';
const input = (
  period: TrendReportPeriodInput['period'],
  from: string | null = null,
  to: string | null = null,
) => ({
  period,
  from,
  to,
});
const resolved = (
  value: TrendReportPeriodInput,
  dates: readonly string[] = [],
  today = TODAY,
): ReportPeriodRange => {
  const result = resolveReportPeriod(value, today, dates);
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

describe('resolveReportPeriod', () => {
  it('ends the presets today and compares them with the equal period just before', () => {
    expect(resolved(input('90d'))).toMatchObject({
      first: '2025-10-03',
      last: TODAY,
      fileLabel: '90d',
      comparison: 'previous',
      compared: {
        a: { from: '2025-07-05', to: '2025-10-02' },
        b: { from: '2025-10-03', to: TODAY },
      },
    });
    expect(resolved(input('6m'))).toMatchObject({
      first: '2025-07-01',
      compared: { a: { from: '2025-01-01', to: '2025-06-30' } },
    });
    expect(resolved(input('12m'))).toMatchObject({
      first: '2025-01-01',
      fileLabel: '12m',
      compared: { a: { from: '2024-01-01', to: '2024-12-31' } },
    });
  });

  it('counts calendar months across short months', () => {
    const period = resolved(input('6m'), [], '2026-08-31');
    expect(period.first).toBe('2026-03-01');
    expect(period.compared.a).toEqual({ from: '2025-09-01', to: '2026-02-28' });
  });

  it('spans all time from the first drill to today and compares its two halves', () => {
    const period = resolved(input('all'), ['2025-06-01', '2025-01-01', '2025-03-01']);
    expect(period).toMatchObject({
      first: '2025-01-01',
      last: TODAY,
      fileLabel: 'all',
      comparison: 'halves',
    });
    // 365 days: 182 in the first half, 183 in the second.
    expect(period.compared).toEqual({
      a: { from: '2025-01-01', to: '2025-07-01' },
      b: { from: '2025-07-02', to: TODAY },
    });
    expect(period.filters).toEqual({ period: 'all', from: null, to: null });
  });

  it('reaches a drill dated after today, and falls back to today without drills', () => {
    expect(resolved(input('all'), ['2026-01-05']).last).toBe('2026-01-05');
    const empty = resolved(input('all'));
    expect(empty).toMatchObject({ first: TODAY, last: TODAY, comparison: 'previous' });
    expect(empty.compared.a).toEqual({ from: '2025-12-30', to: '2025-12-30' });
  });

  it('keeps a custom period as chosen and compares it with as many days before', () => {
    const period = resolved(input('custom', '2025-04-01', '2025-04-30'));
    expect(period).toMatchObject({
      first: '2025-04-01',
      last: '2025-04-30',
      fileLabel: '2025-04-01-to-2025-04-30',
      filters: { period: 'custom', from: '2025-04-01', to: '2025-04-30' },
      compared: { a: { from: '2025-03-02', to: '2025-03-31' } },
    });
  });

  it('closes an open end of a custom period at the first drill or today', () => {
    expect(resolved(input('custom', null, '2025-05-31'), ['2025-02-10'])).toMatchObject({
      first: '2025-02-10',
      last: '2025-05-31',
      filters: { from: null, to: '2025-05-31' },
    });
    expect(resolved(input('custom', '2025-09-01', 'not a date'))).toMatchObject({
      first: '2025-09-01',
      last: TODAY,
      filters: { from: '2025-09-01', to: null },
    });
    // A first day after every drill and today: the period is that one day.
    expect(resolved(input('custom', '2026-03-01', null))).toMatchObject({
      first: '2026-03-01',
      last: '2026-03-01',
    });
    // Only the last day given, before any drill: still a real range.
    expect(resolved(input('custom', null, '2024-01-01'), ['2025-01-01'])).toMatchObject({
      first: '2024-01-01',
      last: '2024-01-01',
    });
  });

  it('ignores the dates of a preset and refuses a custom period that ends before it starts', () => {
    expect(resolved(input('90d', '2020-01-01', '2020-02-01')).filters).toEqual({
      period: '90d',
      from: null,
      to: null,
    });
    const result = resolveReportPeriod(input('custom', '2025-05-01', '2025-04-01'), TODAY, []);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem.message).toMatch(
      /starts after it ends: go back .* on or before/u,
    );
  });
});

const NOW = Date.UTC(2026, 0, 1);
const report = (
  specs: readonly DrillSpec[],
  period: ReportPeriodRange,
  extra: Partial<TrendsSource> = {},
) => {
  const source = sourceOf(specs, extra);
  const prepared = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
  return { prepared, result: buildTrendReport(source, prepared, 'team-a', period, TODAY) };
};

describe('buildTrendReport', () => {
  const specs: DrillSpec[] = [
    { id: 'd1', day: 10, phases: [4, 3, 10, 5, 4, 6], severity: 'SEV1' },
    { id: 'd2', day: 20, phases: [2, 3, 6, 5, 4, 6], scenarioId: 'scenario-2' },
    { id: 'd3', day: 30, phases: [2, 3, 4], status: 'aborted' },
    { id: 'd4', day: 40, phases: [6, 3, 10, 5, 4, 6], teamId: 'team-b' },
    { id: 'd5', day: 400, phases: FULL },
  ];
  const scenarioNames = new Map([
    ['scenario-1', 'Instance down'],
    ['scenario-2', 'Disk full'],
  ]);

  it('holds the team, its counts and the drills behind the chart in time order', () => {
    const { result } = report(specs, resolved(input('all'), ['2025-01-11']), { scenarioNames });
    expect(result?.team.name).toBe('Alpha');
    expect(result?.view.completed).toBe(3);
    expect(result?.view.aborted).toBe(1);
    expect(result?.drills.map((row) => [row.id, row.recovery, row.rolling])).toEqual([
      ['d1', 22, 22],
      ['d2', 18, 20],
      ['d5', 22, 22],
    ]);
    expect(result?.drills[0]).toMatchObject({
      date: '2025-01-11',
      severity: 'SEV1',
      scenarioName: 'Instance down',
      title: 'Drill d1',
    });
  });

  it('counts only the period, groups phases by severity and by scenario', () => {
    const { result } = report(specs, resolved(input('custom', '2025-01-01', '2025-12-31')), {
      scenarioNames,
    });
    expect(result?.view.completed).toBe(2);
    expect(result?.view.breakdown.map((group) => [group.label, group.n])).toEqual([
      ['SEV1', 1],
      ['SEV2', 1],
    ]);
    expect(
      result?.byScenario.map((group) => [group.label, group.n, group.medians.diagnose]),
    ).toEqual([
      ['Disk full', 1, 6],
      ['Instance down', 1, 10],
    ]);
  });

  it('compares this period with the one before it, on the team only', () => {
    const period = resolved(input('custom', '2025-12-01', '2027-01-31'));
    const { result } = report(specs, period);
    expect(result?.view.completed).toBe(1);
    expect(result?.view.comparison.summaryA.n).toBe(2);
    expect(result?.view.comparison.summaryB.n).toBe(1);
    expect(result?.view.comparison.sentence).toMatch(/Too few drills/u);
  });

  it("applies the Trends screen's filters and names them, ignoring ids the team does not hold", () => {
    const source = sourceOf(specs, { scenarioNames });
    const prepared = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
    const period = resolved(input('all'));
    const bySeverity = buildTrendReport(source, prepared, 'team-a', period, TODAY, {
      ...NO_REPORT_FILTERS,
      severity: 'SEV1',
    });
    expect(bySeverity?.view.completed).toBe(1);
    expect(bySeverity?.filters).toEqual({
      service: null,
      severity: 'SEV1',
      scenario: null,
      results: NO_RESULT_FILTERS,
    });
    const byScenario = buildTrendReport(source, prepared, 'team-a', period, TODAY, {
      ...NO_REPORT_FILTERS,
      serviceId: 'no-such-service',
      scenarioId: 'scenario-2',
    });
    expect(byScenario?.view.completed).toBe(1);
    expect(byScenario?.filters).toEqual({
      service: null,
      severity: null,
      scenario: 'Disk full',
      results: NO_RESULT_FILTERS,
    });
  });

  it('applies the results filters to every drill figure, and names them', () => {
    const source = sourceOf([
      { id: 'held', day: 0, phases: FULL, hypothesis: 'yes', detectedBy: 'monitoring' },
      { id: 'held-2', day: 2, phases: FULL, hypothesis: 'yes', detectedBy: 'people' },
      { id: 'not-held', day: 4, phases: FULL, hypothesis: 'no', detectedBy: 'monitoring' },
      { id: 'no-review', day: 6, phases: FULL },
    ]);
    const prepared = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
    const period = resolved(input('all'), drillDates(prepared, 'team-a'));
    const held = buildTrendReport(source, prepared, 'team-a', period, TODAY, {
      ...NO_REPORT_FILTERS,
      hypothesis: 'yes',
    });
    expect(held?.view.completed).toBe(2);
    expect(held?.drills.map((row) => row.id)).toEqual(['held', 'held-2']);
    const compared = held?.view.comparison;
    expect((compared?.summaryA.n ?? 0) + (compared?.summaryB.n ?? 0)).toBe(2);
    expect(held?.filters.results).toEqual({ ...NO_RESULT_FILTERS, hypothesis: 'yes' });
    expect(held?.view.reality.resultsIgnored).toBe(true);
    const both = buildTrendReport(source, prepared, 'team-a', period, TODAY, {
      ...NO_REPORT_FILTERS,
      hypothesis: 'yes',
      detectedBy: 'monitoring',
    });
    expect(both?.drills.map((row) => row.id)).toEqual(['held']);
    const unrecorded = buildTrendReport(source, prepared, 'team-a', period, TODAY, {
      ...NO_REPORT_FILTERS,
      hypothesis: 'not-recorded',
    });
    expect(unrecorded?.drills.map((row) => row.id)).toEqual(['no-review']);
  });

  it("sets the team's recovered incidents of the period beside its drills", () => {
    const source = sourceOf(
      [0, 1, 2, 3, 4].map((day) => ({ id: `d${day}`, day, phases: FULL })),
      { scenarioNames },
    );
    const prepared = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
    const incidents = prepareIncidents(
      [
        ...[40, 50, 60, 70, 80].map((m, day) => recoveredIn(`i${day}`, day, m)),
        { ...recoveredIn('other-team', 1, 5), teamId: 'team-b' },
        incidentRecord({ id: 'open', day: 3, at: { detected: 0 }, state: 'open' }),
      ],
      { timeZoneOffsetMinutes: 0 },
    );
    const period = resolved(input('all'));
    const result = buildTrendReport(
      source,
      prepared,
      'team-a',
      period,
      TODAY,
      undefined,
      incidents,
    );
    const reality = result?.view.reality;
    expect(reality?.incidents).toBe(5);
    // Drills recover in 22 min (FULL); incidents in 40 … 80, median 60.
    expect(reality?.comparison.rows[0]?.incidents).toMatchObject({ n: 5, median: 60 });
    expect(reality?.comparison.sentence).toMatch(
      /^In drills the team recovers in a median of 22 min; in real incidents, 60 min \(n = 5 vs 5 drills\)\. Real incidents take about 2\.7× as long to recover as drills/u,
    );
  });

  it('compares the two periods chosen on Trends when the route carries them', () => {
    const compare = {
      a: { from: '2025-01-01', to: '2025-01-15' },
      b: { from: '2025-01-16', to: '2026-12-31' },
    };
    const period = resolveReportPeriod({ period: 'all', from: null, to: null, compare }, TODAY, []);
    if (!period.ok) throw new Error('expected a period');
    expect(period.value.comparison).toBe('chosen');
    expect(period.value.compared).toEqual(compare);
    const { result } = report(specs, period.value);
    expect(result?.view.comparison.summaryA.n).toBe(1);
    expect(result?.view.comparison.summaryB.n).toBe(2);
    // Half-open or reversed periods fall back to the report's own comparison.
    const open = resolveReportPeriod(
      {
        period: 'all',
        from: null,
        to: null,
        compare: { a: { from: null, to: null }, b: compare.b },
      },
      TODAY,
      [],
    );
    expect(open.ok && open.value.comparison).not.toBe('chosen');
  });

  it('is empty, not missing, for a team without completed drills in the period', () => {
    const { result } = report(specs, resolved(input('90d')));
    expect(result?.view.completed).toBe(0);
    expect(result?.drills).toEqual([]);
    expect(result?.byScenario).toEqual([]);
  });

  it('is undefined for a team the data does not hold', () => {
    const source = sourceOf(specs);
    const prepared = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
    expect(
      buildTrendReport(source, prepared, 'gone', resolved(input('all')), TODAY),
    ).toBeUndefined();
  });

  it('lists the days of the team’s finished drills', () => {
    const { prepared } = report(specs, resolved(input('all')));
    expect(drillDates(prepared, 'team-a')).toEqual([
      '2025-01-11',
      '2025-01-21',
      '2025-01-31',
      '2026-02-05',
    ]);
  });
});

describe('maturityGrid', () => {
  it('puts each category in a row and each assessment in a column, oldest first', () => {
    const history: MaturityHistory = {
      by: 'category',
      assessments: 3,
      lines: [
        {
          id: 'c1',
          label: 'People',
          points: [
            { assessmentId: 'a2', takenOn: '2025-06-01', score: 2.5 },
            { assessmentId: 'a3', takenOn: '2025-06-01', score: 3 },
          ],
        },
        {
          id: 'c2',
          label: 'Tools',
          points: [{ assessmentId: 'a1', takenOn: '2025-01-01', score: 1.5 }],
        },
      ],
    };
    expect(maturityGrid(history)).toEqual({
      columns: [
        { assessmentId: 'a1', takenOn: '2025-01-01' },
        { assessmentId: 'a2', takenOn: '2025-06-01' },
        { assessmentId: 'a3', takenOn: '2025-06-01' },
      ],
      rows: [
        { id: 'c1', label: 'People', scores: [undefined, 2.5, 3] },
        { id: 'c2', label: 'Tools', scores: [1.5, undefined, undefined] },
      ],
    });
  });

  it('is empty without final assessments', () => {
    expect(maturityGrid({ by: 'category', assessments: 0, lines: [] })).toEqual({
      columns: [],
      rows: [],
    });
  });
});
