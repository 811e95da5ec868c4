import { describe, expect, it } from 'vitest';
import alertsExport from './fixtures/opsgenie-alerts.json?raw';
import { apart, figures, imported, incident, minutesSummary } from './test-support';

// One page of GET /v2/alerts. report.ackTime and report.closeTime are milliseconds after createdAt.
describe('Opsgenie alerts', () => {
  const file = imported(alertsExport, 'opsgenie');
  const alert = (tiny: string) => `6d1c3a52-0000-4000-8000-000000000${tiny}`;

  it('reads ackTime and closeTime as milliseconds after createdAt, naming the field', () => {
    const warehouse = incident(file, alert('101'));
    expect(warehouse.milestones.acknowledged).toMatchObject({
      at: Date.parse('2026-02-02T07:18:00Z'),
      field: 'report.ackTime (ms after createdAt)',
      raw: '180000',
    });
    expect(warehouse.milestones.recovered?.at).toBe(Date.parse('2026-02-02T07:55:00Z'));
    expect(warehouse.milestones.detected).toMatchObject({
      field: 'createdAt',
      standIn: 'creation',
    });
    // The list's alerts carry no entity (only GET /v2/alerts/{id} does): no service is named.
    expect(warehouse).toMatchObject({ reference: '#101', severity: 'SEV1', services: [] });
  });

  it('keeps an alert’s entity as its service where the export has it', () => {
    const json = JSON.parse(alertsExport) as { data: Record<string, unknown>[] };
    const first = json.data[0] ?? {};
    first.entity = 'warehouse-api';
    expect(incident(imported(JSON.stringify(json), 'opsgenie'), alert('101')).services).toEqual([
      'warehouse-api',
    ]);
  });

  it('maps P5 to SEV4, keeps the raw priority, and leaves a missing acknowledgement unrecorded', () => {
    expect(incident(file, alert('106'))).toMatchObject({
      severity: 'SEV4',
      severityRaw: 'P5',
      severityField: 'priority',
    });
    expect(incident(file, alert('103')).milestones.acknowledged).toBeUndefined();
  });

  it('lists an open alert apart, even though it was acknowledged', () => {
    expect(apart(file, alert('104'))).toMatchObject({
      kind: 'open',
      reason: 'still open (status "open")',
    });
  });

  it('reads a time someone saved without its zone in the chosen zone, saying so', () => {
    const edited = alertsExport.replace(
      '"createdAt": "2026-03-29T00:50:00Z"',
      '"createdAt": "2026-03-29T01:50:00"',
    );
    const crash = incident(
      imported(edited, 'opsgenie', { timeZone: 'Europe/Berlin' }),
      alert('105'),
    );
    expect(crash.milestones.detected).toMatchObject({
      at: Date.parse('2026-03-29T00:50:00Z'),
      field: 'createdAt (read in Europe/Berlin)',
    });
    // The delays still count from the instant: 10 and 30 minutes, across the change to summer time.
    expect(crash.milestones.recovered?.at).toBe(Date.parse('2026-03-29T01:20:00Z'));
  });

  it('gives the hand-computed n, median and p90', () => {
    // Time to recover (min): 40, 15, 60, 30, 120 → sorted 15 30 40 60 120.
    //   n 5; median 40; p90: h = 3.6 → 60 + 0.6 × 60 = 96.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 5, median: 40, p90: 96 });
    // Time to acknowledge (min): 3, 0.75, —, 10, 2 → sorted 0.75 2 3 10 (n 4).
    //   median: h = 1.5 → 2 + 0.5 × 1 = 2.5; p90: h = 2.7 → 3 + 0.7 × 7 = 7.9.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 4,
      median: 2.5,
      p90: 7.9,
    });
  });
});
