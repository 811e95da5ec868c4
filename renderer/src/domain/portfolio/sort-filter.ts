// Sorting and filtering the portfolio's rows: pure, so the screen and the report agree. Rows with
// nothing to compare (no assessment, no drills) always sort last, whichever the direction: an
// unknown is not the best nor the worst.
import type { Id } from '../records/common';
import type { PortfolioRow } from './portfolio';

export type SortKey =
  | { readonly by: 'team' }
  | { readonly by: 'groups' }
  | { readonly by: 'category'; readonly categoryId: string }
  | { readonly by: 'gap' }
  | { readonly by: 'drills' }
  | { readonly by: 'incidents' }
  | { readonly by: 'lastDrill' }
  | { readonly by: 'stale' };

export type Direction = 'ascending' | 'descending';

export interface PortfolioSort {
  readonly key: SortKey;
  readonly direction: Direction;
}

export const DEFAULT_SORT: PortfolioSort = { key: { by: 'team' }, direction: 'ascending' };

/** A group's id, NO_GROUP for teams in none, or null for every team. */
export const NO_GROUP = 'none';

export interface PortfolioFilter {
  readonly group: Id | null;
  /** Matches a team's or one of its groups' name, ignoring case and accents. */
  readonly text: string;
  readonly missingTargets: boolean;
  /** Only teams with a stale assessment or stale evidence. */
  readonly stale: boolean;
}

export const NO_FILTER: PortfolioFilter = {
  group: null,
  text: '',
  missingTargets: false,
  stale: false,
};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

export function isStale(row: PortfolioRow): boolean {
  return row.staleAssessment || row.staleEvidence > 0;
}

export function filterRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const text = fold(filter.text);
  return rows.filter((row) => {
    if (filter.group === NO_GROUP && row.groupIds.length > 0) return false;
    if (filter.group !== null && filter.group !== NO_GROUP && !row.groupIds.includes(filter.group))
      return false;
    if (filter.missingTargets && row.missingTargets === 0) return false;
    if (filter.stale && !isStale(row)) return false;
    if (text === '') return true;
    return [row.teamName, ...row.groupNames].some((name) => fold(name).includes(text));
  });
}

type Value = number | string | undefined;

function valueOf(row: PortfolioRow, key: SortKey): Value {
  switch (key.by) {
    case 'team':
      return row.teamName;
    case 'groups':
      return row.groupNames.length === 0 ? undefined : row.groupNames.join(', ');
    case 'category':
      return row.cells.find((c) => c.categoryId === key.categoryId)?.score ?? undefined;
    case 'gap':
      return row.cells.every((c) => c.gap === null) ? undefined : row.totalGap;
    case 'drills':
      return row.drills.median;
    case 'incidents':
      return row.incidents.median;
    case 'lastDrill':
      return row.lastDrill ?? undefined;
    case 'stale':
      return (row.staleAssessment ? 1000 : 0) + row.staleEvidence;
  }
}

function compare(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

export function sortRows(rows: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: valueOf(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        const missing = Number(a.value === undefined) - Number(b.value === undefined);
        if (missing !== 0) return missing;
      } else {
        const order = sign * compare(a.value, b.value);
        if (order !== 0) return order;
      }
      return a.row.teamName.localeCompare(b.row.teamName);
    })
    .map(({ row }) => row);
}

/** Clicking a column: the same key flips the direction, another starts ascending. */
export function toggleSort(current: PortfolioSort, key: SortKey): PortfolioSort {
  const same = JSON.stringify(current.key) === JSON.stringify(key);
  if (!same) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
