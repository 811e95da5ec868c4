// What a group of teams looks like at a glance: the median level per category (with how many teams
// were assessed), which teams lack targets, and where recovery is slowest, always with n. "All
// teams" is summarised the same way, so the report can lead with it.
import type { Id } from '../records/common';
import type { TeamGroupRecord } from '../records/team-groups';
import { median } from '../stats/summary';
import type { Portfolio, PortfolioRow, RecoveryFigure } from './portfolio';

/** How many teams the slowest-recovery lists name. */
export const SLOWEST_SHOWN = 3;

export interface CategoryMedian {
  readonly categoryId: string;
  /** Median of the assessed teams' levels; undefined when none is assessed. */
  readonly medianLevel: number | undefined;
  readonly medianScore: number | undefined;
  /** Teams with a level in this category. */
  readonly n: number;
}

export interface SlowRecovery {
  readonly teamId: Id;
  readonly teamName: string;
  readonly figure: RecoveryFigure;
}

export interface GroupSummary {
  /** The group's id; null for every team. */
  readonly groupId: Id | null;
  readonly name: string;
  readonly teams: number;
  readonly categories: readonly CategoryMedian[];
  readonly missingTargets: readonly string[];
  readonly slowestDrills: readonly SlowRecovery[];
  readonly slowestIncidents: readonly SlowRecovery[];
}

export const ALL_TEAMS = 'All teams';

/** Teams with a figure, slowest median first (then most data, then name), at most `limit`. */
export function slowest(
  rows: readonly PortfolioRow[],
  which: 'drills' | 'incidents',
  limit = SLOWEST_SHOWN,
): SlowRecovery[] {
  return rows
    .filter((row) => row[which].median !== undefined)
    .map((row) => ({ teamId: row.teamId, teamName: row.teamName, figure: row[which] }))
    .sort(
      (a, b) =>
        (b.figure.median ?? 0) - (a.figure.median ?? 0) ||
        b.figure.n - a.figure.n ||
        a.teamName.localeCompare(b.teamName),
    )
    .slice(0, limit);
}

export function summarise(
  portfolio: Portfolio,
  rows: readonly PortfolioRow[],
  group: { readonly id: Id | null; readonly name: string },
): GroupSummary {
  const categories = portfolio.columns.map((column, index): CategoryMedian => {
    const levels: number[] = [];
    const scores: number[] = [];
    for (const row of rows) {
      const cell = row.cells[index];
      if (cell?.level === null || cell?.level === undefined || cell.score === null) continue;
      levels.push(cell.level);
      scores.push(cell.score);
    }
    return {
      categoryId: column.categoryId,
      medianLevel: median(levels),
      medianScore: median(scores),
      n: levels.length,
    };
  });
  return {
    groupId: group.id,
    name: group.name,
    teams: rows.length,
    categories,
    missingTargets: rows.filter((row) => row.missingTargets > 0).map((row) => row.teamName),
    slowestDrills: slowest(rows, 'drills'),
    slowestIncidents: slowest(rows, 'incidents'),
  };
}

/** Every team first, then each group by name (a team in two groups counts in both). */
export function summariseGroups(
  portfolio: Portfolio,
  groups: readonly TeamGroupRecord[],
): GroupSummary[] {
  const sorted = [...groups].sort((a, b) => a.name.localeCompare(b.name));
  return [
    summarise(portfolio, portfolio.rows, { id: null, name: ALL_TEAMS }),
    ...sorted.map((group) =>
      summarise(
        portfolio,
        portfolio.rows.filter((row) => row.groupIds.includes(group.id)),
        group,
      ),
    ),
  ];
}
