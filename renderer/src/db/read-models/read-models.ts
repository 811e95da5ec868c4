// The read model: one small record per team holding its finished drills, recovered incidents and
// final assessments already measured (their facts), kept for the screens that read a whole
// organisation at once (Trends, the portfolio). IndexedDB's cost is mostly per record read, then
// per byte: 10,000 drills with their runs, 20,000 incidents with every milestone's provenance and
// every rater's answers are ~100,000 records and ~75 MB and take seconds; 200 teams' facts are
// 200 records of a quarter of the bytes. They are never written by a repository: the database
// keeps them with every write (./maintain.ts). Never backed up or exported (a backup holds what
// users recorded); an upgrade builds them from scratch.
import type { Id } from '../../domain/records/common';
import type { DrillFact } from '../../domain/trends/prepare';
import type { IncidentFact } from '../../domain/reality/prepare';
import type { FinalAnswersFact } from '../../domain/maturity/final-answers';

/** The read model's store, with its Dexie index line. */
export const READ_MODEL_STORES = { teamFacts: 'teamId' } as const;

export type ReadModelStore = keyof typeof READ_MODEL_STORES;

/** The kinds of fact a team's record holds, each keyed by the id of the record it measures. */
export interface FactsByKind {
  readonly drills: readonly DrillFact[];
  readonly incidents: readonly IncidentFact[];
  readonly finals: readonly FinalAnswersFact[];
}

export type FactKind = keyof FactsByKind;

export interface TeamFactsRecord extends FactsByKind {
  readonly teamId: Id;
}

export interface ReadModelRecords {
  readonly teamFacts: TeamFactsRecord;
}

/** Which kind of fact each source store's records are measured into. */
export const FACT_KIND_OF: Readonly<Record<string, FactKind>> = {
  drills: 'drills',
  drillRuns: 'drills',
  incidents: 'incidents',
  assessments: 'finals',
  answers: 'finals',
};

/** The stores each kind of fact is computed from. */
export const FACT_SOURCES: Readonly<Record<FactKind, readonly string[]>> = {
  drills: ['drills', 'drillRuns'],
  incidents: ['incidents'],
  finals: ['assessments', 'answers'],
};

const NO_FACTS: FactsByKind = { drills: [], incidents: [], finals: [] };

/**
 * A team's record with the facts of `ids` (of one kind) replaced by `facts`: the ones given are
 * put in, the others of `ids` taken out. Pure; the order is the ids' order, for stable records.
 */
export function replaceFacts<K extends FactKind>(
  record: TeamFactsRecord | undefined,
  teamId: Id,
  kind: K,
  ids: ReadonlySet<unknown>,
  facts: FactsByKind[K],
): TeamFactsRecord {
  const base = record ?? { teamId, ...NO_FACTS };
  const kept = (base[kind] as readonly { id: Id }[]).filter((fact) => !ids.has(fact.id));
  return { ...base, [kind]: [...kept, ...facts].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** Every team's record from all the facts of every kind, grouped by team. */
export function teamFactsOf(all: FactsByKind): TeamFactsRecord[] {
  const byTeam = new Map<
    Id,
    { drills: DrillFact[]; incidents: IncidentFact[]; finals: FinalAnswersFact[] }
  >();
  const of = (teamId: Id) => {
    let entry = byTeam.get(teamId);
    if (entry === undefined) {
      entry = { drills: [], incidents: [], finals: [] };
      byTeam.set(teamId, entry);
    }
    return entry;
  };
  for (const fact of all.drills) of(fact.teamId).drills.push(fact);
  for (const fact of all.incidents) of(fact.teamId).incidents.push(fact);
  for (const fact of all.finals) of(fact.teamId).finals.push(fact);
  const byId = (a: { id: Id }, b: { id: Id }) => a.id.localeCompare(b.id);
  return [...byTeam].map(([teamId, facts]) => ({
    teamId,
    drills: facts.drills.sort(byId),
    incidents: facts.incidents.sort(byId),
    finals: facts.finals.sort(byId),
  }));
}
