import { describe, expect, it } from 'vitest';
import incidentsCsv from './fixtures/servicenow-incidents.csv?raw';
import { apart, figures, imported, incident, minutesSummary, refused } from './test-support';

// An incident list exported as CSV by a user in Europe/Berlin: times are wall-clock times in that
// zone, ServiceNow's default format. Three incidents cross a clock change in 2026.
describe('ServiceNow incident CSV', () => {
  const file = imported(incidentsCsv, 'servicenow', { timeZone: 'Europe/Berlin' });

  it('reads wall-clock times in the chosen zone, naming the zone in the provenance', () => {
    const checkout = incident(file, 'INC0010001');
    expect(checkout.milestones.detected).toMatchObject({
      at: Date.parse('2026-02-03T09:00:00Z'),
      field: 'opened_at (read in Europe/Berlin)',
      raw: '2026-02-03 10:00:00',
      standIn: 'creation',
    });
    expect(checkout.milestones.closed?.at).toBe(Date.parse('2026-02-06T10:00:00Z'));
    expect(checkout).toMatchObject({
      title: 'Checkout returns HTTP 500 for logged-in users',
      severity: 'SEV1',
      severityRaw: '1 - Critical',
      services: ['Online Checkout', 'checkout-web-01'],
      teamHint: 'Checkout Platform',
    });
  });

  it('subtracts instants across both clock changes', () => {
    const minutes = (id: string) => {
      const { detected, recovered } = incident(file, id).milestones;
      return ((recovered?.at ?? 0) - (detected?.at ?? 0)) / 60_000;
    };
    expect(minutes('INC0010002')).toBe(30); // 01:50 → 03:20 on 29 March: 90 on the wall
    expect(minutes('INC0010003')).toBe(150); // 01:40 → 03:10 on 25 October: 90 on the wall
  });

  it('reads a local time that happened twice as the first, and says so', () => {
    const stock = incident(file, 'INC0010004');
    expect(stock.milestones.detected?.at).toBe(Date.parse('2026-10-25T00:20:00Z'));
    expect(stock.milestones.detected?.note).toBe(
      '2026-10-25 02:20:00 happened twice in Europe/Berlin (the clocks went back); read as the first, at UTC+02:00.',
    );
    expect(file.notes).toContain(
      '1 time falls on a daylight-saving change, where a local time happens twice or never; each says how it was read.',
    );
  });

  it('records no acknowledgement, says why, and lists open and cancelled incidents apart', () => {
    expect(file.incidents.every((item) => item.milestones.acknowledged === undefined)).toBe(true);
    expect(file.notes).toContain(
      'ServiceNow’s incident table has no acknowledgement time: time to acknowledge is not recorded.',
    );
    expect(apart(file, 'INC0010005')).toMatchObject({
      kind: 'open',
      reason: 'still open (state "In Progress")',
    });
    expect(apart(file, 'INC0010006')).toMatchObject({
      kind: 'cancelled',
      reason: 'cancelled (state "Canceled")',
    });
  });

  it('gives the hand-computed n, median and p90', () => {
    // Time to recover (min): 55, 30, 150, 160, 25 → sorted 25 30 55 150 160.
    //   n 5; median 55; p90: h = 3.6 → 150 + 0.6 × 10 = 156. No acknowledgement: n 0.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 5, median: 55, p90: 156 });
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 0,
      median: undefined,
      p90: undefined,
    });
  });

  it('reads the exporting user’s own date format, and refuses a time that does not match it', () => {
    const european = incidentsCsv
      .replace('2026-05-12 09:00:00', '12.05.2026 09:00:00')
      .replace('2026-05-12 09:25:00', '12.05.2026 09:25:00');
    const mixed = imported(european, 'servicenow', { timeZone: 'Europe/Berlin' });
    expect(refused(mixed, 'INC0010007')).toMatchObject({
      place: { kind: 'row', number: 8 },
      reasons: [
        '"opened_at" is not a date and time: "12.05.2026 09:00:00"',
        '"resolved_at" is not a date and time: "12.05.2026 09:25:00"',
      ],
    });
    const germanFormat = imported(european, 'servicenow', {
      timeZone: 'Europe/Berlin',
      dateFormat: 'dd.MM.yyyy HH:mm:ss',
    });
    expect(incident(germanFormat, 'INC0010007').milestones.recovered?.at).toBe(
      Date.parse('2026-05-12T07:25:00Z'),
    );
  });
});
