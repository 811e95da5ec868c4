import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../records/services';
import {
  EMPTY_DRILL_KIT,
  type DrillRecord,
  type DrillStatus,
  type Severity,
} from '../records/drills';
import type { DrillMeasures } from '../drills/measures';
import { evaluateDrillRule, type EvidenceDrill } from './drill-evidence';
import type { DrillRule } from './model-types';

const TODAY = '2026-06-30';

const MEASURED: DrillMeasures = {
  timeToDetect: 60_000,
  timeToAcknowledge: 60_000,
  timeToDiagnose: 300_000,
  timeToMitigate: 600_000,
  timeToRecover: 1_200_000,
  impactDuration: 1_260_000,
  commsLatency: 30_000,
  pausedTotal: 0,
  runbookUsed: false,
  automationUsed: false,
  reviewHeld: undefined,
};

function service(id: string, tier: 1 | 2 | 3): ServiceRecord {
  return { id, teamId: 't', name: `Service ${id}`, tier, createdAt: 0, updatedAt: 0 };
}

interface DrillOptions {
  readonly ranOn: string;
  readonly services?: readonly string[];
  readonly status?: DrillStatus;
  readonly severity?: Severity;
  readonly reviewHeld?: boolean;
  readonly measures?: Partial<DrillMeasures>;
}

function drill(id: string, options: DrillOptions): EvidenceDrill {
  const record: DrillRecord = {
    id,
    teamId: 't',
    scenarioId: 'builtin:instance-down',
    status: options.status ?? 'completed',
    severity: options.severity ?? 'SEV2',
    plannedFor: options.ranOn,
    serviceIds: options.services ?? ['a'],
    title: `Drill ${id}`,
    scenarioName: 'Instance down',
    hypothesis: 'We recover within 30 minutes.',
    roles: { facilitator: 'A', incidentCommander: 'B', scribe: '', responders: [], observers: [] },
    targets: { detect: 5, acknowledge: 5, diagnose: 10, mitigate: 10, verify: 5, close: 5 },
    kit: EMPTY_DRILL_KIT,
    review:
      options.reviewHeld === undefined
        ? null
        : {
            hypothesisHeld: 'yes',
            detectedBy: null,
            wentWell: '',
            wentBadly: '',
            reviewHeld: options.reviewHeld,
            savedAt: 0,
          },
    createdAt: 0,
    updatedAt: 0,
  };
  return { drill: record, ranOn: options.ranOn, measures: { ...MEASURED, ...options.measures } };
}

const evaluate = (rule: DrillRule, drills: EvidenceDrill[], services = [service('a', 1)]) =>
  evaluateDrillRule(rule, { drills, services, today: TODAY });

describe('tier1-recovery-measured', () => {
  const rule: DrillRule = { kind: 'tier1-recovery-measured', withinDays: 90 };
  const services = [service('a', 1), service('b', 1), service('c', 2)];

  it('holds when every tier-1 service has a completed, measured drill in the window', () => {
    const result = evaluate(
      rule,
      [
        drill('old-a', { ranOn: '2026-05-01', services: ['a'] }),
        drill('new-a', { ranOn: '2026-06-20', services: ['a', 'b'] }),
        drill('tier-2', { ranOn: '2026-06-21', services: ['c'] }),
      ],
      services,
    );
    expect(result.holds).toBe(true);
    // The newest drill per tier-1 service, once: it covers both.
    expect(result.supportingDrillIds).toEqual(['new-a']);
    expect(result.explanation).toBe(
      '2 of 2 tier-1 services have a completed drill with a measured recovery time in the last 90 days.',
    );
  });

  it('names the tier-1 services still missing', () => {
    const result = evaluate(
      rule,
      [drill('a1', { ranOn: '2026-06-01', services: ['a'] })],
      services,
    );
    expect(result.holds).toBe(false);
    expect(result.supportingDrillIds).toEqual(['a1']);
    expect(result.explanation).toContain('1 of 2 tier-1 services has');
    expect(result.explanation).toContain('Not yet measured: Service b.');
  });

  it('counts a drill exactly 90 days old and not one 91 days old', () => {
    expect(evaluate(rule, [drill('d', { ranOn: '2026-04-01' })]).holds).toBe(true); // 90 days
    expect(evaluate(rule, [drill('d', { ranOn: '2026-03-31' })]).holds).toBe(false); // 91 days
  });

  it('does not count aborted drills, drills after the date judged at, or unmeasured recovery', () => {
    for (const entry of [
      drill('x', { ranOn: '2026-06-10', status: 'aborted' }),
      drill('x', { ranOn: '2026-06-10', status: 'planned' }),
      drill('x', { ranOn: '2026-07-01' }),
      drill('x', { ranOn: '2026-06-10', measures: { timeToRecover: undefined } }),
    ]) {
      const result = evaluate(rule, [entry]);
      expect(result.holds).toBe(false);
      expect(result.supportingDrillIds).toEqual([]);
    }
  });

  it('does not hold for a team without tier-1 services, and says why', () => {
    const result = evaluate(
      rule,
      [drill('c1', { ranOn: '2026-06-10', services: ['c'] })],
      [service('c', 2)],
    );
    expect(result).toEqual({
      holds: false,
      supportingDrillIds: [],
      explanation: expect.stringContaining('no tier-1 services') as unknown,
    });
  });
});

