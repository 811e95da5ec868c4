// The team trend report's model: which days the period covers (resolved against the day the report
// is generated), what it is compared with, and the figures of the Trends screen for that team and
// period, plus the few tables only paper needs (the drills behind the chart, phases by scenario,
// the maturity scores side by side). Pure: the caller passes today and the prepared drills.
import type { ReportPeriod } from '@shared/report-request';
import type { Id, IsoDate } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { Severity } from '../records/drills';
import { daysBetween, isIsoDate, shiftDate } from '../dates/iso-date';
import { computeTrends, type TrendsView } from '../trends/compute';
import type { PreparedIncident } from '../reality/prepare';
import { applyFilters, resolvePeriod, type DateRange, type TrendFilters } from '../trends/filters';
import type { MaturityHistory } from '../trends/maturity-history';
import type { PreparedDrill, TrendsSource } from '../trends/prepare';
import { measureMinutes, phaseBreakdown, type PhaseBreakdownGroup } from '../trends/series';
import { problem, type Checked } from '../outcome';
import { NO_RESULT_FILTERS, type ResultFilters } from '../trends/result-filters';

/** What the report's URL asks for; `from` and `to` only count for a custom period. */
export interface TrendReportPeriodInput {
  readonly period: ReportPeriod;
  readonly from: string | null;
  readonly to: string | null;
  /** The two periods chosen on the Trends screen, when the report was exported from it. */
  readonly compare?: { readonly a: DateRange; readonly b: DateRange } | null;
}

/**
 * How the comparison periods are chosen: the equal period before, two halves of all time, or the
 * two periods chosen on the Trends screen.
 */
export type ComparisonMode = 'previous' | 'halves' | 'chosen';

/** The Trends screen's filters besides team and period, by id, and its results filters: null is "every". */
export interface TrendReportFilters extends ResultFilters {
  readonly serviceId: Id | null;
  readonly severity: Severity | null;
  readonly scenarioId: string | null;
}

export const NO_REPORT_FILTERS: TrendReportFilters = {
  serviceId: null,
  severity: null,
  scenarioId: null,
  ...NO_RESULT_FILTERS,
};

/** The filters a report applies, by name, as its scope states them; null is "every". */
export interface AppliedFilters {
  readonly service: string | null;
  readonly severity: Severity | null;
  readonly scenario: string | null;
  /** The drills' results filters (they narrow drills only, never incidents). */
  readonly results: ResultFilters;
}

export interface ReportPeriodRange {
  readonly preset: ReportPeriod;
  /** The first and last day the report covers, both included. */
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** What the file name says: the preset ("12m"), or the days of a custom period. */
  readonly fileLabel: string;
  /** Period A (before) and period B (this period) of the two-period comparison. */
  readonly compared: { readonly a: DateRange; readonly b: DateRange };
  readonly comparison: ComparisonMode;
  /** The period as the Trends screen's filters hold it, so both count the same drills. */
  readonly filters: Pick<TrendFilters, 'period' | 'from' | 'to'>;
}

const dateOrNull = (value: string | null): IsoDate | null =>
  value !== null && isIsoDate(value) ? value : null;
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
const later = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/**
 * The days a report covers. Presets end today; "all" and an open end of a custom period reach the
 * team's first drill and today (or a later drill's day), so the report can name real days.
 */
export function resolveReportPeriod(
  input: TrendReportPeriodInput,
  today: IsoDate,
  drillDates: readonly IsoDate[],
): Checked<ReportPeriodRange> {
  const from = input.period === 'custom' ? dateOrNull(input.from) : null;
  const to = input.period === 'custom' ? dateOrNull(input.to) : null;
  if (from !== null && to !== null && from > to) {
    return problem(
      'The period starts after it ends: go back and choose a first day on or before the last day.',
    );
  }
  const filters = { period: input.period, from, to };
  const range = resolvePeriod(
    {
      ...filters,
      ...NO_RESULT_FILTERS,
      teamId: null,
      serviceId: null,
      severity: null,
      scenarioId: null,
    },
    today,
  );
  const sorted = [...drillDates].sort();
  const dataLast = later(today, sorted.at(-1) ?? today);
  const last = range.to ?? later(dataLast, range.from ?? dataLast);
  const first = range.from ?? earlier(sorted[0] ?? last, last);
  const chosen = chosenPeriods(input.compare ?? null);
  const comparison: ComparisonMode =
    chosen !== null
      ? 'chosen'
      : input.period === 'all' && daysBetween(first, last) >= 1
        ? 'halves'
        : 'previous';
  return {
    ok: true,
    value: {
      preset: input.period,
      first,
      last,
      fileLabel: input.period === 'custom' ? `${first}-to-${last}` : input.period,
      compared: chosen ?? comparedPeriods(input.period, first, last, comparison),
      comparison,
      filters,
    },
  };
}

/** The periods chosen on Trends, when both are whole and in order; otherwise the report's own. */
function chosenPeriods(
  compare: { readonly a: DateRange; readonly b: DateRange } | null,
): { a: DateRange; b: DateRange } | null {
  if (compare === null) return null;
  const whole = (range: DateRange) =>
    range.from !== null && range.to !== null && range.from <= range.to;
  return whole(compare.a) && whole(compare.b) ? { a: compare.a, b: compare.b } : null;
}

