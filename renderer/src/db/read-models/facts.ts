// Which facts a write touches, and the facts themselves, computed with the domain's own functions
// from the stored records. Storage-agnostic: the middleware (./maintain.ts) reads through a
// SourceReader, so the same code rebuilds a read model in an upgrade or after a store is cleared.
import type { DBCoreMutateRequest } from 'dexie';
import type { AnswerRecord } from '../../domain/records/answers';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { DrillRecord } from '../../domain/records/drills';
import type { DrillRunRecord } from '../../domain/records/drill-runs';
import type { IncidentRecord } from '../../domain/records/incidents';
import { drillFactOf } from '../../domain/trends/prepare';
import { incidentFactOf } from '../../domain/reality/prepare';
import { finalAnswersOf } from '../../domain/maturity/final-answers';
import type { StoredShape } from '../../domain/records/common';
import { answerKind } from '../../domain/records/answers';
import { assessmentKind } from '../../domain/records/assessments';
import { drillRunKind } from '../../domain/records/drill-runs';
import { drillKind } from '../../domain/records/drills';
import { incidentKind } from '../../domain/records/incidents';
import type { Id } from '../../domain/records/common';
import { teamFactsOf, type FactKind, type FactsByKind, type TeamFactsRecord } from './read-models';

/**
 * A stored row in its kind's current shape: an upgrade from an old version builds the facts
 * before a later step brings every record up to date, and a fact must not depend on that order.
 */
function current<T>(store: string, rows: readonly (Row | null)[]): T[] {
  const kind = SOURCE_KINDS[store];
  if (kind === undefined) throw new Error(`No facts come from the ${store} store.`);
  return rows.flatMap((row) => (row === null ? [] : [kind.restore(row) as T]));
}

export type Row = Record<string, unknown>;

/**
 * The kinds facts are computed from, named one by one rather than through the registry of every
 * kind: this module is loaded at start-up (the database keeps the facts), and the registry would
 * bring every kind's parsers with it (the maturity model file's YAML reader among them).
 */
const SOURCE_KINDS: Readonly<Record<string, { restore(row: StoredShape): unknown } | undefined>> = {
  drills: drillKind,
  drillRuns: drillRunKind,
  incidents: incidentKind,
  assessments: assessmentKind,
  answers: answerKind,
};

/** Reads the stores a read model comes from, inside the writing transaction. */
export interface SourceReader {
  /** The row of each key, in order; null where there is none. */
  getMany(store: string, keys: readonly unknown[]): Promise<(Row | null)[]>;
  /** Every row whose `index` equals `key`. */
  byIndex(store: string, index: string, key: unknown): Promise<Row[]>;
  all(store: string): Promise<Row[]>;
}

/** The fact keys a write to `source` touches: drill ids, incident ids, assessment ids. */
export function sourceKeysOf(
  source: string,
  request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
  deleted: readonly Row[],
): unknown[] {
  const field = source === 'drillRuns' ? 'drillId' : source === 'answers' ? 'assessmentId' : 'id';
  if (request.type === 'delete') {
    // A run is keyed by its drill; an answer names its assessment only in the deleted row.
    return source === 'answers' ? unique(deleted.map((row) => row[field])) : unique(request.keys);
  }
  return unique(request.values.map((value: Row) => value[field]));
}

/** The teams of rows about to be deleted: their facts go, and nothing else says whose they were. */
export function teamsOf(deleted: readonly Row[]): Id[] {
  return unique(deleted.map((row) => row.teamId)) as Id[];
}

function unique(keys: readonly unknown[]): unknown[] {
  return [...new Set(keys)].filter((key) => key !== undefined);
}

/** Every team's record, built from everything stored: an upgrade, or a store cleared. */
export async function allTeamFacts(reader: SourceReader): Promise<TeamFactsRecord[]> {
  const drills = await computeFacts('drills', null, reader);
  const incidents = await computeFacts('incidents', null, reader);
  const finals = await computeFacts('finals', null, reader);
  return teamFactsOf({
    drills: drills.facts,
    incidents: incidents.facts,
    finals: finals.facts,
  });
}

export interface ComputedFacts<K extends FactKind> {
  readonly facts: FactsByKind[K];
  /** The team of every record read for the keys, with or without a fact: whose facts may change. */
  readonly teams: ReadonlySet<Id>;
}

/**
 * The facts of `keys` (every fact of the kind when null), from what is stored. A key with no
 * fact (a drill not finished, an open incident, a draft assessment, a deleted record) is left
 * out: its fact, if any, is to be taken out.
 */
export async function computeFacts<K extends FactKind>(
  kind: K,
  keys: readonly unknown[] | null,
  reader: SourceReader,
): Promise<ComputedFacts<K>> {
  const computed = await compute(kind, keys, reader);
  return computed as unknown as ComputedFacts<K>;
}

async function compute(
  kind: FactKind,
  keys: readonly unknown[] | null,
  reader: SourceReader,
): Promise<ComputedFacts<FactKind>> {
  const now = Date.now();
  const teams = new Set<Id>();
  const rowsOf = async <T extends { teamId: Id }>(store: string): Promise<T[]> => {
    const rows = current<T>(
      store,
      keys === null ? await reader.all(store) : await reader.getMany(store, keys),
    );
    for (const row of rows) teams.add(row.teamId);
    return rows;
  };

  switch (kind) {
    case 'drills': {
      const drills = await rowsOf<DrillRecord>('drills');
      const runs = new Map(
        (await rowsOf<DrillRunRecord>('drillRuns')).map((run) => [run.drillId, run]),
      );
      const facts = drills.flatMap(
        (drill) => drillFactOf(drill, runs.get(drill.id)?.events ?? [], now) ?? [],
      );
      return { facts, teams };
    }
    case 'incidents': {
      const incidents = await rowsOf<IncidentRecord>('incidents');
      return { facts: incidents.flatMap((incident) => incidentFactOf(incident) ?? []), teams };
    }
    case 'finals': {
      const assessments = await rowsOf<AssessmentRecord>('assessments');
      const finals = assessments.filter((assessment) => assessment.status === 'final');
      const answersOf = await answerLookup(finals, keys === null, reader);
      const facts = await Promise.all(
        finals.map(async (assessment) =>
          finalAnswersOf(assessment, await answersOf(assessment.id)),
        ),
      );
      return { facts: facts.filter((fact) => fact !== null), teams };
    }
  }
}
/** An assessment's answers: all read at once for a rebuild, by the index for a few. */
async function answerLookup(
  assessments: readonly AssessmentRecord[],
  everything: boolean,
  reader: SourceReader,
): Promise<(id: string) => Promise<AnswerRecord[]>> {
  if (!everything || assessments.length === 0) {
    return async (id) =>
      current<AnswerRecord>('answers', await reader.byIndex('answers', 'assessmentId', id));
  }
  const byAssessment = new Map<string, AnswerRecord[]>();
  for (const answer of current<AnswerRecord>('answers', await reader.all('answers'))) {
    const list = byAssessment.get(answer.assessmentId);
    if (list === undefined) byAssessment.set(answer.assessmentId, [answer]);
    else list.push(answer);
  }
  return (id) => Promise.resolve(byAssessment.get(id) ?? []);
}
