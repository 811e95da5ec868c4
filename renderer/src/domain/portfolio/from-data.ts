// From what the portfolio repository reads to the portfolio: drills and incidents as the database
// keeps them measured (the same facts Trends reads), then the rows and the group summaries.
// Shared by the screen and the report.
import type { EpochMs, IsoDate } from '../records/common';
import type { TargetRecord } from '../records/targets';
import type { TeamGroupRecord } from '../records/team-groups';
import type { MaturityModel } from '../maturity/model-types';
import { preparedFromFacts, type MeasuredSource } from '../trends/prepare';
import { summariseGroups, type GroupSummary } from './group-summary';
import { buildPortfolio, type Portfolio } from './portfolio';

export interface PortfolioInput {
  readonly trends: MeasuredSource;
  readonly groups: readonly TeamGroupRecord[];
  readonly targets: readonly TargetRecord[];
}

export interface PortfolioView {
  readonly portfolio: Portfolio;
  readonly summaries: readonly GroupSummary[];
  readonly groups: readonly TeamGroupRecord[];
}

export interface PortfolioClock {
  readonly today: IsoDate;
  readonly now: EpochMs;
  readonly zone: (at: EpochMs) => number;
}

export function portfolioView(
  input: PortfolioInput,
  models: ReadonlyMap<string, MaturityModel>,
  clock: PortfolioClock,
): PortfolioView {
  const drills = preparedFromFacts(input.trends.drills, input.trends.scenarioNames, clock.zone).map(
    (d) => ({
      id: d.id,
      teamId: d.teamId,
      completed: d.completed,
      date: d.date,
      timeToRecover: d.measures.timeToRecover,
    }),
  );
  const portfolio = buildPortfolio(
    {
      teams: input.trends.teams,
      groups: input.groups,
      assessments: input.trends.assessments,
      answersByAssessment: input.trends.answersByAssessment,
      evidenceByAssessment: input.trends.evidenceByAssessment,
      targets: input.targets,
      drills,
      incidents: input.trends.incidents,
      models,
    },
    { today: clock.today, zone: clock.zone },
  );
  return {
    portfolio,
    summaries: summariseGroups(portfolio, input.groups),
    groups: [...input.groups].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
