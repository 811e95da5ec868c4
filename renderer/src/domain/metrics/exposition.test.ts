import { describe, expect, it } from 'vitest';
import smallProm from './fixtures/small.prom?raw';
import smallOm from './fixtures/small.om?raw';
import {
  historyMetrics,
  recoveriesOf,
  renderHistory,
  renderSnapshot,
  snapshotMetrics,
} from './exposition';
import {
  answeredAll,
  assessment,
  INCIDENT,
  INCIDENTS,
  NOW,
  OPEN_INCIDENT,
  smallInput,
  storedIncident,
  UNACKNOWLEDGED_INCIDENT,
} from './metrics-fixtures';
import { METRIC } from './families';
import { CURRENT_MODEL } from '../maturity/models';
import { scoreAssessment } from '../maturity/scoring';
import { prepareDrills } from '../trends/prepare';
import { computeTrends } from '../trends/compute';
import { sourceOf, FULL, DAY0 } from '../trends/trends-fixtures';
import type { MetricFamily } from './text-format';
import type { TrendFilters } from '../trends/filters';
import { measureIncident } from '../incidents/incident-measures';

const ALL_DRILLS: TrendFilters = {
  teamId: null,
  period: 'all',
  from: null,
  to: null,
  serviceId: null,
  severity: null,
  scenarioId: null,
  hypothesis: null,
  detectedBy: null,
  checklist: null,
};

function family(families: readonly MetricFamily[], name: string): MetricFamily {
  const found = families.find((f) => f.name === name);
  if (found === undefined) throw new Error(`no family ${name}`);
  return found;
}

function gaugeValues(families: readonly MetricFamily[], name: string): Record<string, number> {
  const found = family(families, name);
  if (found.kind === 'histogram') throw new Error('not a gauge');
  return Object.fromEntries(
    found.series.map((series) => [
      series.labels.map(([, value]) => value ?? '').join('|'),
      series.points.at(-1)?.value ?? NaN,
    ]),
  );
}

