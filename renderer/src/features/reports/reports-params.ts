// The Reports screen's choices live in the URL's search params (as the Trends screen's do), so
// coming back from a report view with "Back" shows the same choices. Parsing is total: an unknown
// or hand-edited value falls back to the default.
import { useSearchParams } from 'react-router';
import { REPORT_PERIODS, type PaperSize, type ReportPeriod } from '@shared/report-request';
import { parsePaper } from '../../domain/reports/paper';

export interface ReportsParams {
  readonly paper: PaperSize;
  /** The record asked for; it may no longer exist (see `chosen`). */
  readonly assessmentId: string | null;
  readonly drillId: string | null;
  readonly period: ReportPeriod;
  /** As typed: checked before anything is reported (see customPeriodErrors). */
  readonly from: string;
  readonly to: string;
}

export type ReportsParamKey = keyof ReportsParams;

const KEYS: Readonly<Record<ReportsParamKey, string>> = {
  paper: 'paper',
  assessmentId: 'assessment',
  drillId: 'drill',
  period: 'period',
  from: 'from',
  to: 'to',
};

/** The Trends screen's default period: a year is what a quarterly review looks back on. */
export const DEFAULT_REPORT_PERIOD: ReportPeriod = '12m';

export function parseReportsParams(
  params: URLSearchParams,
  locale: string | undefined,
): ReportsParams {
  const get = (key: ReportsParamKey) => params.get(KEYS[key]);
  const period = get('period');
  return {
    paper: parsePaper(get('paper'), locale),
    assessmentId: get('assessmentId'),
    drillId: get('drillId'),
    period:
      period !== null && (REPORT_PERIODS as readonly string[]).includes(period)
        ? (period as ReportPeriod)
        : DEFAULT_REPORT_PERIOD,
    from: get('from') ?? '',
    to: get('to') ?? '',
  };
}

/** The params with one choice changed; an empty value removes it (its default applies). */
export function withReportsParam(
  params: URLSearchParams,
  key: ReportsParamKey,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(KEYS[key]);
  else next.set(KEYS[key], value);
  return next;
}

export function useReportsParams(): readonly [
  ReportsParams,
  (key: ReportsParamKey, value: string) => void,
] {
  const [params, setParams] = useSearchParams();
  const set = (key: ReportsParamKey, value: string) => {
    setParams((current) => withReportsParam(current, key, value), { replace: true });
  };
  return [parseReportsParams(params, navigator.language), set] as const;
}
