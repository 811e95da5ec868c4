// PagerDuty Analytics: the response of POST /analytics/raw/incidents. Its times carry no zone:
// they are written in the request's `time_zone`, which the response repeats, so they are read in
// that zone (or, when a saved page lost it, in the zone the user chose). Acknowledgement and
// recovery are counted in seconds from the trigger, which is instant arithmetic and so right
// across a daylight-saving change; `resolved_at` is used only when `seconds_to_resolve` is absent.
import { RecordCollector, collectJson } from './collect';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import { firstPage, firstRecord, recordsUnder } from './json-pages';
import type { FileContent } from './open-file';
import { P_PRIORITIES } from './severity';
import { isKnownTimeZone, timeZone } from './time-zone';
import { isoReader } from './times';
import { textOf, type Json } from './values';

const SECOND_MS = 1000;
/** Beyond this, resolved_at and seconds_to_resolve tell different stories, and the user is told. */
const DISAGREEMENT_MS = 60 * SECOND_MS;

export const PAGERDUTY_ANALYTICS: Importer = {
  tool: 'pagerduty',
  label: 'PagerDuty — Analytics raw incidents (JSON)',
  kindOfFile: 'a PagerDuty Analytics raw incidents export',
  format: 'json',
  listKey: 'data',
  milestones: ['detected', 'acknowledged', 'recovered'],
  detection:
    'PagerDuty records no separate detection: the incident’s trigger (created_at) stands in for it.',
  recognise(content) {
    if (content.kind !== 'json') return false;
    const first = firstRecord(content.root, 'data');
    return (
      first !== undefined && ('seconds_to_resolve' in first || 'seconds_to_first_ack' in first)
    );
  },
  read: readAnalytics,
};

function readAnalytics(content: FileContent, options: ImportOptions): ImportOutcome {
  const root = content.kind === 'json' ? content.root : undefined;
  const records = recordsUnder(root, 'data');
  const collector = new RecordCollector('pagerduty');
  if (records === undefined) return collector.result();
  const named = textOf(firstPage(root)?.time_zone);
  const zoneName = named !== undefined && isKnownTimeZone(named) ? named : options.timeZone;
  collector.note(
    named === zoneName
      ? `Times in this file have no zone; they are read in ${zoneName}, the time_zone the export names.`
      : `Times in this file have no zone and the export names none PagerDuty and this app share; they are read in ${zoneName}, the zone you chose.`,
  );
  const zone = timeZone(zoneName);
  const context = readContext('pagerduty', isoReader(zone), zone.name, P_PRIORITIES, options);
  collectJson(records.items, context, readIncident, collector);
  return collector.result();
}

function readIncident(record: Json, b: IncidentBuilder): void {
  b.id(record.id, 'id');
  b.ref(record.incident_number, '#');
  b.name(record.description);
  b.severityFrom(record.priority_name, 'priority_name');
  b.service(record.service_name);
  b.team(record.team_name);

  const detected = b.time('detected', record.created_at, 'created_at', 'creation');
  b.after(
    'acknowledged',
    detected,
    record.seconds_to_first_ack,
    SECOND_MS,
    'seconds_to_first_ack (after created_at)',
  );
  const counted = b.after(
    'recovered',
    detected,
    record.seconds_to_resolve,
    SECOND_MS,
    'seconds_to_resolve (after created_at)',
  );
  if (counted === undefined) {
    b.time('recovered', record.resolved_at, 'resolved_at');
  } else if (typeof record.resolved_at === 'string') {
    const written = b.peek(record.resolved_at);
    if (written !== undefined && Math.abs(written - counted.at) > DISAGREEMENT_MS) {
      b.note(
        `resolved_at "${record.resolved_at}" and seconds_to_resolve (${String(record.seconds_to_resolve)}) disagree; the recovery time is counted from seconds_to_resolve.`,
      );
    }
  }
  const status = textOf(record.status);
  if (status !== undefined && status !== 'resolved') {
    b.apart('open', `still open (status ${JSON.stringify(status)})`);
  } else if (status === undefined && !b.has('recovered')) {
    b.apart('open', 'still open (no resolution recorded)');
  }
}
