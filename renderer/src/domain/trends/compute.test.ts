import { describe, expect, it } from 'vitest';
import { computeTrends } from './compute';
import { NO_FILTERS, type TrendFilters } from './filters';
import { prepareDrills } from './prepare';
import { runOverRun } from './series';
import { FULL, sourceOf, type DrillSpec } from './trends-fixtures';

const TODAY = '2025-12-31';
const view = (
  specs: readonly DrillSpec[],
  filters: Partial<TrendFilters> = {},
  groupBy = 'team' as const,
) => {
  const source = sourceOf(specs);
  const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
  return computeTrends(source, prepared, {
    filters: { ...NO_FILTERS, ...filters },
    groupBy,
    today: TODAY,
  });
};

describe('computeTrends: drill series', () => {
  it('gives empty views, not errors, for a team with no finished drills', () => {
    const trends = view([{ id: 'd1', day: 1, phases: [2], status: 'running' }]);
    expect(trends.completed).toBe(0);
    expect(trends.aborted).toBe(0);
    expect(trends.series.timeToRecover.summary).toMatchObject({ n: 0, median: undefined });
    expect(trends.distribution).toEqual([]);
    expect(trends.breakdown).toEqual([]);
    expect(trends.runs).toEqual([]);
    expect(trends.keyMeasures.runbookUsage).toEqual({ k: 0, n: 0 });
    expect(trends.comparison.difference).toBeNull();
  });

  it('measures completed drills only and counts aborted ones apart', () => {
    const trends = view([
      { id: 'd1', day: 1, phases: FULL },
      { id: 'd2', day: 2, phases: [2, 3, 4], status: 'aborted' },
      { id: 'd3', day: 3, phases: [4, 3, 10, 5, 4, 6] },
    ]);
    expect(trends.completed).toBe(2);
    expect(trends.aborted).toBe(1);
    // Recovery time = detected → recovered = acknowledge + diagnose + mitigate + verify = 22.
    expect(trends.series.timeToRecover.points.map((p) => p.value)).toEqual([22, 22]);
    expect(trends.series.detect.summary).toMatchObject({
      n: 2,
      median: 3,
      mean: 3,
      smallSample: true,
    });
  });

  it('leaves a skipped phase out instead of counting it as 0', () => {
    const trends = view([
      { id: 'd1', day: 1, phases: [2, null, 10, 5, 4, 6] },
      { id: 'd2', day: 2, phases: FULL },
    ]);
    expect(trends.series.acknowledge.points.map((p) => p.value)).toEqual([3]);
    expect(trends.series.acknowledge.summary.median).toBe(3);
    expect(trends.breakdown[0]?.medians.acknowledge).toBe(3);
    expect(trends.runs[0]?.runs[0]?.phases.acknowledge).toBeUndefined();
  });

  it('draws points in time order with a trailing rolling median', () => {
    const trends = view([
      { id: 'late', day: 30, phases: [2, 3, 40, 5, 4, 6] },
      { id: 'early', day: 1, phases: FULL },
    ]);
    expect(trends.series.diagnose.points.map((p) => p.value)).toEqual([10, 40]);
    expect(trends.series.diagnose.rolling.map((p) => p.value)).toEqual([10, 25]);
  });

  it('filters by severity, service, scenario, team and period', () => {
    const specs: DrillSpec[] = [
      { id: 'a', day: 1, phases: FULL, severity: 'SEV1', serviceIds: ['svc-1'] },
      { id: 'b', day: 200, phases: FULL, severity: 'SEV2', serviceIds: ['svc-1', 'svc-2'] },
      { id: 'c', day: 340, phases: FULL, severity: 'SEV2', scenarioId: 'other', teamId: 'team-b' },
    ];
    expect(view(specs, { severity: 'SEV2' }).completed).toBe(2);
    expect(view(specs, { serviceId: 'svc-2' }).completed).toBe(1);
    expect(view(specs, { scenarioId: 'other' }).completed).toBe(1);
    expect(view(specs, { teamId: 'team-a' }).completed).toBe(2);
    // Day 340 is 2025-12-07: inside the last 90 days before 2025-12-31; day 200 is not.
    expect(view(specs, { period: '90d' }).completed).toBe(1);
    expect(view(specs, { period: 'custom', from: '2025-07-01', to: '2025-07-31' }).completed).toBe(
      1,
    );
  });

  it('groups the phase breakdown by the chosen attribute and flags small groups', () => {
    const specs: DrillSpec[] = [
      ...[1, 2, 3, 4, 5].map((day) => ({
        id: `s1-${day}`,
        day,
        phases: FULL,
        severity: 'SEV1' as const,
      })),
      { id: 's3', day: 9, phases: [2, 3, 20, 5, 4, 6], severity: 'SEV3' },
    ];
    const groups = view(specs, {}, 'severity' as never).breakdown;
    expect(groups.map((g) => [g.label, g.n, g.smallSample, g.medians.diagnose])).toEqual([
      ['SEV1', 5, false, 10],
      ['SEV3', 1, true, 20],
    ]);
  });

  it('counts a drill of two services in both service groups', () => {
    const groups = view(
      [{ id: 'd', day: 1, phases: FULL, serviceIds: ['svc-1', 'svc-2'] }],
      {},
      'service' as never,
    ).breakdown;
    expect(groups.map((g) => g.label)).toEqual(['Checkout', 'Search']);
  });

  it('lists each scenario run more than once, runs oldest first', () => {
    const trends = view(
      [
        { id: 'second', day: 5, phases: [1, 3, 10, 5, 4, 6] },
        { id: 'first', day: 1, phases: FULL },
        { id: 'once', day: 2, phases: FULL, scenarioId: 'single' },
      ],
      { teamId: 'team-a' },
    );
    expect(trends.runs).toHaveLength(1);
    expect(trends.runs[0]?.runs.map((r) => [r.drillId, r.phases.detect])).toEqual([
      ['first', 2],
      ['second', 1],
    ]);
    expect(trends.runs[0]?.teamName).toBeNull();
  });

  it('keeps each team’s runs of the same scenario apart, named by team', () => {
    const specs: DrillSpec[] = [
      { id: 'a1', day: 1, phases: FULL, teamId: 'team-a' },
      { id: 'b1', day: 2, phases: FULL, teamId: 'team-b' },
      { id: 'a2', day: 3, phases: FULL, teamId: 'team-a' },
      { id: 'b2', day: 4, phases: FULL, teamId: 'team-b' },
    ];
    const source = sourceOf(specs);
    const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
    const runs = runOverRun(
      prepared,
      new Map([
        ['team-a', 'Alpha'],
        ['team-b', 'Bravo'],
      ]),
    );
    expect(
      runs.map((scenario) => [scenario.teamName, scenario.runs.map((r) => r.drillId)]),
    ).toEqual([
      ['Alpha', ['a1', 'a2']],
      ['Bravo', ['b1', 'b2']],
    ]);
  });

  it('works out re-runs for one team only, not across every team', () => {
    const specs: DrillSpec[] = [
      { id: 'a1', day: 1, phases: FULL, teamId: 'team-a' },
      { id: 'a2', day: 3, phases: FULL, teamId: 'team-a' },
    ];
    expect(view(specs).runs).toEqual([]);
    expect(view(specs, { teamId: 'team-a' }).runs).toHaveLength(1);
  });
});

