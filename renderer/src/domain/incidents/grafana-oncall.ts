// Grafana IRM / OnCall: the alert groups of GET /api/v1/alert_groups/ (`{ "count", "next",
// "results": [...] }`, pages, or a bare list). An alert group records its creation, its first
// acknowledgement and its resolution; the creation stands in for detection. It has no severity
// or service field: labels named "severity" (or "priority"), "service" and "team" are read when
// the integration sets them, and their values need the mapping step unless they are SEV1–4 / P1–5.
import { RecordCollector, collectJson } from './collect';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import { firstRecord, recordsUnder } from './json-pages';
import type { FileContent } from './open-file';
import { P_PRIORITIES } from './severity';
import { timeZone } from './time-zone';
import { isoReader } from './times';
import { listAt, objectAt, textOf, type Json } from './values';

export const GRAFANA_ONCALL: Importer = {
  tool: 'grafana-oncall',
  label: 'Grafana IRM / OnCall — alert groups (JSON)',
  kindOfFile: 'a Grafana OnCall alert groups export',
  format: 'json',
  listKey: 'results',
  milestones: ['detected', 'acknowledged', 'recovered'],
  detection:
    'Grafana OnCall records no separate detection: the alert group’s creation (created_at) stands in for it.',
  recognise(content) {
    if (content.kind !== 'json') return false;
    const first = firstRecord(content.root, 'results');
    return (
      first !== undefined &&
      'state' in first &&
      ('alerts_count' in first || 'integration_id' in first)
    );
  },
  read: readOnCall,
};

function readOnCall(content: FileContent, options: ImportOptions): ImportOutcome {
  const records = content.kind === 'json' ? recordsUnder(content.root, 'results') : undefined;
  const collector = new RecordCollector('grafana-oncall');
  if (records === undefined) return collector.result();
  const zone = timeZone(options.timeZone);
  const context = readContext('grafana-oncall', isoReader(zone), zone.name, P_PRIORITIES, options);
  collectJson(records.items, context, readAlertGroup, collector);
  return collector.result();
}

function readAlertGroup(record: Json, b: IncidentBuilder): void {
  b.id(record.id, 'id');
  b.name(record.title);
  listAt(record, 'labels').forEach((label, index) => {
    const key = textOf(objectAt(label, 'key')?.name)?.toLowerCase();
    const value = objectAt(label, 'value')?.name;
    if (key === 'severity' || key === 'priority')
      b.severityFrom(value, `labels[${index}].value.name (${key})`);
    else if (key === 'service' || key === 'service_name') b.service(value);
    else if (key === 'team') b.team(value);
  });

  b.time('detected', record.created_at, 'created_at', 'creation');
  b.time('acknowledged', record.acknowledged_at, 'acknowledged_at');
  b.time('recovered', record.resolved_at, 'resolved_at');

  const state = textOf(record.state);
  if (state !== 'resolved')
    b.apart('open', `still open (state ${JSON.stringify(state ?? 'none')})`);
}
