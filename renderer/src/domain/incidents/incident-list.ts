// What the incidents screen shows: each incident's services matched to the team's by name (so a
// service renamed or added later just works; a name no service has is kept and shown as such),
// when it happened, and the filters a user narrows the list with.
import type { EpochMs, Id, IsoDate } from '../records/common';
import type { IncidentRecord, IncidentSource } from '../records/incidents';
import type { Severity } from '../records/drills';

export interface NamedService {
  readonly id: Id;
  readonly name: string;
}

export interface MatchedService {
  /** As the file wrote it. */
  readonly name: string;
  /** The team's service of that name (letter case and spaces aside), or null: unmatched. */
  readonly service: NamedService | null;
}

const nameKey = (name: string) => name.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');

/** Matches names to services once per list, not once per incident and service. */
export function serviceMatcher(
  services: readonly NamedService[],
): (incident: Pick<IncidentRecord, 'services'>) => MatchedService[] {
  const byName = new Map(services.map((service) => [nameKey(service.name), service]));
  return (incident) =>
    incident.services.map((name) => ({ name, service: byName.get(nameKey(name)) ?? null }));
}

/**
 * When an incident happened, for sorting and the period filter: its detection, or the first
 * milestone it has when the tool recorded none.
 */
export function incidentStart(incident: IncidentRecord): EpochMs {
  const { milestones } = incident;
  return (
    milestones.detected?.at ??
    milestones.impactBegan?.at ??
    milestones.acknowledged?.at ??
    milestones.recovered?.at ??
    milestones.closed?.at ??
    incident.createdAt
  );
}

export interface IncidentFilter {
  /** A team service's id, `unmatched` for incidents naming a service the team does not have, or ''. */
  readonly service: string;
  readonly severity: Severity | '';
  readonly source: IncidentSource | '';
  /** Calendar days on the user's calendar, inclusive; an empty string is open-ended. */
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export const NO_FILTER: IncidentFilter = {
  service: '',
  severity: '',
  source: '',
  from: '',
  to: '',
};

/**
 * The incidents the filter keeps, newest first. `dayOf` gives the user's calendar day of an
 * instant (their zone is the screen's, not the domain's).
 */
export function filterIncidents(
  incidents: readonly IncidentRecord[],
  filter: IncidentFilter,
  services: readonly NamedService[],
  dayOf: (at: EpochMs) => IsoDate,
): IncidentRecord[] {
  const match = serviceMatcher(services);
  const keeps = (incident: IncidentRecord) => {
    if (filter.severity !== '' && incident.severity !== filter.severity) return false;
    if (filter.source !== '' && incident.source !== filter.source) return false;
    if (filter.service !== '') {
      const matched = match(incident);
      const ok =
        filter.service === 'unmatched'
          ? matched.some((item) => item.service === null)
          : matched.some((item) => item.service?.id === filter.service);
      if (!ok) return false;
    }
    if (filter.from !== '' || filter.to !== '') {
      const day = dayOf(incidentStart(incident));
      if (filter.from !== '' && day < filter.from) return false;
      if (filter.to !== '' && day > filter.to) return false;
    }
    return true;
  };
  return incidents
    .filter(keeps)
    .sort((a, b) => incidentStart(b) - incidentStart(a) || a.sourceId.localeCompare(b.sourceId));
}
