// What the Trends screen reads, in one read transaction so every figure comes from the same moment
// (a drill closing mid-read cannot appear in one chart and be missing from another).
import type { Table } from 'dexie';
import { agreedAnswers, type PlainAnswer } from '../../domain/maturity/answers';
import { isFinal } from '../../domain/maturity/assessment-lifecycle';
import { isFinished, type MeasuredSource, type TrendsSource } from '../../domain/trends/prepare';
import type { Id } from '../../domain/records/common';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import type { RepositoryContext } from './context';

export interface TrendsRepository {
  /** One team's records, or every team's with null. */
  load(teamId: Id | null): Promise<TrendsSource>;
  /**
   * One team's (or every team's) finished drills and recovered incidents as measured facts, and
   * its final assessments' agreed answers: what the Trends screen and the portfolio read. The
   * facts are kept by the database with every write (../read-models), so this reads a few small
   * records per drill rather than every drill, event and milestone.
   */
  measured(teamId: Id | null): Promise<MeasuredSource>;
}

export function createTrendsRepository({ db }: RepositoryContext): TrendsRepository {
  const ofScope = <T>(table: Table<T, Id>, teamId: Id | null): Promise<T[]> =>
    teamId === null ? table.toArray() : table.where('teamId').equals(teamId).toArray();

  // The built-in scenarios (their whole texts) load with the first read, not with the app. Asked
  // for before the transaction and awaited after it: a live query sees only the reads made
  // before its first wait on anything but the database.
  const builtInScenarios = () =>
    import('../../domain/drills/builtin-scenarios').then((module) => module.BUILT_IN_SCENARIOS);
  /** Scenario names by id: the built-ins', then the team's own (which win on the same id). */
  const withBuiltIns = async (
    builtIns: Promise<readonly { id: string; name: string }[]>,
    own: readonly { id: string; name: string }[],
  ) =>
    new Map<string, string>(
      [...(await builtIns), ...own].map((s): [string, string] => [s.id, s.name]),
    );

  return {
    measured: async (teamId) => {
      const builtIns = builtInScenarios();
      const source = await db.transaction(
        'r',
        [db.teams, db.services, db.assessments, db.scenarios, db.teamFacts],
        async () => {
          const [teams, services, assessments, scenarios, facts] = await Promise.all([
            teamId === null ? db.teams.toArray() : db.teams.where('id').equals(teamId).toArray(),
            ofScope(db.services, teamId),
            ofScope(db.assessments, teamId),
            db.scenarios.toArray(),
            teamId === null
              ? db.teamFacts.toArray()
              : db.teamFacts.where('teamId').equals(teamId).toArray(),
          ]);
          return {
            teams,
            services,
            drills: facts.flatMap((team) => team.drills),
            assessments: assessments.filter(isFinal),
            answersByAssessment: new Map(
              facts.flatMap((team) => team.finals.map((fact) => [fact.id, fact.answers] as const)),
            ),
            incidents: facts.flatMap((team) => team.incidents),
            evidenceByAssessment: new Map(
              facts.flatMap((team) => team.finals.map((fact) => [fact.id, fact.evidence] as const)),
            ),
            scenarios,
          };
        },
      );
      const { scenarios, ...measured } = source;
      return { ...measured, scenarioNames: await withBuiltIns(builtIns, scenarios) };
    },

    load: async (teamId) => {
      const builtIns = builtInScenarios();
      const source = await db.transaction(
        'r',
        [
          db.teams,
          db.services,
          db.drills,
          db.drillRuns,
          db.assessments,
          db.answers,
          db.scenarios,
          db.incidents,
        ],
        async () => {
          const [teams, services, drills, runs, assessments, answers, scenarios, incidents] =
            await Promise.all([
              teamId === null ? db.teams.toArray() : db.teams.where('id').equals(teamId).toArray(),
              ofScope(db.services, teamId),
              ofScope(db.drills, teamId),
              ofScope(db.drillRuns, teamId),
              ofScope(db.assessments, teamId),
              ofScope(db.answers, teamId),
              db.scenarios.toArray(),
              ofScope(db.incidents, teamId),
            ]);
          // Events of planned or running drills are not needed: Trends read only finished ones.
          const finished = drills.filter(isFinished);
          const finishedIds = new Set(finished.map((d) => d.id));
          const eventsByDrill = new Map<Id, readonly DrillEventRecord[]>();
          for (const run of runs) {
            if (finishedIds.has(run.drillId)) eventsByDrill.set(run.drillId, run.events);
          }
          const finals = assessments.filter(isFinal);
          const finalIds = new Set(finals.map((a) => a.id));
          const byAssessment = new Map<Id, typeof answers>();
          for (const answer of answers) {
            if (!finalIds.has(answer.assessmentId)) continue;
            const list = byAssessment.get(answer.assessmentId);
            if (list === undefined) byAssessment.set(answer.assessmentId, [answer]);
            else list.push(answer);
          }
          const answersByAssessment = new Map<Id, readonly PlainAnswer[]>(
            [...byAssessment].map(([id, list]) => [id, agreedAnswers(list)]),
          );
          return {
            teams,
            services,
            drills: finished,
            eventsByDrill,
            assessments: finals,
            answersByAssessment,
            incidents,
            scenarios,
          };
        },
      );
      const { scenarios, ...read } = source;
      return { ...read, scenarioNames: await withBuiltIns(builtIns, scenarios) };
    },
  };
}