describe('the metrics export of a small hand-made dataset', () => {
  it('writes the snapshot byte for byte', () => {
    expect(renderSnapshot(smallInput())).toBe(smallProm);
  });

  it('writes the history byte for byte, ending in # EOF', () => {
    const history = renderHistory(smallInput());
    expect(history).toBe(smallOm);
    expect(history.endsWith('\n# EOF\n')).toBe(true);
  });

  it('labels drills and incidents by source, and an incident has no scenario', () => {
    const snapshot = renderSnapshot(smallInput());
    expect(snapshot).toContain(
      'mttr_studio_time_to_recover_seconds_count{source="incident",team="Alpha",severity="SEV1"} 1\n',
    );
    expect(snapshot).toContain(
      'mttr_studio_time_to_recover_seconds_sum{source="drill",team="Alpha",severity="SEV2",scenario="Instance down"} 1320\n',
    );
  });

  it('with no incidents (the app today), writes drills only and keeps every family', () => {
    const snapshot = renderSnapshot(smallInput([]));
    expect(snapshot).not.toContain('source="incident"');
    expect(snapshot).toContain('# TYPE mttr_studio_incidents_imported_total counter\n');
    expect(snapshot).not.toContain('mttr_studio_incidents_imported_total{');
  });

  it('writes only HELP and TYPE lines when there is no data', () => {
    const empty = smallInput([]);
    const input = { ...empty, trends: sourceOf([]) };
    const lines = renderSnapshot(input).trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('# '))).toBe(true);
    expect(lines.filter((line) => line.startsWith('# TYPE'))).toHaveLength(10);
    expect(renderHistory(input).split('\n').at(-2)).toBe('# EOF');
  });

  it('never writes an id or a person: labels are names', () => {
    const snapshot = renderSnapshot(smallInput());
    for (const id of [
      ...['team-a', 'team-b', 'svc-1', 'svc-2', 'scenario-1', 'd1', 'a1'],
      ...INCIDENTS.flatMap((incident) => [incident.id, incident.sourceId]),
      // A spreadsheet's mapping name may be anything a user typed: the tool is `csv`.
      UNACKNOWLEDGED_INCIDENT.sourceKey,
    ]) {
      expect(snapshot).not.toContain(`"${id}"`);
    }
    const labelNames = new Set(
      [...snapshot.matchAll(/[{,]([a-z_]+)="/gu)].map((match) => match[1]),
    );
    expect([...labelNames].sort()).toEqual(
      [
        'category',
        'le',
        'phase',
        'scenario',
        'service',
        'severity',
        'source',
        'team',
        'tool',
      ].sort(),
    );
  });

  it('names every metric with the prefix, base units and _total on counters', () => {
    for (const f of snapshotMetrics(smallInput())) {
      expect(f.name.startsWith('mttr_studio_')).toBe(true);
      if (f.kind === 'counter') expect(f.name.endsWith('_total')).toBe(true);
      if (f.kind === 'histogram' || f.unit !== undefined) expect(f.name).toMatch(/_seconds$/u);
    }
  });
});

describe('the figures are the app’s own', () => {
  it('sum and count of recovery times match what Trends compute for the same drills', () => {
    const input = smallInput([]);
    const prepared = prepareDrills(input.trends, { now: NOW, timeZoneOffsetMinutes: 0 });
    const trends = computeTrends(input.trends, prepared, {
      filters: ALL_DRILLS,
      groupBy: 'team',
      today: '2025-02-01',
    });
    const ttr = family(snapshotMetrics(input), METRIC.timeToRecover);
    if (ttr.kind !== 'histogram') throw new Error('not a histogram');
    const count = ttr.series.reduce((n, s) => n + (s.points[0]?.value.count ?? 0), 0);
    const sum = ttr.series.reduce((n, s) => n + (s.points[0]?.value.sum ?? 0), 0);
    expect(count).toBe(trends.keyMeasures.timeToRecover.n);
    expect(sum / count / 60).toBeCloseTo(trends.keyMeasures.timeToRecover.mean ?? NaN, 9);
    expect(trends.completed).toBe(2);
    expect(trends.aborted).toBe(1);
  });

  it('excludes paused time and skipped phases, as the drill page does', () => {
    const recoveries = recoveriesOf(smallInput([]));
    const d2 = recoveries.find((r) => r.severity === 'SEV1');
    expect(d2?.timeToRecover).toBe(31 * 60_000);
    expect(d2?.phases.diagnose).toBeUndefined();
    const aborted = recoveries.find((r) => !r.completed);
    expect(aborted?.timeToRecover).toBeUndefined();
    expect(aborted?.phases).toEqual({});
  });

  it('measures a stored incident with measureIncident: a measure not recorded is left out', () => {
    const recoveries = recoveriesOf({ ...smallInput(), trends: sourceOf([]) });
    expect(recoveries).toHaveLength(2);
    const [recovered, unacknowledged] = recoveries;
    expect(recovered?.timeToRecover).toBe(47 * 60_000);
    expect(recovered?.phases).toEqual({
      detect: 4 * 60_000,
      acknowledge: 2 * 60_000,
      diagnose: 13 * 60_000,
    });
    expect(unacknowledged?.timeToRecover).toBe(130 * 60_000);
    // No acknowledgement: neither acknowledge nor diagnose (acknowledged → diagnosed) is known.
    expect(unacknowledged?.phases).toEqual({ mitigate: 60 * 60_000 });
    expect(unacknowledged?.severity).toBeUndefined();
    expect(unacknowledged?.team).toBe('Bravo');
  });

  it('never counts an open incident: no counter, no histogram, no history sample', () => {
    const input = { ...smallInput([OPEN_INCIDENT]), trends: sourceOf([]) };
    expect(recoveriesOf(input)).toEqual([]);
    const lines = [renderSnapshot(input), renderHistory(input)].join('\n').split('\n');
    expect(lines.filter((line) => !line.startsWith('#') && line !== '')).toEqual([]);
  });

  it('counts recovered incidents by team, severity and tool, and writes one history sample each', () => {
    const snapshot = renderSnapshot(smallInput());
    expect(snapshot).toContain(
      'mttr_studio_incidents_imported_total{source="incident",team="Alpha",severity="SEV1",tool="pagerduty"} 1\n',
    );
    expect(snapshot).toContain(
      'mttr_studio_incidents_imported_total{source="incident",team="Night \\"owls\\" \\\\ on\\ncall",tool="csv"} 1\n',
    );
    const history = renderHistory(smallInput());
    const samples = history.match(/^mttr_studio_incidents_imported_total\{.*$/gmu) ?? [];
    expect(samples).toHaveLength(2);
    expect(samples[0]).toMatch(
      new RegExp(` 1 ${String((INCIDENT.milestones.recovered?.at ?? 0) / 1000)}$`, 'u'),
    );
  });

  it('labels an incident’s service as the team names it, and keeps an unmatched name', () => {
    const snapshot = renderSnapshot(smallInput());
    expect(snapshot).toContain(
      'mttr_studio_service_time_to_recover_seconds_count{source="incident",team="Alpha",service="Checkout",severity="SEV1"} 1\n',
    );
    expect(snapshot).toContain('service="Billing"');
    expect(snapshot).not.toContain('service="checkout');
  });

  it('an incident with no severity leaves the label out; with no time, it stays out of the history', () => {
    const timeless = storedIncident('t', { times: {} });
    const input = { ...smallInput([timeless]), trends: sourceOf([]) };
    expect(renderSnapshot(input)).toContain(
      'mttr_studio_incidents_imported_total{source="incident",team="Alpha",tool="pagerduty"} 1\n',
    );
    expect(renderSnapshot(input)).not.toContain('mttr_studio_time_to_recover_seconds_count{');
    expect(renderHistory(input)).not.toContain('mttr_studio_incidents_imported_total{');
  });

  it('the incidents’ count and mean are measureIncident’s over the recovered ones', () => {
    const ttr = family(snapshotMetrics(smallInput()), METRIC.timeToRecover);
    if (ttr.kind !== 'histogram') throw new Error('not a histogram');
    const incidents = ttr.series.filter((s) => s.labels.some(([, v]) => v === 'incident'));
    const count = incidents.reduce((n, s) => n + (s.points[0]?.value.count ?? 0), 0);
    const sum = incidents.reduce((n, s) => n + (s.points[0]?.value.sum ?? 0), 0);
    const expected = [INCIDENT, UNACKNOWLEDGED_INCIDENT].map(
      (incident) => measureIncident(incident).timeToRecover ?? NaN,
    );
    expect(count).toBe(2);
    expect(sum).toBe(expected.reduce((a, b) => a + b, 0) / 1000);
  });

  it('scores maturity with the app’s scoring function and the latest final assessment', () => {
    const answers = answeredAll('mostly').map((answer, index) =>
      index % 3 === 0 ? { ...answer, value: 'partly' as const } : answer,
    );
    const input = smallInput([]);
    const trends = {
      ...input.trends,
      assessments: [
        assessment('old', 'team-a', '2024-06-01', DAY0 - 200 * 86_400_000),
        assessment('new', 'team-a', '2024-12-01', DAY0 - 30 * 86_400_000),
      ],
      answersByAssessment: new Map([
        ['old', answeredAll('yes')],
        ['new', answers],
      ]),
    };
    const expected = scoreAssessment(CURRENT_MODEL, answers);
    const families = snapshotMetrics({ ...input, trends });
    const scores = gaugeValues(families, METRIC.maturityScore);
    const levels = gaugeValues(families, METRIC.maturityLevel);
    for (const category of expected.categories) {
      const name = CURRENT_MODEL.categories.find((c) => c.id === category.categoryId)?.name;
      expect(scores[`Alpha|${name ?? ''}`]).toBe(category.score);
      expect(levels[`Alpha|${name ?? ''}`]).toBe(category.level);
    }
    // The history holds both assessments, each on the day it was taken.
    const history = family(historyMetrics({ ...input, trends }), METRIC.maturityScore);
    expect(history.series[0]?.points.map((p) => p.at)).toEqual([
      Date.parse('2024-06-01T00:00:00Z'),
      Date.parse('2024-12-01T00:00:00Z'),
    ]);
  });

  it('the last drill gauges follow the latest recovery, not the latest start', () => {
    // d-long starts first but recovers after d-short.
    const trends = sourceOf([
      { id: 'long', day: 0, phases: [1, 1, 1, 600, 1, 1] },
      { id: 'short', day: 0, phases: [2, 1, 1, 1, 1, 1] },
    ]);
    const families = snapshotMetrics({ trends, incidents: [], now: NOW });
    expect(gaugeValues(families, METRIC.lastDrillTimeToRecover)).toEqual({ Alpha: 603 * 60 });
    expect(gaugeValues(families, METRIC.lastDrillRecovered)).toEqual({
      Alpha: (DAY0 + 604 * 60_000) / 1000,
    });
  });

  it('counts a drill of several services once per service, and once in the recovery histogram', () => {
    const trends = sourceOf([{ id: 'x', day: 0, phases: FULL, serviceIds: ['svc-1', 'svc-2'] }]);
    const snapshot = renderSnapshot({ trends, incidents: [], now: NOW });
    expect(snapshot.match(/^mttr_studio_time_to_recover_seconds_count/gmu)).toHaveLength(1);
    expect(snapshot.match(/^mttr_studio_service_time_to_recover_seconds_count/gmu)).toHaveLength(2);
  });
});
