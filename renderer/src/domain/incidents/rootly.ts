// Rootly: the JSON:API response of GET /v1/incidents (`{ "data": [{ "id", "type": "incidents",
// "attributes": {...} }], "links", "meta" }`, pages, or a bare list). `detected_at` and
// `acknowledged_at` are set only by hand or by a workflow, so they are often null; without a
// detection the incident's creation stands in for it, unless the incident was recorded after it
// was over. `kind` test and example are rehearsals, backfilled incidents were typed in later, and
// scheduled ones are maintenance.
import { RecordCollector, collectJson } from './collect';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import { firstRecord, recordsUnder } from './json-pages';
import type { FileContent } from './open-file';
import type { SeverityTable } from './severity';
import { timeZone } from './time-zone';
import { isoReader } from './times';
import { isObject, listAt, objectAt, textOf, type Json } from './values';

/** Rootly's severity levels, which every custom severity name is attached to. */
const LEVELS: SeverityTable = { critical: 'SEV1', high: 'SEV2', medium: 'SEV3', low: 'SEV4' };

const REHEARSAL_KINDS = new Set(['test', 'test_sub', 'example', 'example_sub']);
const MAINTENANCE_KINDS = new Set(['scheduled', 'scheduled_sub']);
const FINISHED = new Set(['resolved', 'closed', 'completed']);

export const ROOTLY: Importer = {
  tool: 'rootly',
  label: 'Rootly — incidents (JSON:API)',
  kindOfFile: 'a Rootly incidents export',
  format: 'json',
  listKey: 'data',
  milestones: ['impactBegan', 'detected', 'acknowledged', 'mitigated', 'recovered', 'closed'],
  detection:
    'Detection is detected_at, often left empty in Rootly; then the incident’s creation (created_at) stands in for it.',
  recognise(content) {
    if (content.kind !== 'json') return false;
    const first = firstRecord(content.root, 'data');
    return first?.type === 'incidents' && isObject(first.attributes);
  },
  read: readRootly,
};

function readRootly(content: FileContent, options: ImportOptions): ImportOutcome {
  const records = content.kind === 'json' ? recordsUnder(content.root, 'data') : undefined;
  const collector = new RecordCollector('rootly');
  if (records === undefined) return collector.result();
  const zone = timeZone(options.timeZone);
  const context = readContext('rootly', isoReader(zone), zone.name, LEVELS, options);
  collectJson(records.items, context, readIncident, collector);
  return collector.result();
}

/** A related record's name: `{ "data": { "attributes": { "name": … } } }`. */
const relatedName = (value: unknown) => objectAt(objectAt(value, 'data'), 'attributes')?.name;

function readIncident(record: Json, b: IncidentBuilder): void {
  b.allowLateCreation();
  b.id(record.id, 'id');
  const a = objectAt(record, 'attributes') ?? {};
  b.ref(a.sequential_id, '#');
  b.name(a.title);
  readSeverity(a, b);
  for (const service of listAt(a, 'services')) b.service(relatedName(service));
  for (const group of listAt(a, 'groups')) b.team(relatedName(group));

  b.time('impactBegan', a.started_at, 'attributes.started_at');
  b.time('detected', a.detected_at, 'attributes.detected_at');
  if (!b.has('detected')) b.time('detected', a.created_at, 'attributes.created_at', 'creation');
  b.time('acknowledged', a.acknowledged_at, 'attributes.acknowledged_at');
  b.time('mitigated', a.mitigated_at, 'attributes.mitigated_at');
  b.time('recovered', a.resolved_at, 'attributes.resolved_at');
  b.time('closed', a.closed_at, 'attributes.closed_at');
  const retrospective = textOf(a.retrospective_progress_status);
  if (retrospective === 'completed' || retrospective === 'skipped') {
    b.flag('reviewHeld', retrospective === 'completed', 'attributes.retrospective_progress_status');
  }
  classify(a, b);
}

function readSeverity(a: Json, b: IncidentBuilder): void {
  const severity = objectAt(objectAt(a, 'severity'), 'data');
  const attributes = objectAt(severity, 'attributes');
  const name = textOf(attributes?.name);
  const level = textOf(attributes?.severity);
  // The name is what the team reads ("SEV1", "Major"); the level is Rootly's own scale behind it.
  if (name !== undefined && (b.knowsSeverity(name) || level === undefined)) {
    b.severityFrom(name, 'attributes.severity.data.attributes.name');
  } else if (level !== undefined) {
    b.severityFrom(level, 'attributes.severity.data.attributes.severity');
  }
}

function classify(a: Json, b: IncidentBuilder): void {
  const kind = textOf(a.kind);
  const status = textOf(a.status);
  if (kind !== undefined && REHEARSAL_KINDS.has(kind))
    b.apart('rehearsal', `a ${kind.replace('_sub', '')} incident (kind "${kind}")`);
  if (kind === 'backfilled')
    b.apart('backfilled', 'backfilled: typed in after the fact (kind "backfilled")');
  if (kind !== undefined && MAINTENANCE_KINDS.has(kind))
    b.apart('maintenance', `scheduled maintenance (kind "${kind}")`);
  if (status === 'cancelled') b.apart('cancelled', 'cancelled (status "cancelled")');
  if (textOf(a.duplicate_incident_id) !== undefined) {
    b.apart('duplicate', `a duplicate of incident ${String(a.duplicate_incident_id)}`);
  }
  if (status !== undefined && !FINISHED.has(status))
    b.apart('open', `still open (status ${JSON.stringify(status)})`);
  if (status === undefined && !b.has('recovered')) b.apart('open', 'still open (no resolved_at)');
}
