// The metrics export's entry points: the current snapshot (text format 0.0.4, for node_exporter's
// textfile collector) and the history (OpenMetrics, one timestamped sample per drill and incident,
// for `promtool tsdb create-blocks-from openmetrics`). Drills are measured as Trends measure them
// (prepareDrills); incidents with measureIncident; maturity with scoreAssessment.
import type { EpochMs } from '../records/common';
import { prepareDrills, type TrendsSource } from '../trends/prepare';
import { historyFamilies, snapshotFamilies } from './accumulate';
import {
  currentMaturityObservations,
  maturityHistoryObservations,
  recoveryObservations,
  type Observation,
} from './observations';
import type { IncidentRecord } from '../records/incidents';
import { drillRecoveries, incidentRecoveries, type Recovery } from './recoveries';
import { renderFamilies, type MetricFamily } from './text-format';

export interface MetricsInput {
  /** What Trends read: finished drills with their events, final assessments with agreed answers. */
  readonly trends: TrendsSource;
  /** Stored incidents, open ones too: only recovered ones are counted (./recoveries). */
  readonly incidents: readonly IncidentRecord[];
  readonly now: EpochMs;
}

export function recoveriesOf(input: MetricsInput): Recovery[] {
  // The offset only places drills on calendar days, which the metrics do not use.
  const prepared = prepareDrills(input.trends, { now: input.now, timeZoneOffsetMinutes: 0 });
  return [
    ...drillRecoveries(input.trends, prepared, input.now),
    ...incidentRecoveries(input.incidents, input.trends),
  ];
}

function recoveryObservationsOf(input: MetricsInput): Observation[] {
  return recoveriesOf(input).flatMap(recoveryObservations);
}

export function snapshotMetrics(input: MetricsInput): MetricFamily[] {
  return snapshotFamilies([
    ...recoveryObservationsOf(input),
    ...currentMaturityObservations(input.trends),
  ]);
}

export function historyMetrics(input: MetricsInput): MetricFamily[] {
  return historyFamilies([
    ...recoveryObservationsOf(input),
    ...maturityHistoryObservations(input.trends),
  ]);
}

/** The `.prom` file: no timestamps, as the textfile collector requires. */
export function renderSnapshot(input: MetricsInput): string {
  return renderFamilies(snapshotMetrics(input), 'prometheus');
}

/** The `.om` file, ending in `# EOF`. */
export function renderHistory(input: MetricsInput): string {
  return renderFamilies(historyMetrics(input), 'openmetrics');
}
