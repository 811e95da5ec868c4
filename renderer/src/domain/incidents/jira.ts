// Jira Service Management: an issue search exported as CSV ("all fields" or "current fields").
// Jira writes dates in the exporting user's format and zone, by default `25/Feb/26 3:51 PM`, so
// both are the user's choice in the preview. It repeats column names (Component/s, Watchers,
// Comment) and writes descriptions with line breaks inside quotes. `Created` stands in for
// detection; `Resolved` is recovery. `Custom field (Time to resolution)` is the SLA time *left*,
// not the time it took, and is never read.
import { RecordCollector, collectCsv } from './collect';
import { Columns, type CsvRow } from './csv-table';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import type { ImportOutcome } from './import-result';
import type { FileContent } from './open-file';
import { P_PRIORITIES, type SeverityTable } from './severity';
import { timeZone } from './time-zone';
import { readerFor } from './times';

export const JIRA_DATE_FORMAT = 'dd/MMM/yy h:mm a';

/** Jira's default priorities, and P1–P5 schemes. */
const PRIORITIES: SeverityTable = {
  ...P_PRIORITIES,
  highest: 'SEV1',
  high: 'SEV2',
  medium: 'SEV3',
  low: 'SEV4',
  lowest: 'SEV4',
};

const DUPLICATE = /duplicate/iu;
const CANCELLED = /^(won'?t do|won'?t fix|cancel+ed|declined|rejected)$/iu;

export const JIRA: Importer = {
  tool: 'jira',
  label: 'Jira Service Management — issues (CSV)',
  kindOfFile: 'a Jira issues export',
  format: 'csv',
  milestones: ['detected', 'recovered'],
  detection:
    'Jira records no separate detection: the issue’s creation (Created) stands in for it. It records no acknowledgement time.',
  recognise(content) {
    if (content.kind !== 'csv') return false;
    const columns = new Columns(content.table.header);
    return columns.has('Issue key') && columns.has('Summary') && columns.has('Created');
  },
  read: readJira,
};

function readJira(content: FileContent, options: ImportOptions): ImportOutcome {
  const collector = new RecordCollector('jira');
  if (content.kind !== 'csv') return collector.result();
  const { header } = content.table;
  const columns = new Columns(header);
  const format = options.dateFormat ?? JIRA_DATE_FORMAT;
  const zone = timeZone(options.timeZone);
  const context = readContext('jira', readerFor(format, zone), zone.name, PRIORITIES, options);
  collector.note(
    `Jira writes times without a zone: they are read in ${zone.name}, with the date format ${format}.`,
  );
  if (columns.has('Custom field (Time to resolution)')) {
    collector.note(
      '“Custom field (Time to resolution)” is the SLA time left, not how long recovery took: it is not read.',
    );
  }
  const severityColumn = columns.pick(header, 'Custom field (Severity)', 'Severity');
  const serviceColumns = ['Component/s', 'Custom field (Affected services)', 'Affected services'];
  const readRow = (row: CsvRow, b: IncidentBuilder) => {
    const cell = (column: string) => columns.cell(row, column);
    b.id(cell('Issue key'), 'Issue key');
    b.name(cell('Summary'));
    const severity = severityColumn === undefined ? undefined : columns.cell(row, severityColumn);
    if (severity !== undefined && severityColumn !== undefined)
      b.severityFrom(severity, severityColumn);
    else b.severityFrom(cell('Priority'), 'Priority');
    for (const column of serviceColumns)
      for (const value of columns.cells(row, column)) b.service(value);
    b.team(cell('Custom field (Team)') ?? cell('Team'));
    b.time('detected', cell('Created'), 'Created', 'creation');
    b.time('recovered', cell('Resolved'), 'Resolved');
    classify(row, columns, b);
  };
  collectCsv(content.table, context, readRow, collector);
  return collector.result();
}

function classify(row: CsvRow, columns: Columns, b: IncidentBuilder): void {
  const type = columns.cell(row, 'Issue Type');
  const status = columns.cell(row, 'Status') ?? '';
  const resolution = columns.cell(row, 'Resolution') ?? '';
  if (type !== undefined && !/incident|outage/iu.test(type)) {
    b.apart('not-incident', `not an incident (Issue Type "${type}")`);
  }
  if (DUPLICATE.test(resolution)) b.apart('duplicate', `a duplicate (Resolution "${resolution}")`);
  if (CANCELLED.test(resolution) || CANCELLED.test(status)) {
    const which = CANCELLED.test(resolution) ? `Resolution "${resolution}"` : `Status "${status}"`;
    b.apart(
      /declined|rejected/iu.test(which) ? 'declined' : 'cancelled',
      `not carried out (${which})`,
    );
  }
  if (!b.has('recovered')) b.apart('open', `still open (Status "${status}", no Resolved date)`);
}
