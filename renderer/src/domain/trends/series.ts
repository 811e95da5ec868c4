// The drill series of the Trends screen. Policy, also said on screen:
// - Only completed drills have durations; aborted ones are counted, never measured.
// - A skipped phase has no duration (left out), never 0, so it cannot flatter a median.
// - Values are in minutes (fractions kept); the trend line is a trailing rolling median.
import { bin } from 'd3-array';
import { type DrillPhaseId, PHASES } from '../records/drills';
import { MINUTE_MS } from '../drills/phases';
import { rollingMedian, type TimedValue } from '../stats/rolling';
import { median, SMALL_SAMPLE, summarise, type Summary } from '../stats/summary';
import type { PreparedDrill } from './prepare';

/** How many drills the trend line looks back over, the current one included. */
export const ROLLING_WINDOW = 5;

/** Recovery time and each phase: the measures drawn over time. */
export type SeriesMeasure = 'timeToRecover' | DrillPhaseId;
export const SERIES_MEASURES: readonly SeriesMeasure[] = ['timeToRecover', ...PHASES];

export interface MeasureSeries {
  readonly measure: SeriesMeasure;
  /** One point per completed drill that has this measure, in time order; minutes. */
  readonly points: readonly TimedValue[];
  readonly rolling: readonly TimedValue[];
  readonly summary: Summary;
}

export function measureMinutes(drill: PreparedDrill, measure: SeriesMeasure): number | undefined {
  const ms = measure === 'timeToRecover' ? drill.measures.timeToRecover : drill.phases[measure];
  return ms === undefined ? undefined : ms / MINUTE_MS;
}

/** Expects drills in time order (prepareDrills sorts them). */
export function measureSeries(
  completed: readonly PreparedDrill[],
  measure: SeriesMeasure,
): MeasureSeries {
  const points: TimedValue[] = [];
  for (const drill of completed) {
    const value = measureMinutes(drill, measure);
    if (value !== undefined) points.push({ at: drill.at, value });
  }
  return {
    measure,
    points,
    rolling: rollingMedian(points, ROLLING_WINDOW),
    summary: summarise(points.map((point) => point.value)),
  };
}

function phaseValues(drills: readonly PreparedDrill[], measure: SeriesMeasure): number[] {
  const values: number[] = [];
  for (const drill of drills) {
    const value = measureMinutes(drill, measure);
    if (value !== undefined) values.push(value);
  }
  return values;
}

export interface HistogramBin {
  /** Minutes, lower end included. */
  readonly x0: number;
  /** Minutes, upper end excluded (included for the last bin). */
  readonly x1: number;
  readonly count: number;
}

/** Recovery times in bins of equal, round widths (Sturges' rule, rounded to nice numbers). */
export function histogram(values: readonly number[]): HistogramBin[] {
  if (values.length === 0) return [];
  const bins = bin()(values);
  const only = bins.length === 1 ? bins[0] : undefined;
  // One drill, or drills that all took the same time, give d3 a single bin of zero width, which
  // draws as nothing; a bin one minute wide holding them keeps the view honest and visible.
  if (only !== undefined && only.x0 === only.x1) {
    const low = Math.floor(only.x0 ?? 0);
    return [{ x0: low, x1: low + 1, count: only.length }];
  }
  return bins.map((b) => ({ x0: b.x0 ?? 0, x1: b.x1 ?? 0, count: b.length }));
}

export type GroupBy = 'team' | 'service' | 'severity' | 'scenario';

export const GROUP_BY_LABELS: Readonly<Record<GroupBy, string>> = {
  team: 'Team',
  service: 'Service',
  severity: 'Severity',
  scenario: 'Scenario',
};

export interface PhaseBreakdownGroup {
  readonly key: string;
  readonly label: string;
  /** Completed drills in the group. */
  readonly n: number;
  readonly smallSample: boolean;
  /** Median minutes of each phase over the drills that went through it; undefined if none did. */
  readonly medians: Readonly<Record<DrillPhaseId, number | undefined>>;
}

/** Keys a drill falls under; a drill of several services counts once for each of them. */
export type GroupKeys = (drill: PreparedDrill) => readonly string[];

export function phaseBreakdown(
  completed: readonly PreparedDrill[],
  keysOf: GroupKeys,
  labelOf: (key: string) => string,
): PhaseBreakdownGroup[] {
  const groups = new Map<string, PreparedDrill[]>();
  for (const drill of completed) {
    for (const key of keysOf(drill)) {
      const members = groups.get(key);
      if (members === undefined) groups.set(key, [drill]);
      else members.push(drill);
    }
  }
  return [...groups.entries()]
    .map(([key, members]) => {
      const medians: Partial<Record<DrillPhaseId, number | undefined>> = {};
      for (const phase of PHASES) medians[phase] = median(phaseValues(members, phase));
      const n = members.length;
      return {
        key,
        label: labelOf(key),
        n,
        smallSample: n < SMALL_SAMPLE,
        medians: medians as PhaseBreakdownGroup['medians'],
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

export interface ScenarioRun {
  readonly drillId: string;
  readonly title: string;
  readonly at: number;
  /** Minutes per phase; undefined where the phase was skipped. */
  readonly phases: Readonly<Record<DrillPhaseId, number | undefined>>;
}

export interface ScenarioRuns {
  /** One team's runs of one scenario: teams run the same template on different systems. */
  readonly key: string;
  readonly teamId: string;
  /** The team's name when runs of several teams are shown, so each sequence says whose it is. */
  readonly teamName: string | null;
  readonly scenarioId: string;
  readonly scenarioName: string;
  /** Oldest first; at most RUNS_PER_SCENARIO, the latest ones. */
  readonly runs: readonly ScenarioRun[];
  readonly totalRuns: number;
}

export const RUNS_PER_SCENARIO = 8;

/** Each scenario run more than once, with its runs' phase times in order: re-runs as experiments. */
export function runOverRun(
  completed: readonly PreparedDrill[],
  teamNames: ReadonlyMap<string, string> = new Map(),
): ScenarioRuns[] {
  const byTeamScenario = new Map<string, PreparedDrill[]>();
  for (const drill of completed) {
    const key = `${drill.teamId}/${drill.scenarioId}`;
    const runs = byTeamScenario.get(key);
    if (runs === undefined) byTeamScenario.set(key, [drill]);
    else runs.push(drill);
  }
  const severalTeams = new Set(completed.map((drill) => drill.teamId)).size > 1;
  return [...byTeamScenario.entries()]
    .filter(([, runs]) => runs.length > 1)
    .map(([key, runs]) => ({
      key,
      teamId: (runs[0] as PreparedDrill).teamId,
      teamName: severalTeams
        ? (teamNames.get((runs[0] as PreparedDrill).teamId) ?? 'Deleted team')
        : null,
      scenarioId: (runs[0] as PreparedDrill).scenarioId,
      scenarioName: (runs[0] as PreparedDrill).scenarioName,
      totalRuns: runs.length,
      runs: runs.slice(-RUNS_PER_SCENARIO).map((drill) => ({
        drillId: drill.id,
        title: drill.title,
        at: drill.at,
        phases: Object.fromEntries(
          PHASES.map((phase) => [phase, measureMinutes(drill, phase)]),
        ) as ScenarioRun['phases'],
      })),
    }))
    .sort(
      (a, b) =>
        a.scenarioName.localeCompare(b.scenarioName) ||
        (a.teamName ?? '').localeCompare(b.teamName ?? ''),
    );
}
