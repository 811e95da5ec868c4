// incident.io: the incidents of GET /v2/incidents (`{ "incidents": [...], "pagination_meta" }`,
// pages, or a bare list). Times are the incident's timestamp values, found by their names (the
// defaults, and the names teams commonly add). `mode` test and tutorial are rehearsals. A
// retrospective incident was created after it was over, so its `created_at` is never used: only
// its timestamp values. Duration metrics are sums of these same timestamps and are not read.
import { RecordCollector, collectJson } from './collect';
import type { IncidentMilestoneId } from '../records/incidents';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import { firstRecord, recordsUnder } from './json-pages';
import type { FileContent } from './open-file';
import type { SeverityTable } from './severity';
import { timeZone } from './time-zone';
import { isoReader } from './times';
import { isObject, listAt, objectAt, textOf, type Json } from './values';

/** incident.io's default severities. */
const SEVERITIES: SeverityTable = { critical: 'SEV1', major: 'SEV2', minor: 'SEV3' };

/** Timestamp names, lower-case without a trailing " at", to milestones; earlier names win. */
const TIMESTAMPS: readonly (readonly [string, IncidentMilestoneId])[] = [
  ['impact started', 'impactBegan'],
  ['detected', 'detected'],
  ['reported', 'detected'],
  ['acknowledged', 'acknowledged'],
  ['accepted', 'acknowledged'],
  ['identified', 'diagnosed'],
  ['mitigated', 'mitigated'],
  ['fixed', 'mitigated'],
  ['resolved', 'recovered'],
  ['closed', 'closed'],
  ['stakeholders notified', 'stakeholdersNotified'],
];

const OPEN_CATEGORIES = new Set(['triage', 'live', 'paused']);

export const INCIDENT_IO: Importer = {
  tool: 'incident-io',
  label: 'incident.io — incidents (v2 API JSON)',
  kindOfFile: 'an incident.io incidents export',
  format: 'json',
  listKey: 'incidents',
  milestones: [
    'impactBegan',
    'detected',
    'acknowledged',
    'diagnosed',
    'mitigated',
    'recovered',
    'closed',
    'stakeholdersNotified',
  ],
  detection:
    'Detection is the “Reported at” timestamp (or a “Detected at” one); without either, a standard incident’s creation stands in for it.',
  recognise(content) {
    if (content.kind !== 'json') return false;
    const first = firstRecord(content.root, 'incidents');
    return (
      first !== undefined &&
      ('incident_timestamp_values' in first || ('mode' in first && 'incident_status' in first))
    );
  },
  read: readIncidentIo,
};

function readIncidentIo(content: FileContent, options: ImportOptions): ImportOutcome {
  const records = content.kind === 'json' ? recordsUnder(content.root, 'incidents') : undefined;
  const collector = new RecordCollector('incident-io');
  if (records === undefined) return collector.result();
  const zone = timeZone(options.timeZone);
  const context = readContext('incident-io', isoReader(zone), zone.name, SEVERITIES, options);
  collectJson(records.items, context, readIncident, collector);
  return collector.result();
}

function readIncident(record: Json, b: IncidentBuilder): void {
  b.id(record.id, 'id');
  b.ref(record.reference);
  b.name(record.name);
  b.severityFrom(objectAt(record, 'severity')?.name, 'severity.name');
  readCustomFields(record, b);

  const stamps = timestampValues(record);
  for (const [name, milestone] of TIMESTAMPS) {
    const stamp = stamps.get(name);
    if (stamp !== undefined && !b.has(milestone)) b.time(milestone, stamp.value, stamp.field);
  }
  const mode = textOf(record.mode);
  if (!b.has('detected')) {
    if (mode === 'retrospective') {
      b.note(
        'A retrospective incident, created after it was over: its creation is not its detection, which is not recorded.',
      );
    } else {
      b.time('detected', record.created_at, 'created_at', 'creation');
    }
  }
  const reviewed = stamps.get('reviewed');
  if (reviewed !== undefined) b.flag('reviewHeld', true, reviewed.field);
  else if (textOf(record.postmortem_document_url) !== undefined)
    b.flag('reviewHeld', true, 'postmortem_document_url');

  if (mode === 'test' || mode === 'tutorial')
    b.apart('rehearsal', `a ${mode} incident (mode "${mode}")`);
  const category = textOf(objectAt(record, 'incident_status')?.category);
  if (category === 'declined') b.apart('declined', 'declined (status category "declined")');
  else if (category === 'merged')
    b.apart('merged', 'merged into another incident (status category "merged")');
  else if (category === 'canceled') b.apart('cancelled', 'cancelled (status category "canceled")');
  else if (category !== undefined && OPEN_CATEGORIES.has(category)) {
    b.apart('open', `still open (status category ${JSON.stringify(category)})`);
  }
}

/** Non-empty timestamp values by normalised name, each with the field a user can find it by. */
function timestampValues(record: Json): Map<string, { value: unknown; field: string }> {
  const values = new Map<string, { value: unknown; field: string }>();
  for (const entry of listAt(record, 'incident_timestamp_values')) {
    const name = textOf(objectAt(entry, 'incident_timestamp')?.name);
    const value = objectAt(entry, 'value')?.value;
    if (name === undefined || value === undefined || value === null) continue;
    const key = name.toLowerCase().replace(/\s+at$/u, '');
    if (!values.has(key)) values.set(key, { value, field: `incident_timestamp_values["${name}"]` });
  }
  return values;
}

/** Custom fields named like services or teams ("Affected services", "Team"). */
function readCustomFields(record: Json, b: IncidentBuilder): void {
  for (const entry of listAt(record, 'custom_field_entries')) {
    const name = textOf(objectAt(entry, 'custom_field')?.name)?.toLowerCase() ?? '';
    const isService = name.includes('service');
    const isTeam = !isService && name.includes('team');
    if (!isService && !isTeam) continue;
    for (const value of listAt(entry, 'values')) {
      if (!isObject(value)) continue;
      const text =
        objectAt(value, 'value_catalog_entry')?.name ??
        objectAt(value, 'value_option')?.value ??
        value.value_text;
      if (isService) b.service(text);
      else b.team(text);
    }
  }
}
