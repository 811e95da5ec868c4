// Opsgenie: the alerts of GET /v2/alerts (`{ "data": [...], "paging": {...} }`, one page, an
// array of pages, or a bare list). Its report times are not timestamps: `report.ackTime` and
// `report.closeTime` are milliseconds after `createdAt`. Opsgenie records no detection apart from
// the alert's creation, which stands in for it. Alerts name no service; `entity` (what the alert
// is about, in GET /v2/alerts/{id} but not in the list) is kept as the service name when set.
import { RecordCollector, collectJson } from './collect';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import { firstRecord, recordsUnder } from './json-pages';
import type { FileContent } from './open-file';
import { P_PRIORITIES } from './severity';
import { timeZone } from './time-zone';
import { isoReader } from './times';
import { objectAt, textOf, type Json } from './values';

export const OPSGENIE: Importer = {
  tool: 'opsgenie',
  label: 'Opsgenie — alerts (JSON)',
  kindOfFile: 'an Opsgenie alerts export',
  format: 'json',
  listKey: 'data',
  milestones: ['detected', 'acknowledged', 'recovered'],
  detection:
    'Opsgenie records no separate detection: the alert’s creation (createdAt) stands in for it.',
  recognise(content) {
    if (content.kind !== 'json') return false;
    const first = firstRecord(content.root, 'data');
    return first !== undefined && 'createdAt' in first && ('tinyId' in first || 'report' in first);
  },
  read: readOpsgenie,
};

function readOpsgenie(content: FileContent, options: ImportOptions): ImportOutcome {
  const records = content.kind === 'json' ? recordsUnder(content.root, 'data') : undefined;
  const collector = new RecordCollector('opsgenie');
  if (records === undefined) return collector.result();
  const zone = timeZone(options.timeZone);
  const context = readContext('opsgenie', isoReader(zone), zone.name, P_PRIORITIES, options);
  collectJson(records.items, context, readAlert, collector);
  return collector.result();
}

function readAlert(record: Json, b: IncidentBuilder): void {
  b.id(record.id, 'id');
  b.ref(record.tinyId, '#');
  b.name(record.message);
  b.severityFrom(record.priority, 'priority');
  b.service(record.entity);

  const created = b.time('detected', record.createdAt, 'createdAt', 'creation');
  const report = objectAt(record, 'report');
  b.after('acknowledged', created, report?.ackTime, 1, 'report.ackTime (ms after createdAt)');
  b.after('recovered', created, report?.closeTime, 1, 'report.closeTime (ms after createdAt)');

  const status = textOf(record.status);
  if (status !== 'closed') {
    b.apart('open', `still open (status ${JSON.stringify(status ?? 'none')})`);
  } else if (!b.has('recovered')) {
    b.note(
      'Closed, but the export gives no close time (report.closeTime): recovery is not recorded.',
    );
  }
}
