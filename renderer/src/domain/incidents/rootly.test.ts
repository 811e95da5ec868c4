import { describe, expect, it } from 'vitest';
import incidentsExport from './fixtures/rootly.json?raw';
import { apart, figures, imported, incident, minutesSummary } from './test-support';

// One JSON:API page of GET /v1/incidents; times carry the account's offset (+01:00 / +02:00).
describe('Rootly incidents', () => {
  const file = imported(incidentsExport, 'rootly');
  const id = (n: number) => `9c1e0000-0000-4000-8000-000000000${n}`;

  it('reads attributes, naming each field', () => {
    const pages = incident(file, id(301));
    expect(pages.milestones.detected).toMatchObject({
      at: Date.parse('2026-02-20T06:15:00Z'),
      field: 'attributes.detected_at',
    });
    expect(pages.milestones.impactBegan?.at).toBe(Date.parse('2026-02-20T06:10:00Z'));
    expect(pages).toMatchObject({
      reference: '#301',
      severity: 'SEV1',
      services: ['Catalog'],
      teamHint: 'Storefront',
      reviewHeld: { value: true, field: 'attributes.retrospective_progress_status' },
    });
    expect(incident(file, id(308)).reviewHeld?.value).toBe(false);
  });

  it('stands the creation in for an empty detected_at, across the change to summer time', () => {
    const cdn = incident(file, id(302));
    expect(cdn.milestones.detected).toMatchObject({
      field: 'attributes.created_at',
      standIn: 'creation',
    });
    // 01:50+01:00 → 03:35+02:00 is 45 minutes, though the wall clocks differ by 105.
    expect(
      ((cdn.milestones.recovered?.at ?? 0) - (cdn.milestones.detected?.at ?? 0)) / 60_000,
    ).toBe(45);
  });

  it('falls back on Rootly’s severity level for a custom name', () => {
    expect(incident(file, id(308))).toMatchObject({
      severity: 'SEV2',
      severityRaw: 'high',
      severityField: 'attributes.severity.data.attributes.severity',
    });
  });

  it('lists test, backfilled, cancelled, open and duplicate incidents apart', () => {
    expect(apart(file, id(303))).toMatchObject({
      kind: 'rehearsal',
      reason: 'a test incident (kind "test")',
    });
    expect(apart(file, id(304)).kind).toBe('backfilled');
    expect(apart(file, id(305)).kind).toBe('cancelled');
    expect(apart(file, id(306))).toMatchObject({
      kind: 'open',
      reason: 'still open (status "mitigated")',
    });
    expect(apart(file, id(307)).kind).toBe('duplicate');
    expect(file.incidents.map((item) => item.sourceId)).toEqual([
      id(301),
      id(302),
      id(308),
      id(309),
    ]);
  });

  it('gives the hand-computed n, median and p90', () => {
    // Time to recover (min): 301 50, 302 45, 308 80, 309 30 → sorted 30 45 50 80.
    //   median: h = 1.5 → 45 + 0.5 × 5 = 47.5; p90: h = 2.7 → 50 + 0.7 × 30 = 71.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 4, median: 47.5, p90: 71 });
    // Time to acknowledge (min): 6, —, 9, 4 → sorted 4 6 9; median 6; p90: h = 1.8 → 6 + 0.8 × 3 = 8.4.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 3,
      median: 6,
      p90: 8.4,
    });
  });
});
