// Stored incidents for the organisation-size benchmark: the importers' own generator writes a
// PagerDuty export of the requested size, the PagerDuty importer reads it, and each incident is
// kept as the incidents record kind stores it (not recorded is null), spread over the given teams.
import { generateExport } from '../../renderer/src/domain/incidents/generate-export';
import type { MilestoneTime, ParsedIncident } from '../../renderer/src/domain/incidents/incident';
import { openIncidentFile } from '../../renderer/src/domain/incidents/open-file';
import { PAGERDUTY_REST } from '../../renderer/src/domain/incidents/pagerduty-rest';
import type { Id } from '../../renderer/src/domain/records/common';
import {
  INCIDENT_MILESTONES,
  type IncidentRecord,
  type StoredMilestone,
  type StoredMilestones,
} from '../../renderer/src/domain/records/incidents';

const stored = (time: MilestoneTime | undefined): StoredMilestone | null =>
  time === undefined ? null : { ...time };

function toRecord(incident: ParsedIncident, id: Id, teamId: Id, now: number): IncidentRecord {
  const milestones = Object.fromEntries(
    INCIDENT_MILESTONES.map((m) => [m, stored(incident.milestones[m])]),
  ) as unknown as StoredMilestones;
  return {
    id,
    teamId,
    title: incident.title,
    reference: incident.reference ?? null,
    severity: incident.severity ?? null,
    severityRaw: incident.severityRaw ?? null,
    services: incident.services,
    teamHint: incident.teamHint ?? null,
    source: incident.tool,
    sourceKey: incident.sourceKey,
    sourceId: incident.sourceId,
    state: incident.milestones.recovered === undefined ? 'open' : 'recovered',
    milestones,
    runbookUsed: incident.runbookUsed ?? null,
    automationUsed: incident.automationUsed ?? null,
    reviewHeld: incident.reviewHeld ?? null,
    notes: incident.notes,
    importedFrom: { fileName: 'pagerduty-incidents.json', at: now },
    createdAt: now,
    updatedAt: now,
  };
}

/** `count` incidents as stored records, team by team in turn; ids are UUID-shaped and stable. */
export function storedIncidents(
  count: number,
  teamIds: readonly Id[],
  now: number,
): IncidentRecord[] {
  // The generator makes every 25th incident open and every 40th a test, which an import keeps
  // apart: make enough for `count` kept ones.
  const text = generateExport('pagerduty-rest', Math.ceil(count * 1.1) + 10);
  const opened = openIncidentFile(text, text.length);
  if (!opened.ok) throw new Error(opened.problem.message);
  const read = PAGERDUTY_REST.read(opened.value, { timeZone: 'UTC' });
  if (!read.ok) throw new Error(read.problem.message);
  if (read.incidents.length < count) throw new Error('The generator made too few incidents.');
  return read.incidents
    .slice(0, count)
    .map((incident, index) =>
      toRecord(
        incident,
        `3${index.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`,
        teamIds[index % teamIds.length] ?? '',
        now,
      ),
    );
}