/** Period A and B: the equal period just before this one, or for all time its two halves. */
function comparedPeriods(
  preset: ReportPeriod,
  first: IsoDate,
  last: IsoDate,
  mode: ComparisonMode,
): { a: DateRange; b: DateRange } {
  const length = daysBetween(first, last) + 1;
  if (mode === 'halves') {
    const half = Math.floor(length / 2);
    return {
      a: { from: first, to: shiftDate(first, { days: half - 1 }) },
      b: { from: shiftDate(first, { days: half }), to: last },
    };
  }
  const dayBefore = shiftDate(first, { days: -1 });
  // Calendar months for the month presets, so "the 6 months before" means months, not 183 days.
  const months = preset === '6m' ? 6 : preset === '12m' ? 12 : 0;
  const start =
    months > 0 ? shiftDate(first, { months: -months }) : shiftDate(first, { days: -length });
  return { a: { from: start, to: dayBefore }, b: { from: first, to: last } };
}

/** One completed drill with a recovery time: a point of the chart over time, and its table row. */
export interface ReportDrillRow {
  readonly id: Id;
  readonly date: IsoDate;
  readonly title: string;
  readonly severity: Severity;
  readonly scenarioName: string;
  /** Minutes. */
  readonly recovery: number;
  /** The rolling median at this drill, as the chart's line draws it. */
  readonly rolling: number | undefined;
}

export interface TrendReport {
  readonly team: TeamRecord;
  readonly period: ReportPeriodRange;
  /** The filters applied besides team and period, by name. */
  readonly filters: AppliedFilters;
  /** The Trends screen's figures for this team and period, phases grouped by severity. */
  readonly view: TrendsView;
  /** The phase breakdown again, grouped by scenario. */
  readonly byScenario: readonly PhaseBreakdownGroup[];
  readonly drills: readonly ReportDrillRow[];
}

/** The report for one team, or undefined when the source holds no such team. */
export function buildTrendReport(
  source: TrendsSource,
  prepared: readonly PreparedDrill[],
  teamId: Id,
  period: ReportPeriodRange,
  today: IsoDate,
  chosen: TrendReportFilters = NO_REPORT_FILTERS,
  /** The team's recovered incidents (reality/prepare), for the incidents section. */
  incidents: readonly PreparedIncident[] = [],
): TrendReport | undefined {
  const team = source.teams.find((t) => t.id === teamId);
  if (team === undefined) return undefined;
  // As the Trends screen does: a service or scenario this team's data does not hold is ignored
  // (it would silently empty every figure), and the scope says which filters apply.
  const service = source.services.find((s) => s.id === chosen.serviceId);
  const scenarioId = source.drills.some((d) => d.scenarioId === chosen.scenarioId)
    ? chosen.scenarioId
    : null;
  const filters: TrendFilters = {
    ...period.filters,
    teamId,
    serviceId: service?.id ?? null,
    severity: chosen.severity,
    scenarioId,
    hypothesis: chosen.hypothesis,
    detectedBy: chosen.detectedBy,
    checklist: chosen.checklist,
  };
  const view = computeTrends(source, prepared, {
    filters,
    groupBy: 'severity',
    today,
    periods: period.compared,
    incidents,
  });
  const completed = applyFilters(prepared, filters, today).filter((drill) => drill.completed);
  return {
    team,
    period,
    filters: {
      service: service?.name ?? null,
      severity: chosen.severity,
      scenario:
        scenarioId === null
          ? null
          : (source.scenarioNames.get(scenarioId) ??
            prepared.find((d) => d.scenarioId === scenarioId)?.scenarioName ??
            scenarioId),
      results: {
        hypothesis: chosen.hypothesis,
        detectedBy: chosen.detectedBy,
        checklist: chosen.checklist,
      },
    },
    view,
    byScenario: phaseBreakdown(
      completed,
      (drill) => [drill.scenarioId],
      (key) => completed.find((drill) => drill.scenarioId === key)?.scenarioName ?? key,
    ),
    drills: drillRows(completed, view),
  };
}

/** The drills behind the recovery-time chart, in the chart's order, each with the line's value. */
function drillRows(completed: readonly PreparedDrill[], view: TrendsView): ReportDrillRow[] {
  const { rolling } = view.series.timeToRecover;
  const rows: ReportDrillRow[] = [];
  for (const drill of completed) {
    const recovery = measureMinutes(drill, 'timeToRecover');
    if (recovery === undefined) continue;
    rows.push({
      id: drill.id,
      date: drill.date,
      title: drill.title,
      severity: drill.severity,
      scenarioName: drill.scenarioName,
      recovery,
      rolling: rolling[rows.length]?.value,
    });
  }
  return rows;
}

/** The days of every finished drill: where "all time" starts. */
export function drillDates(prepared: readonly PreparedDrill[], teamId: Id): IsoDate[] {
  return prepared.filter((drill) => drill.teamId === teamId).map((drill) => drill.date);
}

/** Maturity scores as a grid: one row per category, one column per final assessment. */
export interface MaturityGrid {
  readonly columns: readonly { readonly assessmentId: Id; readonly takenOn: IsoDate }[];
  readonly rows: readonly {
    readonly id: string;
    readonly label: string;
    readonly scores: readonly (number | undefined)[];
  }[];
}

export function maturityGrid(history: MaturityHistory): MaturityGrid {
  const byId = new Map<Id, IsoDate>();
  for (const line of history.lines) {
    for (const point of line.points) byId.set(point.assessmentId, point.takenOn);
  }
  const columns = [...byId.entries()]
    .map(([assessmentId, takenOn]) => ({ assessmentId, takenOn }))
    .sort(
      (a, b) => a.takenOn.localeCompare(b.takenOn) || a.assessmentId.localeCompare(b.assessmentId),
    );
  return {
    columns,
    rows: history.lines.map((line) => ({
      id: line.id,
      label: line.label,
      scores: columns.map(
        (column) => line.points.find((p) => p.assessmentId === column.assessmentId)?.score,
      ),
    })),
  };
}
