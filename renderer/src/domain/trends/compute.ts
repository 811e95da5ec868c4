// Every figure of the Trends screen from one source and one set of filters: the single entry point
// the screen and the benchmark call. Drills are measured once (prepareDrills); each view then reads
// the prepared values, so the cost grows linearly with the number of drills.
import type { IsoDate } from '../records/common';
import { applyFilters, matchesAttributes, type DateRange, type TrendFilters } from './filters';
import { keyMeasures, type KeyMeasures } from './key-measures';
import { maturityHistory, type MaturityHistory } from './maturity-history';
import { comparePeriods, defaultPeriods, type PeriodComparison } from './compare';
import type { PreparedIncident } from '../reality/prepare';
import { realityView, type RealityView } from '../reality/view';
import type { PreparedDrill, ScoredSource } from './prepare';
import {
  histogram,
  measureSeries,
  phaseBreakdown,
  runOverRun,
  SERIES_MEASURES,
  type GroupBy,
  type GroupKeys,
  type HistogramBin,
  type MeasureSeries,
  type PhaseBreakdownGroup,
  type ScenarioRuns,
  type SeriesMeasure,
} from './series';

export interface TrendsView {
  /** Completed drills in the filters: the ones measured. */
  readonly completed: number;
  /** Aborted drills in the filters: counted, never measured. */
  readonly aborted: number;
  readonly series: Readonly<Record<SeriesMeasure, MeasureSeries>>;
  readonly distribution: readonly HistogramBin[];
  readonly breakdown: readonly PhaseBreakdownGroup[];
  readonly runs: readonly ScenarioRuns[];
  readonly keyMeasures: KeyMeasures;
  readonly maturity: MaturityHistory;
  readonly comparison: PeriodComparison;
  /** Real incidents in the same filters, beside the drills. */
  readonly reality: RealityView;
}

export interface TrendsOptions {
  readonly filters: TrendFilters;
  readonly groupBy: GroupBy;
  readonly today: IsoDate;
  /** The two periods to compare; the last 90 days against the 90 before when not given. */
  readonly periods?: { readonly a: DateRange; readonly b: DateRange } | undefined;
  /** Recovered incidents, measured (reality/prepare); none when not given. */
  readonly incidents?: readonly PreparedIncident[] | undefined;
}

export function computeTrends(
  source: ScoredSource,
  prepared: readonly PreparedDrill[],
  options: TrendsOptions,
): TrendsView {
  const { filters, today } = options;
  const inFilters = applyFilters(prepared, filters, today);
  const completed = inFilters.filter((drill) => drill.completed);
  const series = Object.fromEntries(
    SERIES_MEASURES.map((measure) => [measure, measureSeries(completed, measure)]),
  ) as Record<SeriesMeasure, MeasureSeries>;
  const periods = options.periods ?? defaultPeriods(today);
  const comparable = prepared.filter(
    (drill) => drill.completed && matchesAttributes(drill, filters),
  );
  return {
    completed: completed.length,
    aborted: inFilters.length - completed.length,
    series,
    distribution: histogram(series.timeToRecover.points.map((point) => point.value)),
    breakdown: phaseBreakdown(completed, ...grouping(source, completed, options.groupBy)),
    // Re-runs compare one team's runs of a scenario; across every team they would be hundreds of
    // small charts, so they are only worked out for one team.
    runs:
      filters.teamId === null
        ? []
        : runOverRun(completed, new Map(source.teams.map((team) => [team.id, team.name]))),
    keyMeasures: keyMeasures(completed),
    maturity: maturityHistory(source, filters.teamId),
    comparison: comparePeriods(comparable, periods.a, periods.b),
    reality: realityView(completed, options.incidents ?? [], filters, source.services, today),
  };
}

function grouping(
  source: ScoredSource,
  completed: readonly PreparedDrill[],
  groupBy: GroupBy,
): [GroupKeys, (key: string) => string] {
  switch (groupBy) {
    case 'team': {
      const names = new Map(source.teams.map((team) => [team.id, team.name]));
      return [(drill) => [drill.teamId], (key) => names.get(key) ?? 'Deleted team'];
    }
    case 'service': {
      const names = new Map(source.services.map((service) => [service.id, service.name]));
      return [(drill) => drill.serviceIds, (key) => names.get(key) ?? 'Deleted service'];
    }
    case 'severity':
      return [(drill) => [drill.severity], (key) => key];
    case 'scenario': {
      const names = new Map(completed.map((drill) => [drill.scenarioId, drill.scenarioName]));
      return [(drill) => [drill.scenarioId], (key) => names.get(key) ?? key];
    }
  }
}
