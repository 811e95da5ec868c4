// Loads the Trends source live and derives every figure from it. Drills and incidents come
// measured (their facts, kept by the database); changing a filter only recomputes the views.
import { useMemo, useState } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Id, IsoDate } from '../../domain/records/common';
import { computeTrends, type TrendsView } from '../../domain/trends/compute';
import { defaultPeriods } from '../../domain/trends/compare';
import type { DateRange, TrendFilters } from '../../domain/trends/filters';
import { preparedFromFacts, type MeasuredSource } from '../../domain/trends/prepare';
import { preparedIncidentsFromFacts } from '../../domain/reality/prepare';
import type { TrendParams } from './trend-params';
import { localZoneOffsetAt } from '../../platform/reader';

export interface TrendsData {
  readonly source: MeasuredSource;
  readonly view: TrendsView;
  readonly periods: { readonly a: DateRange; readonly b: DateRange };
}

export function useTrends(
  teamId: Id | null,
  params: TrendParams,
  today: IsoDate,
): TrendsData | undefined {
  const source = useLive(() => repos.trends.measured(teamId), [teamId]);
  // The offset is asked per drill: a drill keeps the date it ran on across a daylight-saving change.
  const [clock] = useState(() => ({ offset: localZoneOffsetAt }));
  const prepared = useMemo(
    () =>
      source === undefined
        ? undefined
        : preparedFromFacts(source.drills, source.scenarioNames, clock.offset),
    [source, clock],
  );
  const incidents = useMemo(
    () =>
      source === undefined
        ? undefined
        : preparedIncidentsFromFacts(source.incidents, { timeZoneOffsetMinutes: clock.offset }),
    [source, clock],
  );
  const { period, from, to, serviceId, severity, scenarioId, groupBy, aFrom, aTo, bFrom, bTo } =
    params;
  const { hypothesis, detectedBy, checklist } = params;
  return useMemo(() => {
    if (source === undefined || prepared === undefined || incidents === undefined) return undefined;
    const fallback = defaultPeriods(today);
    const periods = {
      a: { from: aFrom ?? fallback.a.from, to: aTo ?? fallback.a.to },
      b: { from: bFrom ?? fallback.b.from, to: bTo ?? fallback.b.to },
    };
    // A service or scenario left in the URL from another team would silently empty every view.
    const filters: TrendFilters = {
      teamId,
      period,
      from,
      to,
      serviceId: source.services.some((s) => s.id === serviceId) ? serviceId : null,
      severity,
      scenarioId: source.drills.some((d) => d.scenarioId === scenarioId) ? scenarioId : null,
      hypothesis,
      detectedBy,
      checklist,
    };
    return {
      source,
      periods,
      view: computeTrends(source, prepared, { filters, groupBy, today, periods, incidents }),
    };
  }, [
    source,
    prepared,
    incidents,
    teamId,
    period,
    from,
    to,
    serviceId,
    severity,
    scenarioId,
    hypothesis,
    detectedBy,
    checklist,
    groupBy,
    aFrom,
    aTo,
    bFrom,
    bTo,
    today,
  ]);
}
