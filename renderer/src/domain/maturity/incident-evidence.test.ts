import { describe, expect, it } from 'vitest';
import { prepareIncidents } from '../reality/prepare';
import { incidentRecord, type IncidentSpec } from '../reality/test-support';
import type { ServiceRecord } from '../records/services';
import { recordKind } from '../records/registry';
import { evaluateIncidentRule } from './incident-evidence';
import { MODEL_V1 } from './model-v1';

// Day 0 of the incident fixtures is 2025-01-01; judged on 2025-04-01 (day 90).
const TODAY = '2025-04-01';
const services: ServiceRecord[] = [
  { id: 's1', teamId: 'team-a', name: 'Checkout', tier: 1, createdAt: 0, updatedAt: 0 },
  { id: 's2', teamId: 'team-a', name: 'Ledger', tier: 1, createdAt: 0, updatedAt: 0 },
  { id: 's3', teamId: 'team-a', name: 'Search', tier: 2, createdAt: 0, updatedAt: 0 },
];
const FULL = {
  impactBegan: 0,
  detected: 2,
  acknowledged: 5,
  diagnosed: 15,
  mitigated: 25,
  recovered: 30,
};
const input = (specs: readonly IncidentSpec[]) => ({
  incidents: prepareIncidents(specs.map(incidentRecord), { timeZoneOffsetMinutes: 0 }),
  services,
  today: TODAY,
});

describe('incident-times-recorded', () => {
  const rule = {
    kind: 'incident-times-recorded',
    severities: ['SEV1', 'SEV2'],
    withinDays: 91,
    minIncidents: 1,
  } as const;

  it('holds when every recovered SEV1 and SEV2 of the window has a start and a recovery time', () => {
    const result = evaluateIncidentRule(
      rule,
      input([
        { id: 'a', day: 80, at: { detected: 0, recovered: 30 }, severity: 'SEV1' },
        { id: 'b', day: 85, at: FULL },
        // Outside the window (day −5 is 96 days before), another severity, open: not counted.
        { id: 'old', day: -5, at: { detected: 0 } },
        { id: 'sev3', day: 85, at: { detected: 0 }, severity: 'SEV3' },
        { id: 'open', day: 86, at: { detected: 0 }, state: 'open' },
      ]),
    );
    expect(result).toEqual({
      holds: true,
      supportingIncidentIds: ['b', 'a'],
      explanation:
        '2 of 2 recovered SEV1 or SEV2 incidents in the last 91 days have both a start and a recovery time recorded.',
    });
  });

  it('names the incidents whose recovery time was not recorded', () => {
    const result = evaluateIncidentRule(
      rule,
      input([
        { id: 'a', day: 80, at: { detected: 0, recovered: 30 } },
        { id: 'b', day: 85, at: { detected: 0 } },
      ]),
    );
    expect(result.holds).toBe(false);
    expect(result.supportingIncidentIds).toEqual(['a']);
    expect(result.explanation).toBe(
      '1 of 2 recovered SEV1 or SEV2 incidents in the last 91 days has both a start and a recovery time recorded. Not recorded for: Incident b (2025-03-27).',
    );
  });

  it('does not hold without enough incidents to show it', () => {
    const result = evaluateIncidentRule(rule, input([]));
    expect(result.holds).toBe(false);
    expect(result.explanation).toMatch(/at least 1 incident is needed to show this/);
  });
});

describe('incident-tier1-recovery-measured', () => {
  const rule = { kind: 'incident-tier1-recovery-measured', withinDays: 90 } as const;

  it('matches services by name and names the tier-1 services no incident measured', () => {
    const result = evaluateIncidentRule(
      rule,
      input([
        { id: 'a', day: 80, at: { detected: 0, recovered: 9 }, services: [' checkout'] },
        { id: 'b', day: 85, at: { detected: 0 }, services: ['Ledger'] },
      ]),
    );
    expect(result).toEqual({
      holds: false,
      supportingIncidentIds: ['a'],
      explanation:
        '1 of 2 tier-1 services has a recovered incident with a recorded recovery time in the last 90 days. No incident measured yet for Ledger (a drill can show it).',
    });
  });

  it('holds when each tier-1 service has one', () => {
    const result = evaluateIncidentRule(
      rule,
      input([
        { id: 'a', day: 80, at: { detected: 0, recovered: 9 }, services: ['Checkout', 'Ledger'] },
      ]),
    );
    expect(result.holds).toBe(true);
    expect(result.supportingIncidentIds).toEqual(['a']);
  });
});

describe('incident-phases-measured', () => {
  it('counts only incidents that recorded every phase from detection to mitigation', () => {
    const result = evaluateIncidentRule(
      { kind: 'incident-phases-measured', minIncidents: 2, withinDays: 91 },
      input([
        { id: 'a', day: 80, at: FULL },
        { id: 'b', day: 81, at: { ...FULL, impactBegan: undefined } },
        { id: 'c', day: 82, at: { detected: 0, recovered: 9 } },
      ]),
    );
    expect(result).toMatchObject({ holds: false, supportingIncidentIds: ['a'] });
    expect(result.explanation).toMatch(
      /^1 of 3 recovered incidents in the last 91 days recorded detection, acknowledgement, diagnosis and mitigation separately; at least 2 are needed\./,
    );
  });
});

