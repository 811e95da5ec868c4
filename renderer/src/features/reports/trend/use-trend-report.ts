// Loads one team's records live and builds its trend report for the period in the URL. The
// figures come from the same domain functions as the Trends screen, so both show the same numbers.
import { useMemo, useState } from 'react';
import { repos } from '../../../db/app-db';
import { useLive } from '../../../db/live';
import type { Id, IsoDate } from '../../../domain/records/common';
import {
  buildTrendReport,
  drillDates,
  resolveReportPeriod,
  type TrendReport,
  type TrendReportPeriodInput,
} from '../../../domain/reports/trend-report';
import { prepareDrills } from '../../../domain/trends/prepare';
import { localZoneOffsetAt } from '../../../platform/reader';

export type TrendReportState =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly report: TrendReport };

export const MISSING_TEAM = 'This team no longer exists.';

export function useTrendReport(
  teamId: Id,
  input: TrendReportPeriodInput,
  today: IsoDate,
): TrendReportState {
  const source = useLive(() => repos.trends.load(teamId), [teamId]);
  // As on the Trends screen: `now` only matters for a pause left open, and each drill keeps the
  // calendar day it ran on across a daylight-saving change.
  const [clock] = useState(() => ({
    now: Date.now(),
    offset: localZoneOffsetAt,
  }));
  const { period, from, to } = input;
  return useMemo((): TrendReportState => {
    if (source === undefined) return { state: 'loading' };
    if (!source.teams.some((team) => team.id === teamId)) {
      return { state: 'error', message: MISSING_TEAM };
    }
    const prepared = prepareDrills(source, { now: clock.now, timeZoneOffsetMinutes: clock.offset });
    const resolved = resolveReportPeriod({ period, from, to }, today, drillDates(prepared, teamId));
    if (!resolved.ok) return { state: 'error', message: resolved.message };
    const report = buildTrendReport(source, prepared, teamId, resolved.value, today);
    return report === undefined
      ? { state: 'error', message: MISSING_TEAM }
      : { state: 'ready', report };
  }, [source, clock, teamId, period, from, to, today]);
}
