// Imported incidents as CSV for spreadsheets: one row per incident, every milestone as an ISO 8601
// time in UTC (a spreadsheet reads it as a date, and no zone is guessed), and the measures in
// minutes with two decimals, as the drills' CSV writes them. A milestone or measure not recorded
// is an empty cell, never 0, as on screen. Cells a spreadsheet would run as a formula are
// neutralised, the same way the drills' CSV does.
import Papa from 'papaparse';
import type { Id } from '../records/common';
import { INCIDENT_MILESTONES, type IncidentRecord, type StoredFlag } from '../records/incidents';
import { measureIncident, type IncidentMeasures } from '../incidents/incident-measures';
import { incidentStart } from '../incidents/incident-list';
import { formatDurationMinutesCell } from '../dates/durations';
import { INCIDENT_STATE_LABELS, MILESTONE_LABELS, SOURCE_LABELS } from '../words/incidents';
import { FORMULA_START } from './drills-csv';

export interface IncidentsCsvInput {
  readonly incidents: readonly IncidentRecord[];
  readonly teamNames: ReadonlyMap<Id, string>;
}

const MEASURES = [
  ['timeToDetect', 'Time to detect'],
  ['timeToAcknowledge', 'Time to acknowledge'],
  ['timeToRecover', 'Time to recover'],
  ['impactDuration', 'Impact duration'],
  ['commsLatency', 'Stakeholders told after'],
] as const satisfies readonly (readonly [keyof IncidentMeasures, string])[];

export const INCIDENTS_CSV_HEADER: readonly string[] = [
  'Team',
  'Title',
  'Reference',
  'Source',
  'Source ID',
  'State',
  'Severity',
  'Severity as written',
  'Services',
  ...INCIDENT_MILESTONES.map((id) => `${MILESTONE_LABELS[id]} (UTC)`),
  ...MEASURES.map(([, label]) => `${label} (minutes)`),
  'Detection is the creation time',
  'Runbook used',
  'Automation used',
  'Review held',
  'Imported from',
  'Incident ID',
];

const flag = (value: StoredFlag | null) => (value === null ? '' : value.value ? 'yes' : 'no');

export function buildIncidentsCsv(input: IncidentsCsvInput): string {
  const team = (incident: IncidentRecord) => input.teamNames.get(incident.teamId) ?? '';
  const ordered = [...input.incidents].sort(
    (a, b) =>
      team(a).localeCompare(team(b)) ||
      incidentStart(a) - incidentStart(b) ||
      a.sourceId.localeCompare(b.sourceId),
  );
  const rows = ordered.map((incident) => incidentRow(incident, team(incident)));
  return Papa.unparse([[...INCIDENTS_CSV_HEADER], ...rows], {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
}

function incidentRow(incident: IncidentRecord, teamName: string): string[] {
  const measures = measureIncident(incident);
  return [
    teamName,
    incident.title,
    incident.reference ?? '',
    SOURCE_LABELS[incident.source],
    incident.sourceId,
    INCIDENT_STATE_LABELS[incident.state],
    incident.severity ?? '',
    incident.severityRaw ?? '',
    incident.services.join('; '),
    ...INCIDENT_MILESTONES.map((id) => {
      const time = incident.milestones[id];
      return time === null ? '' : new Date(time.at).toISOString();
    }),
    ...MEASURES.map(([id]) => formatDurationMinutesCell(measures[id])),
    measures.detectionStandsIn ? 'yes' : 'no',
    flag(incident.runbookUsed),
    flag(incident.automationUsed),
    flag(incident.reviewHeld),
    incident.importedFrom.fileName,
    incident.id,
  ];
}
