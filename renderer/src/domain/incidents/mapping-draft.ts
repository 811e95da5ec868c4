// The mapping step's starting point and its lists, kept pure so they are tested without a screen:
// a first guess at which column is which (from the header's names, in English and German, as the
// spreadsheets we have seen name them), and the distinct values of a column, for the user to say
// what each severity and status value means.
import type { IncidentMilestoneId } from '../records/incidents';
import type { CsvTable } from './csv-table';
import type { CsvMapping } from './csv-mapping';

type FieldGuess = readonly [field: keyof CsvMapping['columns'], pattern: RegExp];
type MilestoneGuess = readonly [milestone: IncidentMilestoneId, pattern: RegExp];

const COLUMN_GUESSES: readonly FieldGuess[] = [
  ['id', /^(id|nr\.?|no\.?|number|incident( id| number)?|key|issue key|ticket)$/iu],
  ['title', /^(title|titel|summary|name|short description|description|subject)$/iu],
  ['severity', /^(severity|sev|schwere|priority|priorität|prio)$/iu],
  ['services', /^(services?|dienste?|component|components|system|cmdb ci)$/iu],
  ['team', /^(team|assignment group|group|gruppe)$/iu],
  ['status', /^(status|state|zustand)$/iu],
];

const MILESTONE_GUESSES: readonly MilestoneGuess[] = [
  ['impactBegan', /(impact|beginn|started|start)/iu],
  ['detected', /(detected|erkannt|opened|created|reported)/iu],
  ['acknowledged', /(acknowledged|ack(ed)?( at)?$|quittiert)/iu],
  ['diagnosed', /(diagnosed|identified|root cause)/iu],
  ['mitigated', /(mitigated|gemildert|workaround)/iu],
  ['recovered', /(recovered|resolved|behoben|restored)/iu],
  ['closed', /(closed|geschlossen)/iu],
  ['stakeholdersNotified', /(notified|informed|benachrichtigt)/iu],
];

/** A mapping with every column the header's names suggest; the user checks and completes it. */
export function guessMapping(header: readonly string[], sourceName: string): CsvMapping {
  const used = new Set<string>();
  const take = (pattern: RegExp) => {
    const found = header.find((name) => !used.has(name) && pattern.test(name.trim()));
    if (found !== undefined) used.add(found);
    return found;
  };
  const columns: Record<string, string> = {};
  for (const [field, pattern] of COLUMN_GUESSES) {
    const found = take(pattern);
    if (found !== undefined) columns[field] = found;
  }
  const milestones: Partial<Record<IncidentMilestoneId, { column: string }>> = {};
  for (const [milestone, pattern] of MILESTONE_GUESSES) {
    const found = take(pattern);
    if (found !== undefined) milestones[milestone] = { column: found };
  }
  return {
    version: 1,
    sourceName,
    columns: { ...columns, id: columns.id ?? '' },
    milestones,
    detectionIsCreation: false,
    severityValues: {},
    statusValues: {},
    dateFormat: 'iso',
    timeZone: 'UTC',
    decimalSeparator: '.',
    listSeparator: ',',
  };
}

/** The distinct values of a column, most frequent first (at most `limit`), blanks left out. */
export function columnValues(table: CsvTable, column: string, limit = 40): string[] {
  const index = table.header.indexOf(column);
  if (index < 0) return [];
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const value = (row.cells[index] ?? '').trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([value]) => value);
}
