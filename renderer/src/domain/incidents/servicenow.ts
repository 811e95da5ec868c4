// ServiceNow: an incident list exported as CSV. The export writes times in the exporting user's
// zone and date format, with no offset, so both are the user's choice in the preview (the format
// defaults to ServiceNow's own, yyyy-MM-dd HH:mm:ss). The incident table has no acknowledgement
// time, and no detection apart from `opened_at`, which stands in for it. Columns are found by
// their field names (the CSV export's header) or by their labels (a list saved from a report).
import { RecordCollector, collectCsv } from './collect';
import { Columns, type CsvRow } from './csv-table';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import type { FileContent } from './open-file';
import type { SeverityTable } from './severity';
import { timeZone } from './time-zone';
import { readerFor } from './times';

export const SERVICENOW_DATE_FORMAT = 'yyyy-MM-dd HH:mm:ss';

const PRIORITIES: SeverityTable = {
  '1 - critical': 'SEV1',
  '2 - high': 'SEV2',
  '3 - moderate': 'SEV3',
  '4 - low': 'SEV4',
  '5 - planning': 'SEV4',
  '1': 'SEV1',
  '2': 'SEV2',
  '3': 'SEV3',
  '4': 'SEV4',
  '5': 'SEV4',
};

/** States by label and by stored value (an export of values writes 6 for Resolved). */
const OPEN_STATES = new Set([
  'new',
  'in progress',
  'on hold',
  'active',
  'awaiting user info',
  '1',
  '2',
  '3',
]);
const CANCELLED_STATES = new Set(['canceled', 'cancelled', '8']);

/** Field name, then label. */
const COLUMN = {
  number: ['number', 'Number'],
  title: ['short_description', 'Short description'],
  priority: ['priority', 'Priority'],
  state: ['state', 'incident_state', 'State', 'Incident state'],
  opened: ['opened_at', 'Opened'],
  resolved: ['resolved_at', 'Resolved'],
  closed: ['closed_at', 'Closed'],
  service: ['business_service', 'Service'],
  item: ['cmdb_ci', 'Configuration item'],
  group: ['assignment_group', 'Assignment group'],
  closeCode: ['close_code', 'Resolution code', 'Close code'],
} as const;

export const SERVICENOW: Importer = {
  tool: 'servicenow',
  label: 'ServiceNow — incident list (CSV)',
  kindOfFile: 'a ServiceNow incident export',
  format: 'csv',
  milestones: ['detected', 'recovered', 'closed'],
  detection:
    'ServiceNow records no separate detection: the incident’s opening (opened_at) stands in for it. It records no acknowledgement time.',
  recognise(content) {
    if (content.kind !== 'csv') return false;
    const columns = new Columns(content.table.header);
    const has = (names: readonly string[]) => names.some((name) => columns.has(name));
    return has(COLUMN.number) && has(COLUMN.opened) && (has(COLUMN.title) || has(COLUMN.priority));
  },
  read: readServiceNow,
};

function readServiceNow(content: FileContent, options: ImportOptions): ImportOutcome {
  const collector = new RecordCollector('servicenow');
  if (content.kind !== 'csv') return collector.result();
  const { header } = content.table;
  const columns = new Columns(header);
  const name = (names: readonly string[]) => columns.pick(header, ...names);
  const format = options.dateFormat ?? SERVICENOW_DATE_FORMAT;
  const zone = timeZone(options.timeZone);
  const context = readContext(
    'servicenow',
    readerFor(format, zone),
    zone.name,
    PRIORITIES,
    options,
  );
  collector.note(
    `ServiceNow writes times without a zone: they are read in ${zone.name}, with the date format ${format}.`,
  );
  collector.note(
    'ServiceNow’s incident table has no acknowledgement time: time to acknowledge is not recorded.',
  );
  const at = {
    number: name(COLUMN.number),
    title: name(COLUMN.title),
    priority: name(COLUMN.priority),
    state: name(COLUMN.state),
    opened: name(COLUMN.opened),
    resolved: name(COLUMN.resolved),
    closed: name(COLUMN.closed),
    service: name(COLUMN.service),
    item: name(COLUMN.item),
    group: name(COLUMN.group),
    closeCode: name(COLUMN.closeCode),
  };
  const readRow = (row: CsvRow, b: IncidentBuilder) => {
    const cell = (column: string | undefined) => columns.cell(row, column);
    b.id(cell(at.number), at.number ?? 'number');
    b.name(cell(at.title));
    if (at.priority !== undefined) b.severityFrom(cell(at.priority), at.priority);
    b.service(cell(at.service));
    b.service(cell(at.item));
    b.team(cell(at.group));
    if (at.opened !== undefined) b.time('detected', cell(at.opened), at.opened, 'creation');
    if (at.resolved !== undefined) b.time('recovered', cell(at.resolved), at.resolved);
    if (at.closed !== undefined) b.time('closed', cell(at.closed), at.closed);
    const state = cell(at.state)?.toLowerCase();
    if (/duplicate/iu.test(cell(at.closeCode) ?? ''))
      b.apart('duplicate', `a duplicate (close code "${cell(at.closeCode) ?? ''}")`);
    if (state !== undefined && CANCELLED_STATES.has(state))
      b.apart('cancelled', `cancelled (state "${cell(at.state) ?? ''}")`);
    if (state !== undefined && OPEN_STATES.has(state))
      b.apart('open', `still open (state "${cell(at.state) ?? ''}")`);
    else if (!b.has('recovered')) b.apart('open', 'still open (no resolved time)');
  };
  collectCsv(content.table, context, readRow, collector);
  return collector.result();
}