describe('computeTrends: distribution', () => {
  it('bins every recovery time once, in contiguous bins of equal width', () => {
    const diagnoses = [1, 2, 3, 5, 8, 13, 21, 34];
    const trends = view(
      diagnoses.map((d, i) => ({ id: `d${i}`, day: i, phases: [2, 3, d, 5, 4, 6] })),
    );
    const bins = trends.distribution;
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(diagnoses.length);
    bins.slice(1).forEach((b, i) => {
      expect(b.x0).toBe(bins[i]?.x1);
    });
    const widths = new Set(bins.slice(0, -1).map((b) => b.x1 - b.x0));
    expect(widths.size).toBe(1);
    // Recovery = 3 + diagnose + 5 + 4, so from 13 to 46 minutes.
    expect(bins[0]?.x0).toBeLessThanOrEqual(13);
    expect(bins.at(-1)?.x1).toBeGreaterThanOrEqual(46);
  });
});

describe('computeTrends: key measures', () => {
  it('gives rates as k of n over completed drills and comms latency from detection', () => {
    const trends = view([
      { id: 'd1', day: 1, phases: FULL, runbook: true, notifyAfterDetect: 4, reviewHeld: true },
      { id: 'd2', day: 2, phases: FULL, reviewHeld: false },
      { id: 'd3', day: 3, phases: FULL, runbook: true },
      { id: 'd4', day: 4, phases: [2, 3], status: 'aborted', runbook: true },
    ]);
    expect(trends.keyMeasures.runbookUsage).toEqual({ k: 2, n: 3 });
    expect(trends.keyMeasures.reviewRate).toEqual({ k: 1, n: 3 });
    expect(trends.keyMeasures.automationCoverage).toEqual({ k: 0, n: 3 });
    expect(trends.keyMeasures.commsLatency.median).toBe(4);
    expect(trends.keyMeasures.commsRecorded).toEqual({ k: 1, n: 3 });
  });
});

