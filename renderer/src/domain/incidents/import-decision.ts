// What importing a file would do to a team's stored incidents, decided from the file and what is
// stored, before anything is written (the preview) and again inside the write (the commit). An
// incident is named by (team, sourceKey, sourceId): one the team does not hold is added, one it
// holds is updated when anything about it differs, and left exactly as it is (same updatedAt)
// when nothing does, so importing the same file twice changes nothing. Open incidents are stored
// (the next export may find them resolved) but listed apart and never counted as recovered;
// rehearsals, cancelled, merged and other non-incidents are not stored, and a copy stored by an
// earlier import that the file now names as one of those is removed, so it stops counting.
import type { Id } from '../records/common';
import type { IncidentRecord, IncidentState } from '../records/incidents';
import type { IncidentSource } from '../records/incidents';
import type { ParsedIncident, Place } from './incident';
import type { ApartIncident, ImportedFile, RefusedRecord, SkippedRecord } from './import-result';
import { storeLimitProblem } from './store-limits';
import { sameIncident, toIncidentRecord, type RecordTarget } from './to-record';

export type IncidentChange = 'added' | 'updated' | 'unchanged';

export interface DecidedIncident {
  readonly change: IncidentChange;
  /** What is stored after the commit: for an unchanged incident, the stored record itself. */
  readonly record: IncidentRecord;
  readonly place: Place;
}

/** A stored incident the file now lists apart (cancelled, merged, a test…): removed on commit. */
export interface WithdrawnIncident {
  readonly stored: IncidentRecord;
  readonly apart: ApartIncident;
}

export interface ChangeCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface IncidentImportPlan {
  readonly tool: IncidentSource;
  /** Resolved incidents: the ones figures count. */
  readonly recovered: readonly DecidedIncident[];
  /** Stored with state "open", listed apart, never counted as recovered. */
  readonly open: readonly DecidedIncident[];
  /** Not stored: rehearsals, cancelled, merged, duplicates, not incidents. */
  readonly apart: readonly ApartIncident[];
  readonly withdrawn: readonly WithdrawnIncident[];
  readonly refused: readonly RefusedRecord[];
  readonly skipped: readonly SkippedRecord[];
  readonly notes: readonly string[];
  readonly counts: ChangeCounts & { readonly removed: number };
}

export interface DecideInput {
  readonly file: ImportedFile;
  /** The team's stored incidents (any source): the ones of other sources are left alone. */
  readonly stored: readonly IncidentRecord[];
  readonly target: RecordTarget;
  readonly newId: () => Id;
}

const keyOf = (sourceKey: string, sourceId: string) => `${sourceKey}\u0000${sourceId}`;

export function decideIncidentImport({
  file,
  stored,
  target,
  newId,
}: DecideInput): IncidentImportPlan {
  const byKey = new Map(stored.map((record) => [keyOf(record.sourceKey, record.sourceId), record]));
  const refused: RefusedRecord[] = [...file.refused];
  const decide = (incident: ParsedIncident, state: IncidentState): DecidedIncident | undefined => {
    const existing = byKey.get(keyOf(incident.sourceKey, incident.sourceId));
    const record = toIncidentRecord(incident, state, target, {
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? target.now,
    });
    const problem = storageProblem(record);
    if (problem !== undefined) {
      refused.push({
        place: incident.place,
        sourceId: incident.sourceId,
        reasons: [problem],
        unknownSeverity: undefined,
      });
      return undefined;
    }
    if (existing === undefined) return { change: 'added', record, place: incident.place };
    return sameIncident(existing, record)
      ? { change: 'unchanged', record: existing, place: incident.place }
      : { change: 'updated', record, place: incident.place };
  };
  const decided = (list: (DecidedIncident | undefined)[]) =>
    list.filter((item): item is DecidedIncident => item !== undefined);
  const recovered = decided(file.incidents.map((incident) => decide(incident, 'recovered')));
  const open = decided(
    file.apart.filter((item) => item.kind === 'open').map((item) => decide(item.incident, 'open')),
  );
  const apart = file.apart.filter((item) => item.kind !== 'open');
  const withdrawn = apart.flatMap((item) => {
    const existing = byKey.get(keyOf(item.incident.sourceKey, item.incident.sourceId));
    return existing === undefined ? [] : [{ stored: existing, apart: item }];
  });
  const all = [...recovered, ...open];
  const count = (change: IncidentChange) => all.filter((item) => item.change === change).length;
  return {
    tool: file.tool,
    recovered,
    open,
    apart,
    withdrawn,
    refused: refused.sort((a, b) => a.place.number - b.place.number),
    skipped: file.skipped,
    notes: file.notes,
    counts: {
      added: count('added'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      removed: withdrawn.length,
    },
  };
}

function storageProblem(record: IncidentRecord): string | undefined {
  const problem = storeLimitProblem(record);
  return problem === undefined ? undefined : `it cannot be stored: ${problem}`;
}

/** The records a commit writes (added and updated) and the ids it deletes. */
export function writesOf(plan: IncidentImportPlan): {
  readonly put: readonly IncidentRecord[];
  readonly remove: readonly Id[];
} {
  return {
    put: [...plan.recovered, ...plan.open]
      .filter((item) => item.change !== 'unchanged')
      .map((item) => item.record),
    remove: plan.withdrawn.map((item) => item.stored.id),
  };
}
