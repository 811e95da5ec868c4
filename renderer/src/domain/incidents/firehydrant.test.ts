import { describe, expect, it } from 'vitest';
import incidentsExport from './fixtures/firehydrant.json?raw';
import { INCIDENT_MILESTONES } from '../records/incidents';
import { apart, figures, imported, incident, minutesSummary } from './test-support';

// One page of GET /v1/incidents: milestones[] on most incidents, lifecycle phases on one.
describe('FireHydrant incidents', () => {
  const file = imported(incidentsExport, 'firehydrant');
  const id = (n: number) => `f0e1d2c3-0000-4000-8000-000000000${n}`;

  it('reads milestones by type, naming each', () => {
    const cards = incident(file, id(201));
    expect(cards.milestones.impactBegan?.field).toBe('milestones[0].occurred_at (type "started")');
    expect(cards.milestones.diagnosed?.at).toBe(Date.parse('2026-02-11T13:30:00Z'));
    expect(cards.milestones.recovered).toMatchObject({
      at: Date.parse('2026-02-11T13:52:00Z'),
      field: 'milestones[6].occurred_at (type "resolved")',
    });
    expect(cards).toMatchObject({
      reference: '#201',
      severity: 'SEV1',
      services: ['Card Payments'],
      teamHint: 'Payments',
      reviewHeld: { value: true, field: 'milestones[8].occurred_at (type "postmortem_completed")' },
    });
  });

  it('stands the creation in for a missing detected milestone, and says so', () => {
    expect(incident(file, id(202)).milestones.detected).toMatchObject({
      field: 'created_at',
      standIn: 'creation',
    });
  });

  it('leaves detection unrecorded for an incident created after it was resolved', () => {
    const payout = incident(file, id(203));
    expect(payout.milestones.detected).toBeUndefined();
    expect(payout.notes[0]).toContain('Recorded after the fact');
  });

  it('reads lifecycle phases when milestones[] is empty, and maps SEV5 to SEV4', () => {
    const invoices = incident(file, id(206));
    expect(invoices.milestones.recovered?.field).toBe(
      'lifecycle_phases[1].milestones[0].occurred_at (slug "resolved")',
    );
    expect(invoices.milestones.impactBegan).toBeUndefined();
    expect(incident(file, id(207))).toMatchObject({ severity: 'SEV4', severityRaw: 'SEV5' });
  });

  it('lists an open and an archived incident apart', () => {
    expect(apart(file, id(204))).toMatchObject({
      kind: 'open',
      reason: 'still open (current milestone "mitigated")',
    });
    expect(apart(file, id(205)).kind).toBe('cancelled');
  });

  it('ignores milestone types it does not know, even ones named like object internals', () => {
    const odd = incidentsExport.replace('"type": "investigating"', '"type": "constructor"');
    const cards = incident(imported(odd, 'firehydrant'), id(201));
    expect(Object.keys(cards.milestones)).toEqual([...INCIDENT_MILESTONES]);
    expect(cards.milestones.recovered).toBeDefined();
  });

  it('gives the hand-computed n, median and p90', () => {
    // Time to recover (min): 201 50, 202 40, 206 90, 207 25 (203 has no detection).
    //   sorted 25 40 50 90; median: h = 1.5 → 40 + 0.5 × 10 = 45; p90: h = 2.7 → 50 + 0.7 × 40 = 78.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 4, median: 45, p90: 78 });
    // Time to acknowledge (min): 4, 8, 12, 3 → sorted 3 4 8 12; median 6; p90: 8 + 0.7 × 4 = 10.8.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 4,
      median: 6,
      p90: 10.8,
    });
  });
});
