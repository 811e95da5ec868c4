// What the portfolio reads: every team's measured drills and incidents, final assessments and their
// agreed answers with their evidence's dates, through the Trends read of facts; beside it, in a
// second read transaction, the groups and targets. Two transactions in all, side by side, whatever
// the number of teams: no stored answer is read (the read model holds what the portfolio needs).
import type { TargetRecord } from '../../domain/records/targets';
import type { TeamGroupRecord } from '../../domain/records/team-groups';
import type { MeasuredSource } from '../../domain/trends/prepare';
import type { RepositoryContext } from './context';
import { createTrendsRepository } from './trends.repository';

export interface PortfolioData {
  readonly trends: MeasuredSource;
  readonly groups: readonly TeamGroupRecord[];
  readonly targets: readonly TargetRecord[];
}

export interface PortfolioRepository {
  load(): Promise<PortfolioData>;
}

export function createPortfolioRepository(context: RepositoryContext): PortfolioRepository {
  const { db } = context;
  const trendsRepository = createTrendsRepository(context);
  return {
    load: async () => {
      const [trends, [groups, targets]] = await Promise.all([
        trendsRepository.measured(null),
        db.transaction('r', [db.teamGroups, db.targets], () =>
          Promise.all([db.teamGroups.toArray(), db.targets.toArray()]),
        ),
      ]);
      return { trends, groups, targets };
    },
  };
}
