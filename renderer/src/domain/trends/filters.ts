// Which drills a trend covers. Filters are plain values (kept in the screen's URL), and periods are
// calendar dates on the user's calendar, both ends included.
import type { Id, IsoDate } from '../records/common';
import type { Severity } from '../records/drills';
import { isIsoDate, shiftDate } from '../dates/iso-date';
import type { PreparedDrill } from './prepare';
import { matchesResults, NO_RESULT_FILTERS, type ResultFilters } from './result-filters';

export type PeriodPreset = '90d' | '6m' | '12m' | 'all' | 'custom';

export const PERIOD_LABELS: Readonly<Record<PeriodPreset, string>> = {
  '90d': 'Last 90 days',
  '6m': 'Last 6 months',
  '12m': 'Last 12 months',
  all: 'All time',
  custom: 'Dates I choose',
};

/** The results filters (hypothesis, detected by, checklists) read drills only, never incidents. */
export interface TrendFilters extends ResultFilters {
  /** null: every team the data holds. */
  readonly teamId: Id | null;
  readonly period: PeriodPreset;
  /** Used when period is custom; either end may be open. */
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly serviceId: Id | null;
  readonly severity: Severity | null;
  readonly scenarioId: string | null;
}

export const NO_FILTERS: TrendFilters = {
  teamId: null,
  period: 'all',
  from: null,
  to: null,
  serviceId: null,
  severity: null,
  scenarioId: null,
  ...NO_RESULT_FILTERS,
};

/** A closed range of calendar dates; null ends are open. */
export interface DateRange {
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

/** The dates a filter's period covers, ending today for the presets. */
export function resolvePeriod(filters: TrendFilters, today: IsoDate): DateRange {
  switch (filters.period) {
    case '90d':
      return { from: shiftDate(today, { days: -89 }), to: today };
    case '6m':
      return { from: shiftDate(today, { months: -6, days: 1 }), to: today };
    case '12m':
      return { from: shiftDate(today, { months: -12, days: 1 }), to: today };
    case 'all':
      return { from: null, to: null };
    case 'custom':
      return {
        from: filters.from !== null && isIsoDate(filters.from) ? filters.from : null,
        to: filters.to !== null && isIsoDate(filters.to) ? filters.to : null,
      };
  }
}

export function inRange(date: IsoDate, range: DateRange): boolean {
  return (range.from === null || date >= range.from) && (range.to === null || date <= range.to);
}

/** Every filter except the period: what a two-period comparison keeps. */
export function matchesAttributes(drill: PreparedDrill, filters: TrendFilters): boolean {
  return (
    (filters.teamId === null || drill.teamId === filters.teamId) &&
    (filters.serviceId === null || drill.serviceIds.includes(filters.serviceId)) &&
    (filters.severity === null || drill.severity === filters.severity) &&
    (filters.scenarioId === null || drill.scenarioId === filters.scenarioId) &&
    matchesResults(drill.results, filters)
  );
}

export function applyFilters(
  drills: readonly PreparedDrill[],
  filters: TrendFilters,
  today: IsoDate,
): PreparedDrill[] {
  const range = resolvePeriod(filters, today);
  return drills.filter((drill) => inRange(drill.date, range) && matchesAttributes(drill, filters));
}
