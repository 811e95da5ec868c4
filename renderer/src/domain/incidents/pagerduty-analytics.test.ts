import { describe, expect, it } from 'vitest';
import analyticsExport from './fixtures/pagerduty-analytics.json?raw';
import { apart, figures, imported, incident, minutesSummary } from './test-support';

// One page of POST /analytics/raw/incidents requested with time_zone Europe/Berlin: its times have
// no offset. Two incidents cross a clock change: 29 March (clocks forward) and 25 October (back).
describe('PagerDuty Analytics raw incidents', () => {
  // The user's zone is New York: the export's own time_zone must win.
  const file = imported(analyticsExport, 'pagerduty-analytics', { timeZone: 'America/New_York' });

  it('reads zone-less times in the time_zone the export names, and says so', () => {
    expect(file.notes).toEqual([
      'Times in this file have no zone; they are read in Europe/Berlin, the time_zone the export names.',
    ]);
    const token = incident(file, 'PA5001');
    expect(token.milestones.detected).toMatchObject({
      at: Date.parse('2026-03-29T00:50:00Z'),
      field: 'created_at (read in Europe/Berlin)',
      standIn: 'creation',
    });
  });

  it('counts acknowledgement and recovery in seconds from the trigger', () => {
    const token = incident(file, 'PA5001');
    expect(token.milestones.acknowledged).toMatchObject({
      at: Date.parse('2026-03-29T00:55:00Z'),
      field: 'seconds_to_first_ack (after created_at)',
      raw: '300',
    });
    expect(token.milestones.recovered).toMatchObject({
      field: 'seconds_to_resolve (after created_at)',
    });
    expect(token).toMatchObject({
      severity: 'SEV1',
      services: ['Identity'],
      teamHint: 'Identity',
      reference: '#5001',
    });
    expect(token.notes).toEqual([]);
  });

  it('agrees with resolved_at read across the fall-back change (90 min on the wall, 150 min elapsed)', () => {
    const session = incident(file, 'PA5002');
    expect(session.notes).toEqual([]);
    expect(
      ((session.milestones.recovered?.at ?? 0) - (session.milestones.detected?.at ?? 0)) / 60_000,
    ).toBe(150);
  });

  it('reads "SEV-2" as SEV2, leaves a missing acknowledgement unrecorded and lists the open one apart', () => {
    expect(incident(file, 'PA5003').severity).toBe('SEV2');
    expect(incident(file, 'PA5004').milestones.acknowledged).toBeUndefined();
    expect(apart(file, 'PA5005')).toMatchObject({
      kind: 'open',
      reason: 'still open (status "triggered")',
    });
  });

  it('gives the hand-computed n, median and p90', () => {
    // Time to recover (min): 30, 150, 45, 10, 90 → sorted 10 30 45 90 150.
    //   n 5; median 45; p90: h = 3.6 → 90 + 0.6 × 60 = 126.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 5, median: 45, p90: 126 });
    // Time to acknowledge (min): 5, 10, 2, —, 1 → sorted 1 2 5 10 (n 4).
    //   median: h = 1.5 → 2 + 0.5 × 3 = 3.5; p90: h = 2.7 → 5 + 0.7 × 5 = 8.5.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 4,
      median: 3.5,
      p90: 8.5,
    });
  });

  it('uses the chosen zone when a saved page lost its time_zone, and says so', () => {
    const json = JSON.parse(analyticsExport) as Record<string, unknown>;
    delete json.time_zone;
    const lost = imported(JSON.stringify(json), 'pagerduty-analytics', { timeZone: 'UTC' });
    expect(lost.notes[0]).toContain('read in UTC, the zone you chose');
    expect(incident(lost, 'PA5001').milestones.detected?.at).toBe(
      Date.parse('2026-03-29T01:50:00Z'),
    );
  });

  it('notes when resolved_at disagrees with seconds_to_resolve, and trusts the seconds', () => {
    const json = JSON.parse(analyticsExport) as { data: Record<string, unknown>[] };
    const first = json.data[0] ?? {};
    first.resolved_at = '2026-03-29T05:20:00';
    const disagreeing = imported(JSON.stringify(json), 'pagerduty-analytics');
    const token = incident(disagreeing, 'PA5001');
    expect(token.notes[0]).toContain('disagree');
    expect(
      ((token.milestones.recovered?.at ?? 0) - (token.milestones.detected?.at ?? 0)) / 60_000,
    ).toBe(30);
  });
});
