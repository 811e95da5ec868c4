import { describe, expect, it } from 'vitest';
import restExport from './fixtures/pagerduty-rest.json?raw';
import { apart, figures, imported, incident, minutesSummary } from './test-support';

// Two saved pages of GET /incidents (rendered with time_zone=Europe/Berlin, so times carry
// +01:00 / +02:00) and a page of GET /log_entries, in one array.
describe('PagerDuty REST incidents', () => {
  const file = imported(restExport, 'pagerduty-rest');

  it('counts the resolved incidents and lists the rest apart, with why', () => {
    expect(file.incidents.map((item) => item.sourceId)).toEqual([
      'Q1CHK4102',
      'Q1PAY4117',
      'Q1SRC4150',
      'Q1AUTH4188',
      'Q1CRT4203',
    ]);
    expect(apart(file, 'Q1QUE4210')).toMatchObject({
      kind: 'open',
      reason: 'still open (status "acknowledged")',
    });
    expect(apart(file, 'Q1DSK4211')).toMatchObject({
      kind: 'open',
      reason: 'still open (status "triggered")',
    });
    expect(apart(file, 'Q1DUP4105')).toMatchObject({
      kind: 'merged',
      reason: 'merged into another incident (Q1CHK4102)',
    });
    expect(file.refused).toEqual([]);
  });

  it('reads a resolved incident’s first acknowledgement from its log entries, the earliest of them', () => {
    const checkout = incident(file, 'Q1CHK4102');
    expect(checkout.milestones.acknowledged).toMatchObject({
      at: Date.parse('2026-02-03T09:04:00Z'),
      field: 'log_entries[2].created_at (acknowledge_log_entry)',
    });
    expect(checkout.milestones.detected).toMatchObject({
      field: 'created_at',
      standIn: 'creation',
    });
    expect(checkout).toMatchObject({
      reference: '#4102',
      title: 'Checkout API returns 5xx',
      severity: 'SEV1',
      severityRaw: 'P1',
      services: ['Checkout API'],
      teamHint: 'Checkout Platform',
    });
  });

  it('reads an open incident’s acknowledgement from acknowledgements[]', () => {
    expect(apart(file, 'Q1QUE4210').incident.milestones.acknowledged).toMatchObject({
      at: Date.parse('2026-04-12T18:06:00Z'),
      field: 'acknowledgements[0].at',
    });
  });

  it('leaves an acknowledgement that was never logged as not recorded, never 0', () => {
    const search = incident(file, 'Q1SRC4150');
    expect(search.milestones.acknowledged).toBeUndefined();
    expect(search.milestones.recovered).toBeDefined();
  });

  it('subtracts instants across the change to summer time', () => {
    // created 01:50+01:00 (00:50Z), resolved 03:20+02:00 (01:20Z): 30 minutes, not the 90 on the wall.
    const login = incident(file, 'Q1AUTH4188');
    const { recovered, detected } = login.milestones;
    expect(((recovered?.at ?? 0) - (detected?.at ?? 0)) / 60_000).toBe(30);
  });

  it('gives the hand-computed n, median and p90 of time to acknowledge and to recover', () => {
    // Time to recover (min), detected → recovered: 42, 75, 20, 30, 120 → sorted 20 30 42 75 120.
    //   n 5; median x[2] = 42; p90: h = 4 × 0.9 = 3.6 → 75 + 0.6 × (120 − 75) = 102.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 5, median: 42, p90: 102 });
    // Time to acknowledge (min): 4, 2.5, —, 15, 30 → sorted 2.5 4 15 30 (n 4).
    //   median: h = 1.5 → 4 + 0.5 × 11 = 9.5; p90: h = 2.7 → 15 + 0.7 × 15 = 25.5.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 4,
      median: 9.5,
      p90: 25.5,
    });
  });

  it('says nothing about missing log entries when the file has them', () => {
    expect(file.notes).toEqual([]);
  });
});
