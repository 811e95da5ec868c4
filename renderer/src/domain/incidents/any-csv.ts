// Any CSV, read through a column mapping (csv-mapping.ts): spreadsheets kept by hand or exported
// by a tool without a preset. Decimal commas, lists of services in one cell and yes/no columns are
// read as the mapping says; rows without a recovery time are open unless a status says otherwise.
import { RecordCollector, collectCsv } from './collect';
import { missingColumns, parseCsvMapping, type CsvMapping, type MappedStatus } from './csv-mapping';
import { Columns, type CsvRow } from './csv-table';
import { INCIDENT_MILESTONES, type IncidentMilestoneId } from '../records/incidents';
import type { IncidentBuilder } from './incident-builder';
import { readContext, type ImportOptions, type Importer } from './importer';
import { fileProblem, type ApartKind, type ImportOutcome } from './import-result';
import type { FileContent } from './open-file';
import { normaliseSeverityTable } from './severity';
import { timeZone } from './time-zone';
import { readerFor } from './times';
import { quoted, show } from './values';

const UNIT_MS = { seconds: 1000, minutes: 60_000, hours: 3_600_000 } as const;
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'sí', 'si']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non']);

const STATUS_APART: Readonly<Record<Exclude<MappedStatus, 'resolved'>, ApartKind>> = {
  open: 'open',
  cancelled: 'cancelled',
  declined: 'declined',
  merged: 'merged',
  duplicate: 'duplicate',
  rehearsal: 'rehearsal',
};

export const ANY_CSV: Importer = {
  tool: 'csv',
  label: 'Any CSV — choose the columns',
  kindOfFile: 'a CSV file',
  format: 'csv',
  milestones: INCIDENT_MILESTONES,
  detection:
    'Detection is the column the mapping names; the mapping says whether it is a creation time standing in.',
  recognise: (content) => content.kind === 'csv',
  read: readAnyCsv,
};

function readAnyCsv(content: FileContent, options: ImportOptions): ImportOutcome {
  if (content.kind !== 'csv') return fileProblem('This file is not a CSV file.');
  if (options.mapping === undefined)
    return fileProblem('Choose which column is which before reading this CSV file.');
  const checked = parseCsvMapping(options.mapping);
  if (!checked.ok) return checked;
  const mapping = checked.value;
  const { header } = content.table;
  const columns = new Columns(header);
  const missing = missingColumns(mapping, (column) => columns.has(column));
  if (missing.length > 0) {
    return fileProblem(
      `The mapping names ${missing.map((c) => `"${c}"`).join(', ')}, which this file does not have. Its columns are: ${header.map((c) => `"${c}"`).join(', ')}.`,
    );
  }
  const collector = new RecordCollector('csv');
  const zone = timeZone(mapping.timeZone);
  const reader = readerFor(mapping.dateFormat, zone);
  const severities = Object.fromEntries(normaliseSeverityTable(mapping.severityValues));
  const context = readContext(
    'csv',
    reader,
    zone.name,
    severities,
    options,
    `csv:${mapping.sourceName}`,
  );
  const statuses = new Map(
    Object.entries(mapping.statusValues).map(([raw, meaning]) => [
      raw.trim().toLowerCase(),
      meaning,
    ]),
  );
  collector.note(`Times written without a zone are read in ${zone.name}, with ${reader.layout}.`);
  collectCsv(
    content.table,
    context,
    (row, b) => {
      readRow(row, b, columns, mapping, statuses);
    },
    collector,
  );
  return collector.result();
}

function readRow(
  row: CsvRow,
  b: IncidentBuilder,
  columns: Columns,
  mapping: CsvMapping,
  statuses: ReadonlyMap<string, MappedStatus>,
): void {
  const cell = (column: string | undefined) => columns.cell(row, column);
  const { columns: at } = mapping;
  b.id(cell(at.id), at.id);
  b.name(cell(at.title));
  if (at.severity !== undefined) b.severityFrom(cell(at.severity), at.severity);
  for (const name of (cell(at.services) ?? '').split(mapping.listSeparator)) b.service(name);
  b.team(cell(at.team));
  for (const flag of ['runbookUsed', 'automationUsed', 'reviewHeld'] as const) {
    const column = at[flag];
    const value = cell(column)?.toLowerCase();
    if (column !== undefined && value !== undefined && (YES.has(value) || NO.has(value))) {
      b.flag(flag, YES.has(value), column);
    }
  }
  readTimes(row, b, columns, mapping);
  classify(cell(at.status), b, statuses);
}

function readTimes(row: CsvRow, b: IncidentBuilder, columns: Columns, mapping: CsvMapping): void {
  const specs = Object.entries(mapping.milestones) as [
    IncidentMilestoneId,
    NonNullable<CsvMapping['milestones'][IncidentMilestoneId]>,
  ][];
  // Date columns first: amounts are counted from them.
  for (const [milestone, spec] of specs) {
    if (spec.after !== undefined) continue;
    const standIn =
      milestone === 'detected' && mapping.detectionIsCreation ? 'creation' : undefined;
    b.time(milestone, columns.cell(row, spec.column), spec.column, standIn);
  }
  for (const [milestone, spec] of specs) {
    if (spec.after === undefined) continue;
    const text = columns.cell(row, spec.column);
    if (text === undefined) continue;
    const amount = decimal(text, mapping.decimalSeparator);
    if (amount === undefined) {
      b.problem(
        `${quoted(spec.column)} is not a number of ${spec.unit ?? 'minutes'}: ${show(text)}`,
      );
      continue;
    }
    const unit = spec.unit ?? 'minutes';
    b.after(
      milestone,
      b.get(spec.after),
      amount,
      UNIT_MS[unit],
      `${spec.column} (${unit} after ${spec.after})`,
    );
  }
}

/** "12,5" with a decimal comma, "12.5" with a point; thousands separators are not guessed at. */
function decimal(text: string, separator: '.' | ','): number | undefined {
  const pattern = separator === ',' ? /^-?\d+(,\d+)?$/u : /^-?\d+(\.\d+)?$/u;
  if (!pattern.test(text)) return undefined;
  return Number(separator === ',' ? text.replace(',', '.') : text);
}

function classify(
  status: string | undefined,
  b: IncidentBuilder,
  statuses: ReadonlyMap<string, MappedStatus>,
): void {
  const meaning = status === undefined ? undefined : statuses.get(status.toLowerCase());
  if (meaning === 'resolved') {
    if (!b.has('recovered'))
      b.note(`Marked resolved (status "${status ?? ''}"), but no recovery time is recorded.`);
    return;
  }
  if (meaning !== undefined) {
    const what = meaning === 'rehearsal' ? 'a rehearsal' : meaning;
    b.apart(STATUS_APART[meaning], `${what} (status "${status ?? ''}")`);
  }
  if (!b.has('recovered')) {
    b.apart(
      'open',
      status === undefined
        ? 'still open (no recovery time)'
        : `still open (status "${status}", no recovery time)`,
    );
  }
}
