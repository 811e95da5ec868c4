// What reading a file gives: either one file-level problem (nothing in it is usable), or every
// record sorted into exactly one list. Only `incidents` are real, finished incidents that figures
// may count; `apart` holds what must never be counted as a recovery, with the reason.
import type { ParsedIncident, Place } from './incident';
import type { IncidentSource } from '../records/incidents';
import { problem, type Refused } from '../outcome';

export const APART_KINDS = [
  'rehearsal',
  'backfilled',
  'maintenance',
  'cancelled',
  'declined',
  'merged',
  'duplicate',
  'not-incident',
  'open',
] as const;
export type ApartKind = (typeof APART_KINDS)[number];

export interface ApartIncident {
  readonly incident: ParsedIncident;
  readonly kind: ApartKind;
  /** In the user's words: `a test incident (mode "test")`, `still open (status "acknowledged")`. */
  readonly reason: string;
}

export interface RefusedRecord {
  readonly place: Place;
  readonly sourceId: string | undefined;
  /** One sentence per problem, naming the field and the value as written. */
  readonly reasons: readonly string[];
  /** A severity value no mapping knows: the mapping step offers to map it. */
  readonly unknownSeverity: string | undefined;
}

/** Rows that hold no incident at all (a totals row); empty rows are passed over silently. */
export interface SkippedRecord {
  readonly place: Place;
  readonly reason: string;
}

export interface ImportedFile {
  readonly ok: true;
  readonly tool: IncidentSource;
  readonly incidents: readonly ParsedIncident[];
  readonly apart: readonly ApartIncident[];
  readonly refused: readonly RefusedRecord[];
  readonly skipped: readonly SkippedRecord[];
  /** About the file as a whole: "times are read in Europe/Berlin", "no acknowledgement times". */
  readonly notes: readonly string[];
}

export type ImportOutcome = ImportedFile | Refused;

/**
 * The severity values no mapping knows, most frequent first, with how many records carry each:
 * what the mapping step asks the user to map before reading the file again.
 */
export function unknownSeverities(file: ImportedFile): { value: string; records: number }[] {
  const counts = new Map<string, number>();
  for (const { unknownSeverity } of file.refused) {
    if (unknownSeverity !== undefined)
      counts.set(unknownSeverity, (counts.get(unknownSeverity) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, records]) => ({ value, records }))
    .sort((a, b) => b.records - a.records || a.value.localeCompare(b.value));
}

export const fileProblem = (message: string): ImportOutcome => problem(message);
