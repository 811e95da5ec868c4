// What the metrics export reads, loaded as the app reads it: the Trends source of every team
// (finished drills with their events, final assessments with agreed answers) and every team's
// stored incidents, open ones included (the export leaves them out; ../../domain/metrics).
// Settings, the kept-up-to-date snapshot and the command line all load through here, so the three
// agree with each other.
import type { MetricsInput } from '../../domain/metrics/exposition';
import type { IncidentsRepository } from '../../db/repositories/incidents.repository';
import type { TrendsRepository } from '../../db/repositories/trends.repository';

export interface MetricsReads {
  readonly trends: Pick<TrendsRepository, 'load'>;
  readonly incidents: Pick<IncidentsRepository, 'listForTeam'>;
}

export async function loadMetricsInput(repos: MetricsReads, now: number): Promise<MetricsInput> {
  const trends = await repos.trends.load(null);
  // Team by team through the repository's index: incidents belong to a team, and a deleted
  // team's incidents go with it.
  const perTeam = await Promise.all(
    trends.teams.map((team) => repos.incidents.listForTeam(team.id)),
  );
  return { trends, incidents: perTeam.flat(), now };
}
