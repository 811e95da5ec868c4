import { describe, expect, it } from 'vitest';
import incidentsExport from './fixtures/incident-io.json?raw';
import { apart, figures, imported, incident, minutesSummary } from './test-support';

// One page of GET /v2/incidents with incident.io's default timestamps and severities.
describe('incident.io incidents', () => {
  const file = imported(incidentsExport, 'incident-io');
  const id = (n: number) => `01HQ1000INCIDENT0000000${n}`;

  it('reads every milestone from the timestamp values, naming the timestamp', () => {
    const basket = incident(file, id(41));
    expect(basket.milestones.impactBegan?.field).toBe(
      'incident_timestamp_values["Impact started at"]',
    );
    expect(basket.milestones.detected).toMatchObject({
      at: Date.parse('2026-02-05T10:00:00Z'),
      field: 'incident_timestamp_values["Reported at"]',
    });
    expect(basket.milestones.detected?.standIn).toBeUndefined();
    expect(basket.milestones.acknowledged?.field).toBe('incident_timestamp_values["Accepted at"]');
    expect(basket.milestones.diagnosed?.at).toBe(Date.parse('2026-02-05T10:20:00Z'));
    expect(basket.milestones.mitigated?.at).toBe(Date.parse('2026-02-05T10:35:00Z'));
    expect(basket.milestones.closed?.at).toBe(Date.parse('2026-02-05T11:30:00Z'));
    expect(basket).toMatchObject({
      reference: 'INC-41',
      severity: 'SEV1',
      severityRaw: 'Critical',
      services: ['Basket', 'Vouchers'],
      reviewHeld: { value: true, field: 'incident_timestamp_values["Reviewed at"]' },
    });
  });

  it('never uses a retrospective incident’s creation as its detection', () => {
    const priceFeed = incident(file, id(43));
    expect(priceFeed.milestones.detected?.at).toBe(Date.parse('2026-04-18T22:15:00Z'));
    const giftCards = incident(file, id(48));
    expect(giftCards.milestones.detected).toBeUndefined();
    expect(giftCards.notes[0]).toContain('retrospective');
  });

  it('lists test, open and declined incidents apart', () => {
    expect(apart(file, id(44))).toMatchObject({
      kind: 'rehearsal',
      reason: 'a test incident (mode "test")',
    });
    expect(apart(file, id(45))).toMatchObject({
      kind: 'open',
      reason: 'still open (status category "live")',
    });
    expect(apart(file, id(46))).toMatchObject({ kind: 'declined' });
    expect(file.incidents).toHaveLength(5);
  });

  it('gives the hand-computed n, median and p90', () => {
    // Time to recover (min): INC-41 48, INC-42 70, INC-43 100, INC-47 21; INC-48 has no detection.
    //   sorted 21 48 70 100; n 4; median: h = 1.5 → 48 + 0.5 × 22 = 59; p90: h = 2.7 → 70 + 0.7 × 30 = 91.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 4, median: 59, p90: 91 });
    // Time to acknowledge (min): 6, —, 10, 1.5 → sorted 1.5 6 10; median 6; p90: h = 1.8 → 6 + 0.8 × 4 = 9.2.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 3,
      median: 6,
      p90: 9.2,
    });
  });

  it('lets the user map a severity the team renamed', () => {
    const json = JSON.parse(incidentsExport) as { incidents: { severity: { name: string } }[] };
    const first = json.incidents[0];
    if (first !== undefined) first.severity.name = 'Sev 0 – all hands';
    const text = JSON.stringify(json);
    const unmapped = imported(text, 'incident-io');
    expect(unmapped.refused[0]).toMatchObject({
      sourceId: id(41),
      unknownSeverity: 'Sev 0 – all hands',
    });
    const mapped = imported(text, 'incident-io', { severityMap: { 'SEV 0 – ALL HANDS': 'SEV1' } });
    expect(incident(mapped, id(41))).toMatchObject({
      severity: 'SEV1',
      severityRaw: 'Sev 0 – all hands',
    });
  });
});
