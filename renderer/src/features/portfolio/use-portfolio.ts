// Loads everything the portfolio shows, live, and derives the rows and group summaries once per
// load: filtering and sorting afterwards only reorder rows.
import { useMemo, useState } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import { knownModels } from '../../domain/maturity/models';
import { portfolioView, type PortfolioView } from '../../domain/portfolio/from-data';
import { localToday, localZoneOffsetAt } from '../../platform/reader';

export function usePortfolio(): PortfolioView | undefined {
  const data = useLive(() => repos.portfolio.load(), []);
  const [clock] = useState(() => ({
    today: localToday(),
    now: Date.now(),
    zone: localZoneOffsetAt,
  }));
  return useMemo(
    () => (data === undefined ? undefined : portfolioView(data, modelsById(), clock)),
    [data, clock],
  );
}

/** Every model the app knows, built in and imported, by id: each team is scored on its own. */
function modelsById() {
  return new Map(knownModels().map((model) => [model.id, model]));
}