describe('computeTrends: comparing two periods', () => {
  const periods = {
    a: { from: '2025-01-01', to: '2025-03-31' },
    b: { from: '2025-04-01', to: '2025-06-30' },
  };
  const run = (day: number, diagnose: number): DrillSpec => ({
    id: `d${day}`,
    day,
    phases: [2, 3, diagnose, 5, 4, 6],
  });

  it('says plainly when the data cannot tell the periods apart', () => {
    const specs = [1, 5, 9, 14, 20]
      .map((day, i) => run(day, 8 + (i % 3)))
      .concat([100, 105, 110, 120, 130].map((day, i) => run(day, 9 + (i % 2))));
    const source = sourceOf(specs);
    const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
    const { comparison } = computeTrends(source, prepared, {
      filters: NO_FILTERS,
      groupBy: 'team',
      today: TODAY,
      periods,
    });
    expect(comparison.summaryA.n).toBe(5);
    expect(comparison.summaryB.n).toBe(5);
    expect(comparison.difference?.distinguishable).toBe(false);
    expect(comparison.sentence).toMatch(
      /^With these drills the data cannot tell the two periods apart: the difference in median recovery time could be anywhere from −?\d/,
    );
  });

  it('names the direction when the interval excludes 0', () => {
    const specs = [1, 5, 9, 14, 20, 25]
      .map((day) => run(day, 40))
      .concat([100, 105, 110, 120, 130, 140].map((day) => run(day, 5)));
    const source = sourceOf(specs);
    const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
    const { comparison } = computeTrends(source, prepared, {
      filters: NO_FILTERS,
      groupBy: 'team',
      today: TODAY,
      periods,
    });
    expect(comparison.difference?.difference).toBe(-35);
    expect(comparison.sentence).toContain("Period B's median recovery time is 35 minutes shorter");
  });

  it('asks for more drills when a period has fewer than 3', () => {
    const source = sourceOf([run(1, 10), run(100, 10)]);
    const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
    const { comparison } = computeTrends(source, prepared, {
      filters: NO_FILTERS,
      groupBy: 'team',
      today: TODAY,
      periods,
    });
    expect(comparison.sentence).toMatch(/^Too few drills to compare/);
  });
});

