// Folding observations into metric families. The snapshot is the fold of everything; the history
// writes each series' value after every moment at which it changed, so a back-filled Prometheus
// holds, at each drill's recovery time, the histogram and counters exactly as they stood then.
import type { EpochMs } from '../records/common';
import { FAMILY_SPECS, METRIC, type FamilySpec, type MetricKey } from './families';
import type { Observation } from './observations';
import type {
  HistogramValue,
  Labels,
  MetricFamily,
  MetricPoint,
  MetricSeries,
} from './text-format';

interface HistogramState {
  /** Observations per bucket (not cumulative); the last slot is above every bound. */
  readonly perBucket: number[];
  count: number;
  /** Whole milliseconds are summed exactly, then turned into seconds once. */
  sumMs: number;
}

interface SeriesState {
  readonly labels: Labels;
  value: number;
  histogram: HistogramState | undefined;
  readonly points: MetricPoint<number | HistogramValue>[];
}

const seriesKey = (labels: Labels) =>
  labels.map(([name, value]) => `${name}\u0001${value ?? ''}`).join('\u0000');

class Accumulator {
  private readonly families = new Map<MetricKey, Map<string, SeriesState>>();

  apply(observation: Observation): SeriesState {
    const spec = specOf(observation.key);
    let family = this.families.get(observation.key);
    if (family === undefined) {
      family = new Map();
      this.families.set(observation.key, family);
    }
    const key = seriesKey(observation.labels);
    let series = family.get(key);
    if (series === undefined) {
      series = { labels: observation.labels, value: 0, histogram: undefined, points: [] };
      family.set(key, series);
    }
    if (spec.kind === 'histogram') {
      const buckets = spec.buckets ?? [];
      const state = (series.histogram ??= {
        perBucket: new Array<number>(buckets.length + 1).fill(0),
        count: 0,
        sumMs: 0,
      });
      const seconds = observation.value / 1000;
      const index = buckets.findIndex((bound) => seconds <= bound);
      const slot = index === -1 ? buckets.length : index;
      state.perBucket[slot] = (state.perBucket[slot] ?? 0) + 1;
      state.count += 1;
      state.sumMs += observation.value;
    } else if (observation.op === 'add') {
      series.value += observation.value;
    } else {
      series.value = observation.value;
    }
    return series;
  }

  /** Writes the series' current value as a point. */
  static record(series: SeriesState, at: EpochMs | undefined): void {
    const value = series.histogram === undefined ? series.value : histogramValue(series.histogram);
    series.points.push(at === undefined ? { value } : { value, at });
  }

  toFamilies(): MetricFamily[] {
    return FAMILY_SPECS.map((spec) => {
      const states = [...(this.families.get(spec.key)?.entries() ?? [])]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, state]) => state);
      const base = { name: METRIC[spec.key], help: spec.help, ...unitOf(spec) };
      if (spec.kind === 'histogram') {
        return {
          ...base,
          kind: 'histogram',
          buckets: spec.buckets ?? [],
          series: states.map((state) => ({
            labels: state.labels,
            points: state.points as MetricPoint<HistogramValue>[],
          })),
        } satisfies MetricFamily;
      }
      return {
        ...base,
        kind: spec.kind,
        series: states.map((state): MetricSeries<number> => ({
          labels: state.labels,
          points: state.points as MetricPoint<number>[],
        })),
      } satisfies MetricFamily;
    });
  }
}

function unitOf(spec: FamilySpec): { unit?: 'seconds' } {
  return spec.unit === undefined ? {} : { unit: spec.unit };
}

function specOf(key: MetricKey): FamilySpec {
  const spec = FAMILY_SPECS.find((candidate) => candidate.key === key);
  if (spec === undefined) throw new Error(`No metric family ${key}`);
  return spec;
}

function histogramValue(state: HistogramState): HistogramValue {
  let running = 0;
  const cumulative = state.perBucket.slice(0, -1).map((count) => (running += count));
  return { cumulative, count: state.count, sum: state.sumMs / 1000 };
}

/** In time order; observations of unknown time first, so a timed one (a gauge) sets last. */
function inTimeOrder(observations: readonly Observation[]): Observation[] {
  return observations
    .map((observation, index) => ({ observation, index }))
    .sort(
      (a, b) =>
        (a.observation.at ?? -Infinity) - (b.observation.at ?? -Infinity) || a.index - b.index,
    )
    .map(({ observation }) => observation);
}

/** Every observation folded, one untimed point per series. */
export function snapshotFamilies(observations: readonly Observation[]): MetricFamily[] {
  const accumulator = new Accumulator();
  const touched = new Set<SeriesState>();
  for (const observation of inTimeOrder(observations)) touched.add(accumulator.apply(observation));
  for (const series of touched) Accumulator.record(series, undefined);
  return accumulator.toFamilies();
}

/** The fold written after each moment, for the series that moment changed; untimed ones left out. */
export function historyFamilies(observations: readonly Observation[]): MetricFamily[] {
  const accumulator = new Accumulator();
  const timed = inTimeOrder(observations.filter((o) => o.at !== undefined));
  for (let start = 0; start < timed.length;) {
    const at = timed[start]?.at;
    const touched = new Set<SeriesState>();
    let end = start;
    while (end < timed.length && timed[end]?.at === at) {
      touched.add(accumulator.apply(timed[end] as Observation));
      end += 1;
    }
    for (const series of touched) Accumulator.record(series, at);
    start = end;
  }
  return accumulator.toFamilies();
}