describe('drills-per-quarter', () => {
  const rule: DrillRule = { kind: 'drills-per-quarter', count: 1, quarters: 2 };

  it('holds with a completed drill in each of the last two 91-day periods', () => {
    const result = evaluate(rule, [
      drill('q1', { ranOn: '2026-06-29' }),
      drill('q2', { ranOn: '2026-01-30' }), // 151 days ago
    ]);
    expect(result.holds).toBe(true);
    expect(result.supportingDrillIds).toEqual(['q1', 'q2']);
    expect(result.explanation).toContain('1 drill in the last 91 days, 1 drill in days 91–181 ago');
  });

  it('uses the period edges: day 181 is in, day 182 is out', () => {
    const recent = drill('r', { ranOn: '2026-06-01' });
    expect(evaluate(rule, [recent, drill('e', { ranOn: '2025-12-31' })]).holds).toBe(true);
    const outside = evaluate(rule, [recent, drill('e', { ranOn: '2025-12-30' })]);
    expect(outside.holds).toBe(false);
    expect(outside.explanation).toContain('too few in days 91–181 ago');
  });

  it('does not count an aborted drill', () => {
    const result = evaluate(rule, [
      drill('r', { ranOn: '2026-06-01' }),
      drill('a', { ranOn: '2026-02-01', status: 'aborted' }),
    ]);
    expect(result.holds).toBe(false);
    expect(result.supportingDrillIds).toEqual(['r']);
  });
});

describe('reviews-held', () => {
  const rule: DrillRule = {
    kind: 'reviews-held',
    severities: ['SEV1', 'SEV2'],
    share: 1,
    withinDays: 182,
  };

  it('holds when every high-severity drill had a review', () => {
    const result = evaluate(rule, [
      drill('s1', { ranOn: '2026-06-01', severity: 'SEV1', reviewHeld: true }),
      drill('s2', { ranOn: '2026-05-01', severity: 'SEV2', reviewHeld: true }),
      drill('s3', { ranOn: '2026-05-02', severity: 'SEV3' }),
    ]);
    expect(result.holds).toBe(true);
    expect(result.supportingDrillIds).toEqual(['s1', 's2']);
    expect(result.explanation).toBe(
      'A review was held for 2 of 2 SEV1 or SEV2 drills completed in the last 182 days.',
    );
  });

  it('names the drills without a review', () => {
    const result = evaluate(rule, [
      drill('s1', { ranOn: '2026-06-01', severity: 'SEV1', reviewHeld: true }),
      drill('s2', { ranOn: '2026-05-01', severity: 'SEV2', reviewHeld: false }),
      drill('s4', { ranOn: '2026-05-03', severity: 'SEV2' }),
    ]);
    expect(result.holds).toBe(false);
    expect(result.supportingDrillIds).toEqual(['s1']);
    expect(result.explanation).toContain('1 of 3 SEV1 or SEV2 drills');
    expect(result.explanation).toContain('Drill s4 (2026-05-03) and Drill s2 (2026-05-01)');
  });

  it('does not hold without any high-severity drill', () => {
    const result = evaluate(rule, [drill('s3', { ranOn: '2026-06-01', severity: 'SEV3' })]);
    expect(result.holds).toBe(false);
    expect(result.explanation).toContain('No SEV1 or SEV2 drill was completed');
  });

  it('accepts a share below one', () => {
    const half: DrillRule = { ...rule, share: 0.5 };
    const result = evaluate(half, [
      drill('s1', { ranOn: '2026-06-01', reviewHeld: true }),
      drill('s2', { ranOn: '2026-05-01', reviewHeld: false }),
    ]);
    expect(result.holds).toBe(true);
  });
});

