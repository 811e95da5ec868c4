// The words the trend report uses for its period, its filters and its comparison, and the Trends
// screen's choices its route carries (read back from the query, and turned into "Back").
import {
  REPORT_PERIODS,
  REPORT_CHECKLISTS,
  REPORT_DETECTED_BY,
  REPORT_HYPOTHESES,
  REPORT_SEVERITIES,
  TREND_QUERY_KEYS,
  reportRoute,
  trendTarget,
  type ReportSeverity,
  type TrendReportChoice,
} from '@shared/report-request';
import { isIsoDate } from '../../../domain/dates/iso-date';
import { reportFileName } from '../../../domain/reports/file-name';
import type {
  AppliedFilters,
  ReportPeriodRange,
  TrendReport,
} from '../../../domain/reports/trend-report';
import type { IsoDate } from '../../../domain/records/common';
import { PERIOD_LABELS } from '../../../domain/trends/filters';
import { formatIsoDate } from '../../../domain/dates/format';
import { resultFilterText } from '../../../domain/trends/result-filters';

export const KIND_LABEL = 'Team trend report';

/** "1 Jan 2026 to 30 Jun 2026". */
export function daysText(from: IsoDate, to: IsoDate): string {
  return `${formatIsoDate(from)} to ${formatIsoDate(to)}`;
}

/** A day of a comparison period; its ends are always set, but the type allows an open one. */
export function dayText(date: IsoDate | null): string {
  return date === null ? 'open' : formatIsoDate(date);
}

/** The period's short name: the preset's label, or the days of a custom period. */
export function periodName(period: ReportPeriodRange): string {
  return period.preset === 'custom'
    ? daysText(period.first, period.last)
    : PERIOD_LABELS[period.preset];
}

/** The period in words with its first and last day. */
export function periodText(period: ReportPeriodRange): string {
  const days = `${daysText(period.first, period.last)}, both days included`;
  switch (period.preset) {
    case 'all':
      return `All time: ${days} (from the team's first drill to the day of this report).`;
    case 'custom':
      return `Dates chosen: ${days}.`;
    default:
      return `${PERIOD_LABELS[period.preset]}: ${days}.`;
  }
}

/** Which two periods the comparison sets side by side, and why. */
export function comparisonNames(period: ReportPeriodRange): { a: string; b: string; why: string } {
  switch (period.comparison) {
    case 'halves':
      return {
        a: 'A: first half',
        b: 'B: second half',
        why: 'All time has no period before it, so its first half is compared with its second half.',
      };
    case 'chosen':
      return {
        a: 'A: period A chosen',
        b: 'B: period B chosen',
        why: 'The two periods chosen on the Trends screen are compared.',
      };
    case 'previous':
      return {
        a: 'A: the period before',
        b: 'B: this period',
        why: 'This period is compared with the period of the same length just before it.',
      };
  }
}

/** The filters a report applies, in one sentence: "Team Payments only. Service: …". */
export function filtersText(team: string, filters: AppliedFilters): string {
  const results = resultFilterText(filters.results);
  const resultsText =
    results === null
      ? ''
      : ` Drill results: only ${results} (incidents are not filtered by drill results).`;
  if (filters.service === null && filters.severity === null && filters.scenario === null) {
    return `Team ${team} only. All services, all severities and all scenarios are included.${resultsText}`;
  }
  const service = filters.service === null ? 'all services' : `service ${filters.service} only`;
  const severity = filters.severity === null ? 'all severities' : `${filters.severity} drills only`;
  const scenario =
    filters.scenario === null ? 'all scenarios' : `scenario ${filters.scenario} only`;
  return `Team ${team} only; ${service}; ${severity}; ${scenario}.${resultsText}`;
}

/**
 * What page 1 says when the figures are filtered (null when they are not), so a reader of the
 * summary alone knows which drills its numbers count.
 */
export function coverFiltersText(filters: AppliedFilters): string | null {
  const parts = [
    filters.service === null ? null : `service ${filters.service} only`,
    filters.severity === null ? null : `${filters.severity} drills only`,
    filters.scenario === null ? null : `scenario ${filters.scenario} only`,
    resultFilterText(filters.results),
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return `Filtered: ${parts.join('; ')}. Every drill figure in this report counts these drills only.`;
}

export function reportTitle(report: TrendReport): string {
  return `${report.team.name} — ${periodName(report.period)}`;
}

export function trendFileName(report: TrendReport, today: IsoDate): string {
  return reportFileName('trend', [report.team.name, report.period.fileLabel], today);
}

/** The choices in a report route's query (the keys the Trends screen's URL uses). */
export function trendChoiceOf(teamId: string, search: URLSearchParams): TrendReportChoice {
  const get = (key: keyof typeof TREND_QUERY_KEYS) => search.get(TREND_QUERY_KEYS[key]);
  const id = (value: string | null) => (value !== null && RECORD_ID.test(value) ? value : null);
  const day = (value: string | null) => (value !== null && isIsoDate(value) ? value : null);
  const severity = get('severity');
  const [aFrom, aTo, bFrom, bTo] = [
    day(get('aFrom')),
    day(get('aTo')),
    day(get('bFrom')),
    day(get('bTo')),
  ];
  const period = search.get('period');
  return {
    teamId,
    period: (REPORT_PERIODS as readonly string[]).includes(period ?? '')
      ? (period as ReportPeriodRange['preset'])
      : '12m',
    from: day(search.get('from')),
    to: day(search.get('to')),
    serviceId: id(get('serviceId')),
    severity: (REPORT_SEVERITIES as readonly string[]).includes(severity ?? '')
      ? (severity as ReportSeverity)
      : null,
    scenarioId: id(get('scenarioId')),
    hypothesis: oneOrNull(get('hypothesis'), REPORT_HYPOTHESES),
    detectedBy: oneOrNull(get('detectedBy'), REPORT_DETECTED_BY),
    checklist: oneOrNull(get('checklist'), REPORT_CHECKLISTS),
    compare:
      aFrom !== null && aTo !== null && bFrom !== null && bTo !== null
        ? { aFrom, aTo, bFrom, bTo }
        : null,
  };
}

/** The Trends screen's URL for these choices: where "Back" returns. */
export function trendsScreenQuery(choice: TrendReportChoice): string {
  const route = reportRoute({ target: trendTarget(choice), paper: 'a4' });
  const query = new URLSearchParams(route.slice(route.indexOf('?') + 1));
  query.delete('paper');
  return query.toString();
}

const RECORD_ID = /^[A-Za-z0-9_-]{1,100}$/u;

/** One of `allowed`, or null (no filter) for a missing or unknown value. */
function oneOrNull<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
