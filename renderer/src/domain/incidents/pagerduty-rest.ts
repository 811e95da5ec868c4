// PagerDuty's REST API: the response of GET /incidents (one page, an array of pages, or a bare
// list), optionally with the incidents' log entries (GET /log_entries) in the same file.
//
// PagerDuty records no detection apart from the incident's trigger, so `created_at` stands in for
// it. It empties `acknowledgements[]` once an incident is resolved: for a resolved incident the
// first acknowledgement comes from its `acknowledge_log_entry` log entries when the file has them,
// and is otherwise not recorded.
import { RecordCollector, collectJson } from './collect';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import { firstRecord, recordsUnder } from './json-pages';
import type { FileContent } from './open-file';
import { P_PRIORITIES } from './severity';
import { timeZone } from './time-zone';
import { isoReader } from './times';
import { isObject, listAt, objectAt, textOf, type Json } from './values';

interface AckCandidate {
  readonly value: unknown;
  readonly field: string;
}

export const PAGERDUTY_REST: Importer = {
  tool: 'pagerduty',
  label: 'PagerDuty — incidents (REST API JSON)',
  kindOfFile: 'a PagerDuty incidents export (REST API, GET /incidents)',
  format: 'json',
  listKey: 'incidents',
  milestones: ['detected', 'acknowledged', 'recovered'],
  detection:
    'PagerDuty records no separate detection: the incident’s trigger (created_at) stands in for it.',
  recognise(content) {
    if (content.kind !== 'json') return false;
    const first = firstRecord(content.root, 'incidents');
    return first !== undefined && 'incident_number' in first && 'created_at' in first;
  },
  read: readPagerDutyRest,
};

function readPagerDutyRest(content: FileContent, options: ImportOptions): ImportOutcome {
  const records = content.kind === 'json' ? recordsUnder(content.root, 'incidents') : undefined;
  const collector = new RecordCollector('pagerduty');
  if (records === undefined) return collector.result();
  const acks = acknowledgeEntries(content.kind === 'json' ? content.root : undefined);
  const zone = timeZone(options.timeZone);
  const context = readContext('pagerduty', isoReader(zone), zone.name, P_PRIORITIES, options);
  let resolvedWithoutAck = 0;
  collectJson(
    records.items,
    context,
    (record, builder) => {
      readIncident(record, builder, acks);
      if (record.status === 'resolved' && !builder.has('acknowledged')) resolvedWithoutAck += 1;
    },
    collector,
  );
  if (resolvedWithoutAck > 0 && acks.size === 0) {
    collector.note(
      'PagerDuty empties the acknowledgements of resolved incidents, and this file has no log entries: times to acknowledge are not recorded for them. Add the log entries (GET /log_entries) to the file to read them.',
    );
  }
  return collector.result();
}

function readIncident(record: Json, b: IncidentBuilder, acks: Map<string, AckCandidate[]>): void {
  b.id(record.id, 'id');
  b.ref(record.incident_number, '#');
  b.name(record.title ?? record.summary);
  const priority = objectAt(record, 'priority');
  if (priority !== undefined) {
    b.severityFrom(
      priority.name ?? priority.summary,
      priority.name === undefined ? 'priority.summary' : 'priority.name',
    );
  }
  const service = objectAt(record, 'service');
  b.service(service?.summary ?? service?.name);
  const team = listAt(record, 'teams').find(isObject);
  b.team(team?.summary ?? team?.name);

  b.time('detected', record.created_at, 'created_at', 'creation');
  const listed = listAt(record, 'acknowledgements').map((ack, index) => ({
    value: isObject(ack) ? ack.at : undefined,
    field: `acknowledgements[${index}].at`,
  }));
  const logged = [...listAt(record, 'log_entries').entries()]
    .filter(([, entry]) => isObject(entry) && entry.type === 'acknowledge_log_entry')
    .map(([index, entry]) => ({
      value: (entry as Json).created_at,
      field: `log_entries[${index}].created_at (acknowledge_log_entry)`,
    }));
  const id = textOf(record.id);
  const fromFile = id === undefined ? [] : (acks.get(id) ?? []);
  b.earliest('acknowledged', [...listed, ...logged, ...fromFile]);
  b.time('recovered', record.resolved_at, 'resolved_at');

  const status = textOf(record.status);
  const merged = objectAt(record, 'resolve_reason');
  if (merged?.type === 'merge_resolve_reason') {
    const into = textOf(objectAt(merged, 'incident')?.id);
    b.apart('merged', `merged into another incident${into === undefined ? '' : ` (${into})`}`);
  } else if (status !== 'resolved') {
    b.apart('open', `still open (status ${JSON.stringify(status ?? 'none')})`);
  }
}

/** The file's acknowledge log entries by incident id: GET /log_entries pages beside the incidents. */
function acknowledgeEntries(root: unknown): Map<string, AckCandidate[]> {
  const byIncident = new Map<string, AckCandidate[]>();
  const pages = isObject(root) ? [root] : Array.isArray(root) ? root.filter(isObject) : [];
  const entries = pages.flatMap((page) => listAt(page, 'log_entries'));
  entries.forEach((entry, index) => {
    if (!isObject(entry) || entry.type !== 'acknowledge_log_entry') return;
    const incident = textOf(objectAt(entry, 'incident')?.id);
    if (incident === undefined) return;
    const list = byIncident.get(incident) ?? [];
    list.push({
      value: entry.created_at,
      field: `log_entries[${index}].created_at (acknowledge_log_entry)`,
    });
    byIncident.set(incident, list);
  });
  return byIncident;
}
