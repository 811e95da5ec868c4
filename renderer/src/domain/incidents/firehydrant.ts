// FireHydrant: the incidents of GET /v1/incidents (`{ "data": [...], "pagination": {...} }`,
// pages, or a bare list). Times are the incident's milestones, `milestones[]` with `type` and
// `occurred_at`, or, where an account has moved to lifecycles, the milestones of its
// `lifecycle_phases[]` by `slug`. Without a `detected` milestone the incident's creation stands
// in for detection, unless the incident was recorded after it was over (FireHydrant can create
// already-resolved incidents).
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

/** FireHydrant's default severities run to SEV5, below the app's lowest. */
const SEVERITIES: SeverityTable = { sev5: 'SEV4' };

const MILESTONE_TYPES: Readonly<Record<string, IncidentMilestoneId>> = {
  started: 'impactBegan',
  detected: 'detected',
  acknowledged: 'acknowledged',
  identified: 'diagnosed',
  mitigated: 'mitigated',
  resolved: 'recovered',
  closed: 'closed',
};

const REVIEWED = new Set(['postmortem_completed', 'retrospective_completed']);
const FINISHED = new Set([
  'resolved',
  'postmortem_started',
  'postmortem_completed',
  'retrospective_started',
  'retrospective_completed',
  'closed',
]);

export const FIREHYDRANT: Importer = {
  tool: 'firehydrant',
  label: 'FireHydrant — incidents (JSON)',
  kindOfFile: 'a FireHydrant incidents export',
  format: 'json',
  listKey: 'data',
  milestones: [
    'impactBegan',
    'detected',
    'acknowledged',
    'diagnosed',
    'mitigated',
    'recovered',
    'closed',
  ],
  detection:
    'Detection is the “detected” milestone; without one, the incident’s creation (created_at) stands in for it.',
  recognise(content) {
    if (content.kind !== 'json') return false;
    const first = firstRecord(content.root, 'data');
    return (
      first !== undefined &&
      ('milestones' in first || 'current_milestone' in first || 'lifecycle_phases' in first)
    );
  },
  read: readFireHydrant,
};

function readFireHydrant(content: FileContent, options: ImportOptions): ImportOutcome {
  const records = content.kind === 'json' ? recordsUnder(content.root, 'data') : undefined;
  const collector = new RecordCollector('firehydrant');
  if (records === undefined) return collector.result();
  const zone = timeZone(options.timeZone);
  const context = readContext('firehydrant', isoReader(zone), zone.name, SEVERITIES, options);
  collectJson(records.items, context, readIncident, collector);
  return collector.result();
}

function readIncident(record: Json, b: IncidentBuilder): void {
  b.allowLateCreation();
  b.id(record.id, 'id');
  b.ref(record.number, '#');
  b.name(record.name);
  b.severityFrom(record.severity, 'severity');
  for (const service of listAt(record, 'services'))
    b.service(isObject(service) ? service.name : undefined);
  for (const assignment of listAt(record, 'team_assignments'))
    b.team(objectAt(assignment, 'team')?.name);

  for (const { type, value, field } of milestoneTimes(record)) {
    const milestone = Object.hasOwn(MILESTONE_TYPES, type) ? MILESTONE_TYPES[type] : undefined;
    if (milestone !== undefined && !b.has(milestone)) b.time(milestone, value, field);
    if (REVIEWED.has(type) && textOf(value) !== undefined) b.flag('reviewHeld', true, field);
  }
  if (!b.has('detected')) b.time('detected', record.created_at, 'created_at', 'creation');

  const current = textOf(record.current_milestone);
  if (textOf(record.discarded_at) !== undefined) {
    b.apart('cancelled', `archived in FireHydrant (discarded_at "${String(record.discarded_at)}")`);
  } else if (current !== undefined && !FINISHED.has(current)) {
    b.apart('open', `still open (current milestone ${JSON.stringify(current)})`);
  } else if (current === undefined && !b.has('recovered')) {
    b.apart('open', 'still open (no resolved milestone)');
  }
}

function milestoneTimes(record: Json): { type: string; value: unknown; field: string }[] {
  const listed = listAt(record, 'milestones').flatMap((milestone, index) => {
    const type = isObject(milestone) ? textOf(milestone.type) : undefined;
    return type === undefined || !isObject(milestone)
      ? []
      : [
          {
            type,
            value: milestone.occurred_at,
            field: `milestones[${index}].occurred_at (type "${type}")`,
          },
        ];
  });
  if (listed.length > 0) return listed;
  return listAt(record, 'lifecycle_phases').flatMap((phase, p) =>
    listAt(phase, 'milestones').flatMap((milestone, m) => {
      const slug = isObject(milestone) ? textOf(milestone.slug) : undefined;
      return slug === undefined || !isObject(milestone)
        ? []
        : [
            {
              type: slug,
              value: milestone.occurred_at,
              field: `lifecycle_phases[${p}].milestones[${m}].occurred_at (slug "${slug}")`,
            },
          ];
    }),
  );
}
