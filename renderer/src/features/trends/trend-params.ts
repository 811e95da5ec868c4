// The Trends screen's choices live in the URL's search params, so a reload or a shared link shows
// the same figures. Parsing is total: an unknown or hand-edited value falls back to the default.
import type { IsoDate } from '../../domain/records/common';
import { type Severity, SEVERITIES } from '../../domain/records/drills';
import { isIsoDate } from '../../domain/dates/iso-date';
import { PERIOD_LABELS, type PeriodPreset } from '../../domain/trends/filters';
import { TREND_SOURCES, type TrendSource } from '../../domain/reality/filters';
import {
  GROUP_BY_LABELS,
  SERIES_MEASURES,
  type GroupBy,
  type SeriesMeasure,
} from '../../domain/trends/series';

export type Scope = 'team' | 'all';

export interface TrendParams {
  readonly scope: Scope;
  /** Which records the views read: drills, incidents, or both side by side. */
  readonly source: TrendSource;
  readonly period: PeriodPreset;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly serviceId: string | null;
  readonly severity: Severity | null;
  readonly scenarioId: string | null;
  readonly groupBy: GroupBy;
  readonly measure: SeriesMeasure;
  readonly aFrom: IsoDate | null;
  readonly aTo: IsoDate | null;
  readonly bFrom: IsoDate | null;
  readonly bTo: IsoDate | null;
}

export const PARAM_KEYS: Readonly<Record<keyof TrendParams, string>> = {
  scope: 'scope',
  source: 'source',
  period: 'period',
  from: 'from',
  to: 'to',
  serviceId: 'service',
  severity: 'severity',
  scenarioId: 'scenario',
  groupBy: 'group',
  measure: 'measure',
  aFrom: 'a-from',
  aTo: 'a-to',
  bFrom: 'b-from',
  bTo: 'b-to',
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
const date = (value: string | null): IsoDate | null =>
  value !== null && isIsoDate(value) ? value : null;
const text = (value: string | null): string | null =>
  value === null || value === '' ? null : value;

export function parseTrendParams(params: URLSearchParams): TrendParams {
  const get = (key: keyof TrendParams) => params.get(PARAM_KEYS[key]);
  return {
    scope: oneOf(get('scope'), ['team', 'all'], 'team'),
    source: oneOf(get('source'), TREND_SOURCES, 'both'),
    period: oneOf(get('period'), Object.keys(PERIOD_LABELS) as PeriodPreset[], '12m'),
    from: date(get('from')),
    to: date(get('to')),
    serviceId: text(get('serviceId')),
    severity: oneOf<Severity | ''>(get('severity'), SEVERITIES, '') || null,
    scenarioId: text(get('scenarioId')),
    groupBy: oneOf(get('groupBy'), Object.keys(GROUP_BY_LABELS) as GroupBy[], 'severity'),
    measure: oneOf(get('measure'), SERIES_MEASURES, 'timeToRecover'),
    aFrom: date(get('aFrom')),
    aTo: date(get('aTo')),
    bFrom: date(get('bFrom')),
    bTo: date(get('bTo')),
  };
}

/** The params with one choice changed; an empty value removes the key (the default applies). */
export function withParam(
  params: URLSearchParams,
  key: keyof TrendParams,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(PARAM_KEYS[key]);
  else next.set(PARAM_KEYS[key], value);
  return next;
}
