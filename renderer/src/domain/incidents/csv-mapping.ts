// How to read a CSV no preset knows: which column is which milestone, what its severity and status
// values mean, its date format and the zone of its zone-less times. A mapping is a plain object
// so it can be saved and used again on the next export of the same spreadsheet; one loaded from
// storage passes the schema below before use.
import * as z from 'zod/mini';
import { INCIDENT_MILESTONES, type IncidentMilestoneId } from '../records/incidents';
import { SEVERITIES, type Severity } from '../records/drills';
import { isKnownTimeZone } from './time-zone-name';
import { isUsableLayout } from './time-layouts';
import { problem, type Checked } from '../outcome';

/** What a status value means; anything but "resolved" keeps the incident out of the figures. */
export const MAPPED_STATUSES = [
  'resolved',
  'open',
  'cancelled',
  'declined',
  'merged',
  'duplicate',
  'rehearsal',
] as const;
export type MappedStatus = (typeof MAPPED_STATUSES)[number];

export const DURATION_UNITS = ['seconds', 'minutes', 'hours'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface MilestoneColumn {
  readonly column: string;
  /**
   * Set when the column holds an amount of time after another milestone ("Minutes to resolve")
   * rather than a date and time. That milestone must itself come from a date column.
   */
  readonly after?: IncidentMilestoneId;
  readonly unit?: DurationUnit;
}

export interface CsvMapping {
  readonly version: 1;
  /** Names the source ("Ops spreadsheet"), so its ids never collide with another file's. */
  readonly sourceName: string;
  readonly columns: {
    readonly id: string;
    readonly title?: string;
    readonly severity?: string;
    /** Several names in one cell are split at `listSeparator`. */
    readonly services?: string;
    readonly team?: string;
    readonly status?: string;
    readonly runbookUsed?: string;
    readonly automationUsed?: string;
    readonly reviewHeld?: string;
  };
  readonly milestones: Readonly<Partial<Record<IncidentMilestoneId, MilestoneColumn>>>;
  /** True when the detection column is when the record was opened rather than when anyone noticed. */
  readonly detectionIsCreation: boolean;
  readonly severityValues: Readonly<Record<string, Severity>>;
  readonly statusValues: Readonly<Record<string, MappedStatus>>;
  /** "iso", "epoch-seconds", "epoch-milliseconds", or Luxon tokens such as "dd.MM.yyyy HH:mm". */
  readonly dateFormat: string;
  /** The IANA zone of times written without one. */
  readonly timeZone: string;
  /** European spreadsheets write 12,5 for twelve and a half. */
  readonly decimalSeparator: '.' | ',';
  readonly listSeparator: string;
}

const name = z.string().check(z.minLength(1), z.maxLength(200));
const column = z.optional(name);

const milestoneColumn = z.object({
  column: name,
  after: z.optional(z.enum(INCIDENT_MILESTONES)),
  unit: z.optional(z.enum(DURATION_UNITS)),
});

export const csvMappingSchema = z.object({
  version: z.literal(1),
  sourceName: name,
  columns: z.object({
    id: name,
    title: column,
    severity: column,
    services: column,
    team: column,
    status: column,
    runbookUsed: column,
    automationUsed: column,
    reviewHeld: column,
  }),
  milestones: z.partialRecord(z.enum(INCIDENT_MILESTONES), milestoneColumn),
  detectionIsCreation: z.boolean(),
  severityValues: z.record(z.string().check(z.maxLength(200)), z.enum(SEVERITIES)),
  statusValues: z.record(z.string().check(z.maxLength(200)), z.enum(MAPPED_STATUSES)),
  dateFormat: name.check(
    z.refine(isUsableLayout, { message: 'names no day, month, year and hour' }),
  ),
  timeZone: name.check(z.refine(isKnownTimeZone, { message: 'is not a known time zone' })),
  decimalSeparator: z.enum(['.', ',']),
  listSeparator: z.string().check(z.minLength(1), z.maxLength(3)),
});

// The schema and the type describe one shape; this line fails to compile when they drift apart.
csvMappingSchema satisfies z.ZodMiniType<CsvMapping>;

/** A mapping from storage or from the mapping step, checked in itself. */
export function parseCsvMapping(value: unknown): Checked<CsvMapping> {
  const parsed = csvMappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.join('.');
    return problem(`The column mapping is not usable: ${where} ${issue?.message ?? ''}`.trim());
  }
  const mapping = parsed.data as CsvMapping;
  for (const [milestone, spec] of Object.entries(mapping.milestones)) {
    if (spec.after === undefined) continue;
    const base = mapping.milestones[spec.after];
    if (base === undefined || base.after !== undefined) {
      return problem(
        `The column mapping is not usable: ${milestone} is counted from ${spec.after}, which needs a date column of its own.`,
      );
    }
  }
  return { ok: true, value: mapping };
}

/** Every column a mapping names must be in the file's header; says which are not. */
export function missingColumns(mapping: CsvMapping, has: (column: string) => boolean): string[] {
  const named: unknown[] = [
    ...Object.values(mapping.columns),
    ...Object.values(mapping.milestones).map((spec) => spec.column),
  ];
  const columns = named.filter((column): column is string => typeof column === 'string');
  return [...new Set(columns)].filter((column) => !has(column));
}