describe('runbook-usage-known', () => {
  const rule: DrillRule = { kind: 'runbook-usage-known', minDrills: 3, withinDays: 91 };

  it('holds with enough drills, and states the rate', () => {
    const result = evaluate(rule, [
      drill('r1', { ranOn: '2026-06-01', measures: { runbookUsed: true } }),
      drill('r2', { ranOn: '2026-05-01', measures: { runbookUsed: true } }),
      drill('r3', { ranOn: '2026-04-01' }),
      drill('r4', { ranOn: '2026-04-02', status: 'aborted', measures: { runbookUsed: true } }),
    ]);
    expect(result.holds).toBe(true);
    expect(result.supportingDrillIds).toEqual(['r1', 'r2', 'r3']);
    expect(result.explanation).toBe(
      'A runbook was followed in 2 of 3 drills completed in the last 91 days (67 %).',
    );
  });

  it('says how many more drills a rate needs', () => {
    const result = evaluate(rule, [drill('r1', { ranOn: '2026-06-01' })]);
    expect(result.holds).toBe(false);
    expect(result.explanation).toBe(
      'Only 1 drill was completed in the last 91 days; a runbook-usage rate needs at least 3.',
    );
    expect(evaluate(rule, []).explanation).toMatch(/^No drill was completed/);
  });
});

describe('phases-measured', () => {
  const rule: DrillRule = { kind: 'phases-measured', minDrills: 2, withinDays: 91 };

  it('holds when enough drills timed every phase separately', () => {
    const result = evaluate(rule, [
      drill('p1', { ranOn: '2026-06-01' }),
      drill('p2', { ranOn: '2026-05-01' }),
      drill('p3', { ranOn: '2026-05-02', measures: { timeToAcknowledge: undefined } }),
    ]);
    expect(result.holds).toBe(true);
    expect(result.supportingDrillIds).toEqual(['p1', 'p2']);
    expect(result.explanation).toContain('(1 drill skipped a phase)');
  });

  it('does not hold when a skipped phase leaves too few', () => {
    const result = evaluate(rule, [
      drill('p1', { ranOn: '2026-06-01' }),
      drill('p2', { ranOn: '2026-05-01', measures: { timeToDiagnose: undefined } }),
    ]);
    expect(result.holds).toBe(false);
    expect(result.explanation).toMatch(/at least 2 are needed\.$/);
  });

  it('says so when no drill was completed', () => {
    const result = evaluate(rule, [drill('p1', { ranOn: '2026-06-01', status: 'aborted' })]);
    expect(result.holds).toBe(false);
    expect(result.explanation).toMatch(/^No drill was completed in the last 91 days/);
  });
});

describe('recovery-median-improved', () => {
  const rule: DrillRule = { kind: 'recovery-median-improved', periodDays: 365 };
  const minutes = (m: number) => m * 60_000;
  // Recent: ran 10–50 days ago; the year before: 400–440 days ago.
  const period = (prefix: string, ageStart: number, values: readonly number[]) =>
    values.map((value, index) => {
      const day = new Date(Date.parse(`${TODAY}T00:00:00Z`) - (ageStart + index * 10) * 86_400_000);
      return drill(`${prefix}${index}`, {
        ranOn: day.toISOString().slice(0, 10),
        measures: { timeToRecover: minutes(value) },
      });
    });

  it('holds when the last year is faster by more than chance', () => {
    const result = evaluate(rule, [
      ...period('now', 10, [10, 12, 11, 13, 9, 12]),
      ...period('then', 400, [40, 45, 38, 50, 42, 44]),
    ]);
    expect(result.holds).toBe(true);
    expect(result.supportingDrillIds).toEqual(['now0', 'now1', 'now2', 'now3', 'now4', 'now5']);
    expect(result.explanation).toContain('(n = 6)');
    expect(result.explanation).toContain('faster, by more than chance');
  });

  it('does not hold when the data cannot tell the years apart', () => {
    const result = evaluate(rule, [
      ...period('now', 10, [10, 40, 12, 38, 20, 30]),
      ...period('then', 400, [11, 39, 13, 37, 21, 31]),
    ]);
    expect(result.holds).toBe(false);
    expect(result.explanation).toContain('cannot tell the two periods apart');
  });

  it('does not hold when recovery got slower', () => {
    const result = evaluate(rule, [
      ...period('now', 10, [40, 45, 38, 50, 42, 44]),
      ...period('then', 400, [10, 12, 11, 13, 9, 12]),
    ]);
    expect(result.holds).toBe(false);
    expect(result.explanation).toContain('slower');
  });

  it('flags a period with fewer than five drills as not reliable', () => {
    const result = evaluate(rule, [
      ...period('now', 10, [10, 12, 11, 13, 9, 12]),
      ...period('then', 400, [40, 45, 38, 50]),
    ]);
    expect(result.holds).toBe(false);
    expect(result.explanation).toMatch(/n = 4\)\. With fewer than 5 drills in a period/);
  });

  it('puts a drill exactly one period old in the earlier period', () => {
    const recent = period('now', 10, [10, 12, 11, 13]);
    const edge = period('edge', 365, [9]);
    const result = evaluate(rule, [...recent, ...edge]);
    expect(result.explanation).toContain('(n = 4), against 9 min 0 s');
  });
});
