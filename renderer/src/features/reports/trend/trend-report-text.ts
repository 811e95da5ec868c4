// The words the trend report uses for its period and its comparison, from the resolved dates.
import type { ReportRequest } from '@shared/report-request';
import { reportFileName } from '../../../domain/reports/file-name';
import type { ReportPeriodRange, TrendReport } from '../../../domain/reports/trend-report';
import type { IsoDate } from '../../../domain/records/common';
import { PERIOD_LABELS } from '../../../domain/trends/filters';
import { formatIsoDate } from '../../../domain/dates/format';

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
  return period.comparison === 'halves'
    ? {
        a: 'A: first half',
        b: 'B: second half',
        why: 'All time has no period before it, so its first half is compared with its second half.',
      }
    : {
        a: 'A: the period before',
        b: 'B: this period',
        why: 'This period is compared with the period of the same length just before it.',
      };
}

export function reportTitle(report: TrendReport): string {
  return `${report.team.name} — ${periodName(report.period)}`;
}

export function trendFileName(report: TrendReport, today: IsoDate): string {
  return reportFileName('trend', [report.team.name, report.period.fileLabel], today);
}

/** The request that prints this report again (the toolbar's button sets the paper). */
export function trendRequest(
  teamId: string,
  period: ReportPeriodRange['preset'],
  from: string | null,
  to: string | null,
): ReportRequest {
  return {
    target: {
      kind: 'trend',
      teamId,
      period,
      ...(period === 'custom' && from !== null ? { from } : {}),
      ...(period === 'custom' && to !== null ? { to } : {}),
    },
    paper: 'a4',
  };
}