describe('computeTrends: the results filters', () => {
  // Held drills recover in 28 minutes from detection, the others in 58, so every figure shows which were read.
  const held = (id: string, day: number, extra: Partial<DrillSpec> = {}): DrillSpec => ({
    id,
    day,
    phases: [2, 3, 10, 5, 10, 6],
    hypothesis: 'yes',
    runbook: true,
    scenarioId: 'scenario-1',
    ...extra,
  });
  const slow = (id: string, day: number, extra: Partial<DrillSpec> = {}): DrillSpec => ({
    id,
    day,
    phases: [2, 3, 40, 5, 10, 6],
    hypothesis: 'no',
    scenarioId: 'scenario-1',
    ...extra,
  });
  const specs = [
    held('h1', 1),
    held('h2', 2, { severity: 'SEV1' }),
    held('h3', 100),
    slow('s1', 3),
    slow('s2', 101, { severity: 'SEV1' }),
    { id: 'n1', day: 4, phases: [2, 3, 40, 5, 10, 6], scenarioId: 'scenario-1' },
    { id: 'a1', day: 5, phases: [2], status: 'aborted', hypothesis: 'yes' } as DrillSpec,
  ];
  const periods = {
    a: { from: '2025-01-01', to: '2025-03-31' },
    b: { from: '2025-04-01', to: '2025-06-30' },
  };
  const trends = (filters: Partial<TrendFilters>) => {
    const source = sourceOf(specs);
    const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
    return computeTrends(source, prepared, {
      filters: { ...NO_FILTERS, teamId: 'team-a', ...filters },
      groupBy: 'severity',
      today: TODAY,
      periods,
    });
  };

  it('narrows every drill figure to the drills with that result', () => {
    const all = trends({});
    expect(all.completed).toBe(6);
    const onlyHeld = trends({ hypothesis: 'yes' });
    expect(onlyHeld.completed).toBe(3);
    expect(onlyHeld.aborted).toBe(1);
    expect(onlyHeld.series.timeToRecover.points.map((p) => p.value)).toEqual([28, 28, 28]);
    expect(onlyHeld.series.timeToRecover.summary).toMatchObject({ n: 3, median: 28 });
    expect(onlyHeld.distribution.reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
    expect(onlyHeld.breakdown.map((group) => [group.label, group.n])).toEqual([
      ['SEV1', 1],
      ['SEV2', 2],
    ]);
    expect(onlyHeld.keyMeasures.runbookUsage).toEqual({ k: 3, n: 3 });
    expect(onlyHeld.runs.flatMap((scenario) => scenario.runs.map((run) => run.drillId))).toEqual([
      'h1',
      'h2',
      'h3',
    ]);
    expect(onlyHeld.comparison.summaryA.n).toBe(2);
    expect(onlyHeld.comparison.summaryB.n).toBe(1);
    expect(onlyHeld.reality.comparison.drillCount).toBe(3);
    expect(onlyHeld.reality.resultsIgnored).toBe(true);
    expect(all.reality.resultsIgnored).toBe(false);
  });

  it('keeps drills with no review apart, under “not recorded”', () => {
    const unrecorded = trends({ hypothesis: 'not-recorded' });
    expect(unrecorded.series.timeToRecover.points.map((p) => p.value)).toEqual([58]);
    expect(trends({ hypothesis: 'no' }).completed).toBe(2);
    expect(trends({ hypothesis: 'unsure' }).completed).toBe(0);
  });

  it('combines with the other filters', () => {
    expect(trends({ hypothesis: 'yes', severity: 'SEV1' }).completed).toBe(1);
    expect(trends({ hypothesis: 'no', detectedBy: 'monitoring' }).completed).toBe(0);
    expect(trends({ detectedBy: 'not-recorded' }).completed).toBe(6);
    expect(trends({ checklist: 'none' }).completed).toBe(6);
    expect(trends({ checklist: 'all-done' }).completed).toBe(0);
  });
});
