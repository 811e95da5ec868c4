// The Trends filters, read for incidents. An incident names its services as its tool wrote them, so
// the service filter matches by the team's service name (case and spacing aside), as the incident
// list matches them. Incidents rehearse no scenario: the scenario filter is the drills' alone, and
// the screen says so beside the comparison.
import type { IsoDate } from '../records/common';
import type { ServiceRecord } from '../records/services';
import { inRange, resolvePeriod, type TrendFilters } from '../trends/filters';
import type { PreparedIncident } from './prepare';

/** Which records a trend reads: the URL's `source` choice. */
export const TREND_SOURCES = ['both', 'drills', 'incidents'] as const;
export type TrendSource = (typeof TREND_SOURCES)[number];

export const TREND_SOURCE_LABELS: Readonly<Record<TrendSource, string>> = {
  both: 'Drills and incidents',
  drills: 'Drills only',
  incidents: 'Incidents only',
};

/** A service name as matching reads it: "Checkout  API" and "checkout api" are one service. */
export function serviceKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function applyIncidentFilters(
  incidents: readonly PreparedIncident[],
  filters: TrendFilters,
  services: readonly ServiceRecord[],
  today: IsoDate,
): PreparedIncident[] {
  const range = resolvePeriod(filters, today);
  return incidents.filter(
    (incident) => inRange(incident.date, range) && matchesIncident(incident, filters, services),
  );
}

/** Every filter except the period (and the scenario, which incidents do not have). */
export function matchesIncident(
  incident: PreparedIncident,
  filters: TrendFilters,
  services: readonly ServiceRecord[],
): boolean {
  if (filters.teamId !== null && incident.teamId !== filters.teamId) return false;
  if (filters.severity !== null && incident.severity !== filters.severity) return false;
  if (filters.serviceId === null) return true;
  const service = services.find((s) => s.id === filters.serviceId);
  if (service === undefined) return false;
  const wanted = serviceKey(service.name);
  return incident.services.some((name) => serviceKey(name) === wanted);
}
