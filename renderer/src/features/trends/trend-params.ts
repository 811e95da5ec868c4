// The Trends screen's choices live in the URL's search params, so a reload or a shared link shows
// the same figures. Parsing is total: an unknown or hand-edited value falls back to the default.
import type { IsoDate } from '../../domain/records/common';
import { type Severity, SEVERITIES } from '../../domain/records/drills';
import { isIsoDate } from '../../domain/dates/iso-date';
import { PERIOD_LABELS, type PeriodPreset } from '../../domain/trends/filters';
import { TREND_SOURCES, type TrendSource } from '../../domain/reality/filters';
import {
  CHECKLIST_FILTERS,
  DETECTED_BY_FILTERS,
  HYPOTHESIS_FILTERS,
  type ChecklistFilter,
  type DetectedByFilter,
  type HypothesisFilter,
} from '../../domain/trends/result-filters';
import { TREND_QUERY_KEYS } from '@shared/report-request';
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
  /** The drills' results (drills only: incidents have none). */
  readonly hypothesis: HypothesisFilter | null;
  readonly detectedBy: DetectedByFilter | null;
  readonly checklist: ChecklistFilter | null;
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
  // The keys a trend report's route shares with this screen, so "Back" returns to the same view.
  serviceId: TREND_QUERY_KEYS.serviceId,
  severity: TREND_QUERY_KEYS.severity,
  scenarioId: TREND_QUERY_KEYS.scenarioId,
  hypothesis: TREND_QUERY_KEYS.hypothesis,
  detectedBy: TREND_QUERY_KEYS.detectedBy,
  checklist: TREND_QUERY_KEYS.checklist,
  groupBy: 'group',
  measure: 'measure',
  aFrom: TREND_QUERY_KEYS.aFrom,
  aTo: TREND_QUERY_KEYS.aTo,
  bFrom: TREND_QUERY_KEYS.bFrom,
  bTo: TREND_QUERY_KEYS.bTo,
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
/** One of `allowed`, or null ("any") for a missing or unknown value. */
const oneOrAny = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
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
    severity: oneOrAny<Severity>(get('severity'), SEVERITIES),
    scenarioId: text(get('scenarioId')),
    hypothesis: oneOrAny(get('hypothesis'), HYPOTHESIS_FILTERS),
    detectedBy: oneOrAny(get('detectedBy'), DETECTED_BY_FILTERS),
    checklist: oneOrAny(get('checklist'), CHECKLIST_FILTERS),
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

/** The choices a link can carry that are a fixed list, by the words the filters use. */
const CHOICE_NAMES = {
  scope: 'Teams',
  source: 'Source',
  period: 'Period',
  severity: 'Severity',
  hypothesis: 'Hypothesis',
  detectedBy: 'Detected by',
  checklist: 'Checklists',
  groupBy: 'Group by',
  measure: 'Measure',
} as const satisfies Partial<Record<keyof TrendParams, string>>;

export interface UnreadParam {
  /** The filter's name on screen. */
  readonly name: string;
  /** What the URL said (shortened). */
  readonly value: string;
}

/**
 * The choices in the URL that parseTrendParams could not read (a hand-edited or old link), so the
 * screen can say which ones fell back to their default rather than change the figures silently.
 */
export function unreadTrendParams(params: URLSearchParams): UnreadParam[] {
  const parsed = parseTrendParams(params);
  const unread: UnreadParam[] = [];
  for (const key of Object.keys(CHOICE_NAMES) as (keyof typeof CHOICE_NAMES)[]) {
    const raw = params.get(PARAM_KEYS[key]);
    if (raw === null || raw === '' || raw === parsed[key]) continue;
    unread.push({ name: CHOICE_NAMES[key], value: raw.length > 40 ? `${raw.slice(0, 39)}…` : raw });
  }
  return unread;
}
