import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../trends/filters';
import { sourceOf } from '../trends/trends-fixtures';
import { applyIncidentFilters, serviceKey } from './filters';
import { prepareIncidents } from './prepare';
import { incidentRecord } from './test-support';

const { services } = sourceOf([]);
const incidents = prepareIncidents(
  [
    incidentRecord({
      id: 'a',
      day: 0,
      at: { detected: 0, recovered: 5 },
      services: [' checkout '],
    }),
    incidentRecord({
      id: 'b',
      day: 100,
      at: { detected: 0, recovered: 5 },
      services: ['Search', 'Unknown thing'],
      severity: 'SEV1',
    }),
    incidentRecord({ id: 'c', day: 100, teamId: 'team-b', at: { detected: 0, recovered: 5 } }),
  ],
  { timeZoneOffsetMinutes: 0 },
);
const ids = (filters: Partial<typeof NO_FILTERS>) =>
  applyIncidentFilters(incidents, { ...NO_FILTERS, ...filters }, services, '2025-06-30').map(
    (i) => i.id,
  );

describe('applyIncidentFilters', () => {
  it('keeps every recovered incident without filters', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });
  it('filters by team, severity and period', () => {
    expect(ids({ teamId: 'team-a' })).toEqual(['a', 'b']);
    expect(ids({ severity: 'SEV1' })).toEqual(['b']);
    expect(ids({ period: '90d' })).toEqual(['b', 'c']);
    expect(ids({ period: 'custom', from: '2025-01-01', to: '2025-01-01' })).toEqual(['a']);
  });
  it('matches a service by the team’s name for it, case and spacing aside', () => {
    expect(ids({ serviceId: 'svc-1' })).toEqual(['a', 'c']);
    expect(ids({ serviceId: 'svc-2' })).toEqual(['b']);
    expect(ids({ serviceId: 'gone' })).toEqual([]);
    expect(serviceKey('  Checkout   API ')).toBe('checkout api');
  });
  it('ignores the scenario filter: incidents rehearse no scenario', () => {
    expect(ids({ scenarioId: 'scenario-9' })).toEqual(['a', 'b', 'c']);
  });
});
