// The shape every importer has: what it reads, what it can give, and the two steps it performs
// (recognising its tool's file, reading it). The list of presets is in presets.ts.
import type { CsvMapping } from './csv-mapping';
import type { IncidentSource, IncidentMilestoneId } from '../records/incidents';
import type { ReadContext } from './incident-builder';
import type { ImportOutcome } from './import-result';
import type { FileContent } from './open-file';
import { normaliseSeverityTable, type SeverityTable } from './severity';
import type { TimeReader } from './times';

export interface ImportOptions {
  /**
   * The IANA zone that times written without a zone are read in (the user's choice). PagerDuty
   * Analytics names its own, and a CSV mapping carries its own; those win.
   */
  readonly timeZone: string;
  /** The user's own severity values (from the mapping step), tried before the preset's. */
  readonly severityMap?: SeverityTable;
  /** ServiceNow and Jira write times in the exporting user's date format (Luxon tokens). */
  readonly dateFormat?: string;
  /** Any CSV: which column is which. */
  readonly mapping?: CsvMapping;
}

export interface Importer {
  readonly tool: IncidentSource;
  /** The preset's name as the user picks it: "PagerDuty — incidents (REST API JSON)". */
  readonly label: string;
  /** What the file is, for "this looks like …" messages: "a PagerDuty REST incidents export". */
  readonly kindOfFile: string;
  readonly format: 'json' | 'csv';
  /** Where a JSON export keeps its records: `incidents`, `data`, `results`. */
  readonly listKey?: string;
  /** The milestones this tool's files can give; the app shows the list. */
  readonly milestones: readonly IncidentMilestoneId[];
  /** How detection is read, in the app's words, shown beside figures measured from it. */
  readonly detection: string;
  /** True for this tool's export; looks at the envelope and the first record only. */
  recognise(content: FileContent): boolean;
  /** Reads a recognised file. `options.timeZone` has been checked already. */
  read(content: FileContent, options: ImportOptions): ImportOutcome;
}

/** The context of one file: its tool, its times' reader, the severity tables. */
export function readContext(
  tool: IncidentSource,
  times: TimeReader,
  zoneName: string | undefined,
  presetSeverities: SeverityTable,
  options: ImportOptions,
  sourceKey: string = tool,
): ReadContext {
  return {
    tool,
    sourceKey,
    times,
    zoneName,
    presetSeverities,
    userSeverities: normaliseSeverityTable(options.severityMap),
  };
}
