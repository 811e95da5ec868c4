// What the portfolio reads: every team's measured drills and incidents and final assessments
// through the Trends read of facts, and, in one more read transaction, the groups, targets and the
// stored answers of each team's latest final assessment (their evidence is dated for staleness).
// Two transactions in all, whatever the number of teams.
import type { AnswerRecord } from '../../domain/records/answers';
import type { Id } from '../../domain/records/common';
import type { TargetRecord } from '../../domain/records/targets';
import type { TeamGroupRecord } from '../../domain/records/team-groups';
import type { MeasuredSource } from '../../domain/trends/prepare';
import { latestFinal } from '../../domain/maturity/assessment-lifecycle';
import { groupBy } from '../../domain/portfolio/group-by';
import type { RepositoryContext } from './context';
import { createTrendsRepository } from './trends.repository';

export interface PortfolioData {
  readonly trends: MeasuredSource;
  readonly groups: readonly TeamGroupRecord[];
  readonly targets: readonly TargetRecord[];
  /** Stored answers (every rater, with evidence) of each team's latest final assessment. */
  readonly answersByAssessment: ReadonlyMap<Id, readonly AnswerRecord[]>;
}

export interface PortfolioRepository {
  load(): Promise<PortfolioData>;
}

export function createPortfolioRepository(context: RepositoryContext): PortfolioRepository {
  const { db } = context;
  const trendsRepository = createTrendsRepository(context);
  return {
    load: async () => {
      const trends = await trendsRepository.measured(null);
      const latestIds = [...groupBy(trends.assessments, (a) => a.teamId).values()].flatMap(
        (list) => latestFinal(list)?.id ?? [],
      );
      return db.transaction(
        'r',
        [db.teamGroups, db.targets, db.answers],
        async (): Promise<PortfolioData> => {
          const [groups, targets, answers] = await Promise.all([
            db.teamGroups.toArray(),
            db.targets.toArray(),
            // One key range per assessment: IndexedDB reads each in one request, where `anyOf`
            // walks a cursor record by record.
            Promise.all(
              latestIds.map((id) => db.answers.where('assessmentId').equals(id).toArray()),
            ),
          ]);
          return {
            trends,
            groups,
            targets,
            answersByAssessment: groupBy(answers.flat(), (a) => a.assessmentId),
          };
        },
      );
    },
  };
}
