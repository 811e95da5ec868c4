// The portfolio report's model: the heatmap of every team (or one group's), each group's summary
// and the slowest recoveries with n, laid out as text tables so the same data always prints the
// same words. Built from the same view as the screen, so both show the same numbers.
import type { Checked } from '../outcome';
import type { Id, IsoDate } from '../records/common';
import { reportFileName } from '../reports/file-name';
import { formatScore } from '../maturity/scoring';
import { STALE_AFTER_DAYS } from '../maturity/evidence-age';
import { countOf } from '../text/plural';
import { cellWords, recoveryWords } from './cell-words';
import type { PortfolioView } from './from-data';
import { ALL_TEAMS, slowest, summarise, type GroupSummary } from './group-summary';
import { RECOVERY_WINDOW_DAYS, type PortfolioColumn, type PortfolioRow } from './portfolio';
import { DEFAULT_SORT, filterRows, NO_FILTER, sortRows } from './sort-filter';

/** How many teams the report's slowest-recovery tables name. */
export const REPORT_SLOWEST = 10;

export const MISSING_GROUP = 'This team group no longer exists.';

export interface PortfolioReport {
  readonly scope: string;
  readonly groupId: Id | null;
  readonly columns: readonly PortfolioColumn[];
  readonly rows: readonly PortfolioRow[];
  /** Heatmap lines: the team, one text per category, then gap, recoveries, last drill, stale. */
  readonly table: readonly {
    readonly key: Id;
    readonly header: string;
    readonly cells: string[];
  }[];
  readonly summaries: readonly GroupSummary[];
  readonly slowestDrills: readonly SlowLine[];
  readonly slowestIncidents: readonly SlowLine[];
  readonly rule: string;
}

export interface SlowLine {
  readonly key: Id;
  readonly header: string;
  readonly cells: string[];
}

export function staleText(row: PortfolioRow): string {
  const notes = [
    ...(row.staleAssessment ? ['assessment'] : []),
    ...(row.staleEvidence > 0 ? [countOf(row.staleEvidence, 'criterion', 'criteria')] : []),
  ];
  return notes.length === 0 ? '—' : notes.join(', ');
}

function heatLine(row: PortfolioRow) {
  return {
    key: row.teamId,
    header: row.teamName,
    cells: [
      ...row.cells.map((cell) => {
        const words = cellWords(cell);
        return `${words.score} ${words.target}`;
      }),
      row.assessment === null ? '—' : formatScore(row.assessment.overallScore),
      String(row.totalGap),
      recoveryWords(row.drills).text,
      recoveryWords(row.incidents).text,
      row.lastDrill ?? 'none',
      staleText(row),
    ],
  };
}

export function buildPortfolioReport(
  view: PortfolioView,
  groupId: Id | null,
): Checked<PortfolioReport> {
  const group = groupId === null ? undefined : view.groups.find((g) => g.id === groupId);
  if (groupId !== null && group === undefined)
    return { ok: false, problem: { message: MISSING_GROUP } };
  const rows = sortRows(
    filterRows(view.portfolio.rows, { ...NO_FILTER, group: groupId }),
    DEFAULT_SORT,
  );
  const summaries =
    group === undefined
      ? view.summaries
      : [summarise(view.portfolio, rows, { id: group.id, name: group.name })];
  const slowLines = (which: 'drills' | 'incidents') =>
    slowest(rows, which, REPORT_SLOWEST).map((entry) => ({
      key: entry.teamId,
      header: entry.teamName,
      cells: [recoveryWords(entry.figure).text],
    }));
  return {
    ok: true,
    value: {
      scope:
        group === undefined
          ? `${ALL_TEAMS} (${rows.length})`
          : `Group “${group.name}” (${countOf(rows.length, 'team', 'teams')})`,
      groupId,
      columns: view.portfolio.columns,
      rows,
      table: rows.map(heatLine),
      summaries,
      slowestDrills: slowLines('drills'),
      slowestIncidents: slowLines('incidents'),
      rule: `Levels and scores are those of each team’s latest final assessment (score = level + progress to the next level). ▲ marks a category below its target, ✓ one that has reached it. Recovery times are medians with n over completed drills and recovered incidents of the last ${RECOVERY_WINDOW_DAYS} days. An assessment is stale when taken more than ${STALE_AFTER_DAYS} days ago; evidence is stale when every dated piece of it is older than ${STALE_AFTER_DAYS} days at the assessment’s date.`,
    },
  };
}

export function portfolioFileName(report: PortfolioReport, today: IsoDate): string {
  const group =
    report.summaries.length === 1 && report.groupId !== null
      ? report.summaries[0]?.name
      : undefined;
  return reportFileName('portfolio', group === undefined ? [] : [group], today);
}
