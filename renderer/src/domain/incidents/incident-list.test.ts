import { describe, expect, it } from 'vitest';
import incidentsExport from './fixtures/incident-io.json?raw';
import { decideIncidentImport, writesOf } from './import-decision';
import { filterIncidents, incidentStart, NO_FILTER, serviceMatcher } from './incident-list';
import { imported } from './test-support';

const TEAM = '00000000-0000-4000-8000-000000000001';
let ids = 0;
const records = writesOf(
  decideIncidentImport({
    file: imported(incidentsExport, 'incident-io'),
    stored: [],
    target: { teamId: TEAM, fileName: 'export.json', now: Date.UTC(2026, 5, 1) },
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  }),
).put;
const SERVICES = [
  { id: 's-basket', name: 'basket ' },
  { id: 's-search', name: 'Search' },
];
const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
const byId = (id: number) => records.find((r) => r.sourceId === `01HQ1000INCIDENT0000000${id}`);

describe('the incidents list', () => {
  it('matches service names to the team’s regardless of case and spaces, keeping the others', () => {
    const basket = byId(41);
    if (basket === undefined) throw new Error('setup');
    expect(serviceMatcher(SERVICES)(basket)).toEqual([
      { name: 'Basket', service: SERVICES[0] },
      { name: 'Vouchers', service: null },
    ]);
  });

  it('lists newest first, by detection', () => {
    const all = filterIncidents(records, NO_FILTER, SERVICES, utcDay);
    expect(all).toHaveLength(records.length);
    const starts = all.map(incidentStart);
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
  });

  it('filters by service, unmatched service, severity, source and period', () => {
    const basket = filterIncidents(
      records,
      { ...NO_FILTER, service: 's-basket' },
      SERVICES,
      utcDay,
    );
    expect(basket.every((r) => r.services.includes('Basket'))).toBe(true);
    expect(basket.length).toBeGreaterThan(0);
    const unmatched = filterIncidents(
      records,
      { ...NO_FILTER, service: 'unmatched' },
      SERVICES,
      utcDay,
    );
    expect(unmatched.map((r) => r.sourceId)).toContain(byId(41)?.sourceId);
    const sev1 = filterIncidents(records, { ...NO_FILTER, severity: 'SEV1' }, SERVICES, utcDay);
    expect(sev1.every((r) => r.severity === 'SEV1')).toBe(true);
    expect(filterIncidents(records, { ...NO_FILTER, source: 'jira' }, SERVICES, utcDay)).toEqual(
      [],
    );
    const february = filterIncidents(
      records,
      { ...NO_FILTER, from: '2026-02-05', to: '2026-02-05' },
      SERVICES,
      utcDay,
    );
    expect(february.map((r) => r.sourceId)).toEqual([byId(41)?.sourceId]);
  });
});
