import { describe, expect, it } from 'vitest';
import { EMPTY_DRILL_KIT, type DrillRecord, type DrillStatus } from '../../domain/records/drills';
import type { DrillMeasures } from '../../domain/drills/measures';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
import { lastDrills, nextPlanned, recoveryByQuarter, recoveryMedians } from './home-overview';
import { prepareIncidents } from '../../domain/reality/prepare';
import { incidentRecord, recoveredIn } from '../../domain/reality/test-support';

const MINUTE = 60_000;

function record(id: string, status: DrillStatus, plannedFor: string): DrillRecord {
  return {
    id,
    teamId: 't',
    scenarioId: 'builtin:instance-down',
    status,
    severity: 'SEV2',
    plannedFor,
    serviceIds: ['s'],
    title: `Drill ${id}`,
    scenarioName: 'Instance down',
    hypothesis: 'We recover within 30 minutes.',
    roles: { facilitator: 'A', incidentCommander: 'B', scribe: '', responders: [], observers: [] },
    targets: { detect: 5, acknowledge: 5, diagnose: 10, mitigate: 10, verify: 5, close: 5 },
    kit: EMPTY_DRILL_KIT,
    review: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

function ran(
  id: string,
  ranOn: string,
  minutes: number | undefined,
  status: DrillStatus = 'completed',
): EvidenceDrill {
  return {
    drill: record(id, status, ranOn),
    ranOn,
    measures: {
      timeToRecover: minutes === undefined ? undefined : minutes * MINUTE,
    } as DrillMeasures,
  };
}

describe('lastDrills', () => {
  it('lists the three latest drills that ended, completed or aborted, newest first', () => {
    const drills = [
      ran('a', '2026-01-10', 20),
      ran('b', '2026-03-01', 30, 'aborted'),
      ran('c', '2026-02-01', 25),
      ran('d', '2026-04-01', undefined, 'planned'),
      ran('e', '2026-03-20', 15, 'running'),
      ran('f', '2026-02-20', 12),
    ];
    expect(lastDrills(drills).map((entry) => entry.drill.id)).toEqual(['b', 'f', 'c']);
  });
});

describe('nextPlanned', () => {
  it('is the earliest planned drill from today on, never a past or started one', () => {
    const drills = [
      record('past', 'planned', '2026-06-29'),
      record('later', 'planned', '2026-08-01'),
      record('soon', 'planned', '2026-07-10'),
      record('running', 'running', '2026-07-01'),
    ];
    expect(nextPlanned(drills, '2026-06-30')?.id).toBe('soon');
    expect(nextPlanned([record('today', 'planned', '2026-06-30')], '2026-06-30')?.id).toBe('today');
    expect(nextPlanned([drills[0] as DrillRecord], '2026-06-30')).toBeUndefined();
  });
});

describe('recoveryByQuarter', () => {
  it('gives the median and n per calendar quarter, ending with the current one', () => {
    const trend = recoveryByQuarter(
      [
        ran('q1a', '2026-01-01', 10),
        ran('q1b', '2026-03-31', 30),
        ran('q2', '2026-04-01', 40),
        ran('aborted', '2026-04-02', 5, 'aborted'),
        ran('unmeasured', '2026-04-03', undefined),
        ran('too-old', '2024-12-31', 99),
      ],
      '2026-05-15',
      6,
    );
    expect(trend.map((q) => q.label)).toEqual([
      'Q1 2025',
      'Q2 2025',
      'Q3 2025',
      'Q4 2025',
      'Q1 2026',
      'Q2 2026',
    ]);
    expect(trend[0]).toMatchObject({ from: '2025-01-01', to: '2025-03-31' });
    expect(trend[3]).toMatchObject({ from: '2025-10-01', to: '2025-12-31' });
    // Fewer than five drills in a quarter: the window reaches back to every drill before it, up
    // to five (the drill from 2024 counts too), and says so.
    expect(trend[4]).toMatchObject({ inQuarter: 2, earlier: 1, windowFrom: '2024-12-31' });
    expect(trend[4]?.summary).toMatchObject({ n: 3, median: 30 * MINUTE, smallSample: true });
    expect(trend[5]).toMatchObject({ inQuarter: 1, earlier: 3 });
    expect(trend[5]?.summary).toMatchObject({ n: 4, median: 35 * MINUTE });
    expect(trend[0]?.summary).toMatchObject({ n: 0, median: undefined });
  });

  it('crosses a year boundary backwards', () => {
    const trend = recoveryByQuarter([], '2026-02-01', 3);
    expect(trend.map((q) => q.label)).toEqual(['Q3 2025', 'Q4 2025', 'Q1 2026']);
  });

  it('flags a quarter as reliable from five drills on', () => {
    const five = [1, 2, 3, 4, 5].map((minutes) => ran(`d${minutes}`, '2026-04-10', minutes));
    const trend = recoveryByQuarter(five, '2026-04-30', 1);
    expect(trend[0]?.summary).toMatchObject({ n: 5, median: 3 * MINUTE, smallSample: false });
  });
});

describe('recoveryMedians', () => {
  it('gives both medians with n over the last 12 months; open or unrecorded incidents are left out', () => {
    const drills = [
      ran('old', '2024-06-29', 5),
      ran('a', '2024-06-30', 10),
      ran('b', '2025-01-10', 20),
      ran('c', '2025-03-01', 40),
      ran('x', '2025-03-02', 99, 'aborted'),
    ];
    // Day 0 is 1 Jan 2025; each recovered `minutes` after detection.
    const incidents = prepareIncidents(
      [
        recoveredIn('i1', 0, 30),
        recoveredIn('i2', 10, 50),
        recoveredIn('i3', 20, 70),
        recoveredIn('i4', 30, 90),
        incidentRecord({ id: 'open', day: 5, at: { detected: 0 }, state: 'open' }),
        incidentRecord({ id: 'no-recovery', day: 5, at: { detected: 0, acknowledged: 3 } }),
      ],
      { timeZoneOffsetMinutes: 0 },
    );
    const result = recoveryMedians(drills, incidents, '2025-06-29');
    expect(result.from).toBe('2024-06-30');
    // Drills 10, 20, 40: median 20.
    expect(result.drills).toMatchObject({ n: 3, median: 20, smallSample: true });
    // Incidents 30, 50, 70, 90: median 60; p90 at h = 2.7: 70 + 0.7·20 = 84.
    expect(result.incidents).toMatchObject({ n: 4, median: 60 });
    expect(result.incidents.p90).toBeCloseTo(84, 10);
  });

  it('has no incident figure when none are imported', () => {
    const result = recoveryMedians([ran('a', '2025-06-01', 10)], [], '2025-06-29');
    expect(result.incidents).toMatchObject({ n: 0, median: undefined });
  });
});