describe('incident-median-improved', () => {
  const rule = { kind: 'incident-median-improved', periodDays: 30 } as const;
  const period = (first: number, minutes: readonly number[]): IncidentSpec[] =>
    minutes.map((m, i) => ({
      id: `i${first + i}`,
      day: first + i,
      at: { detected: 0, recovered: m },
    }));

  it('holds when the recent median is lower by more than chance', () => {
    // Days 61–65 are 26–30 days old: the recent period; days 31–35 the 30 days before.
    const result = evaluateIncidentRule(
      rule,
      input([...period(31, [60, 70, 80, 90, 100]), ...period(61, [10, 12, 14, 16, 18])]),
    );
    expect(result.holds).toBe(true);
    expect(result.explanation).toMatch(
      /^Median time to recover of real incidents 14 min 0 s over the last 30 days \(n = 5\), against 1 h 20 min 0 s in the 30 days before \(n = 5\): faster, by more than chance/,
    );
  });

  it('claims nothing below five incidents in a period', () => {
    const result = evaluateIncidentRule(rule, input(period(61, [10, 12])));
    expect(result.holds).toBe(false);
    expect(result.explanation).toMatch(/With fewer than 5 incidents in a period/);
  });
});

describe('incident-reviews-held', () => {
  const rule = {
    kind: 'incident-reviews-held',
    severities: ['SEV1', 'SEV2'],
    share: 1,
    withinDays: 182,
  } as const;

  it('reads only incidents whose tool records reviews, and says how many it does not', () => {
    const result = evaluateIncidentRule(
      rule,
      input([
        { id: 'a', day: 80, at: { detected: 0, recovered: 9 }, review: true },
        { id: 'b', day: 81, at: { detected: 0, recovered: 9 }, review: false },
        { id: 'c', day: 82, at: { detected: 0, recovered: 9 } },
      ]),
    );
    expect(result).toEqual({
      holds: false,
      supportingIncidentIds: ['a'],
      explanation:
        'A review was held for 1 of 2 SEV1 or SEV2 incidents in the last 182 days whose tool records reviews. Every one needs a review; not yet reviewed: Incident b (2025-03-23). The tool does not record a review for 1 incident.',
    });
  });

  it('never reads an unrecorded review as none held', () => {
    const result = evaluateIncidentRule(
      rule,
      input([{ id: 'c', day: 82, at: { detected: 0, recovered: 9 } }]),
    );
    expect(result.holds).toBe(false);
    expect(result.explanation).toBe(
      'None of the 1 SEV1 or SEV2 incident in the last 182 days has a review recorded either way, so incidents cannot show this yet.',
    );
  });
});

describe('the built-in model', () => {
  it('keeps its id and carries incident rules beside the drill rules of the measurement criteria', () => {
    expect(MODEL_V1.id).toBe('mttr-maturity@1');
    const rules = MODEL_V1.categories
      .flatMap((c) => c.levels.flatMap((l) => l.criteria))
      .flatMap((c) => (c.incidentRule === undefined ? [] : [[c.id, c.incidentRule.kind]]));
    expect(rules).toEqual([
      ['process.2.review-held', 'incident-reviews-held'],
      ['measurement.2.manual-times', 'incident-times-recorded'],
      ['measurement.3.every-tier-1', 'incident-tier1-recovery-measured'],
      ['measurement.4.phases', 'incident-phases-measured'],
      ['measurement.5.year-on-year', 'incident-median-improved'],
    ]);
  });
});

describe('evidence that names incidents', () => {
  it('is read with or without incident ids', () => {
    const answer = {
      id: '00000000-0000-4000-8000-000000000001',
      assessmentId: '00000000-0000-4000-8000-000000000002',
      teamId: '00000000-0000-4000-8000-000000000003',
      raterId: 'agreed',
      criterionId: 'measurement.2.manual-times',
      value: 'yes',
      naReason: '',
      evidence: { text: '', links: [], drillIds: [], updatedAt: Date.UTC(2025, 0, 1) },
      createdAt: Date.UTC(2025, 0, 1),
      updatedAt: Date.UTC(2025, 0, 1),
    };
    const kind = recordKind('answers');
    expect(kind.read(answer).success).toBe(true);
    const withIncidents = {
      ...answer,
      evidence: { ...answer.evidence, incidentIds: ['00000000-0000-4000-8000-000000000004'] },
    };
    expect(kind.read(withIncidents).success).toBe(true);
    expect(
      kind.read({ ...answer, evidence: { ...answer.evidence, incidentIds: ['x'] } }).success,
    ).toBe(false);
  });
});
