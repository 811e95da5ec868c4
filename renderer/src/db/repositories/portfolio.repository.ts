// What the portfolio reads: every team's finished drills and final assessments through the Trends
// read (the one place drill events are read for overviews), and, in one more read transaction,
// the groups, targets, incidents and the stored answers of each team's latest final assessment
// (their evidence is dated for staleness). Two transactions in all, whatever the number of teams.
import type { AnswerRecord } from '../../domain/records/answers';
import type { Id } from '../../domain/records/common';
import type { IncidentRecord } from '../../domain/records/incidents';
import type { TargetRecord } from '../../domain/records/targets';
import type { TeamGroupRecord } from '../../domain/records/team-groups';
import type { TrendsSource } from '../../domain/trends/prepare';
import { latestFinal } from '../../domain/maturity/assessment-lifecycle';
import { groupBy } from '../../domain/portfolio/portfolio';
import type { RepositoryContext } from './context';
import { createTrendsRepository } from './trends.repository';

export interface PortfolioData {
  readonly trends: TrendsSource;
  readonly groups: readonly TeamGroupRecord[];
  readonly targets: readonly TargetRecord[];
  readonly incidents: readonly IncidentRecord[];
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
      const trends = await trendsRepository.load(null);
      const latestIds = [...groupBy(trends.assessments, (a) => a.teamId).values()].flatMap(
        (list) => latestFinal(list)?.id ?? [],
      );
      return db.transaction(
        'r',
        [db.teamGroups, db.targets, db.incidents, db.answers],
        async (): Promise<PortfolioData> => {
          const [groups, targets, incidents, answers] = await Promise.all([
            db.teamGroups.toArray(),
            db.targets.toArray(),
            db.incidents.toArray(),
            db.answers.where('assessmentId').anyOf(latestIds).toArray(),
          ]);
          return {
            trends,
            groups,
            targets,
            incidents,
            answersByAssessment: groupBy(answers, (a) => a.assessmentId),
          };
        },
      );
    },
  };
}
