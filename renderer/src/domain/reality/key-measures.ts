// The standard's key measures (time to recover, time to acknowledge, runbook usage, automation
// coverage, review rate, stakeholder comms latency) from drills and from incidents, side by side.
// An incident tool records some of these and not others: a yes/no the source did not state, or a
// time it did not record, is left out of that measure's n and counted as "not recorded", never read
// as no or as 0. A drill always records whether a runbook or automation was used (the run's side
// marks), so its rates stand on every completed drill, as in trends/key-measures.
import { MINUTE_MS } from '../drills/phases';
import { summarise, type Summary } from '../stats/summary';
import type { Rate } from '../trends/key-measures';
import type { PreparedDrill } from '../trends/prepare';
import type { PreparedIncident } from './prepare';

export type KeyMeasureId =
  | 'timeToRecover'
  | 'timeToAcknowledge'
  | 'runbookUsage'
  | 'automationCoverage'
  | 'reviewRate'
  | 'commsLatency';

/** A duration in minutes, or a rate as k of n. */
export type Figure =
  | { readonly kind: 'duration'; readonly summary: Summary }
  | { readonly kind: 'rate'; readonly rate: Rate };

export interface SideBySideMeasure {
  readonly measure: KeyMeasureId;
  readonly drills: Figure;
  readonly incidents: Figure;
  /** Recovered incidents whose source does not record this measure. */
  readonly incidentsNotRecorded: number;
  /** Incidents whose figure runs from a creation time standing in for detection. */
  readonly incidentsStandIn: number;
}

export const KEY_MEASURE_LABELS: Readonly<Record<KeyMeasureId, string>> = {
  timeToRecover: 'Time to recover',
  timeToAcknowledge: 'Time to acknowledge',
  runbookUsage: 'Runbook usage rate',
  automationCoverage: 'Recovery automation coverage',
  reviewRate: 'Review rate',
  commsLatency: 'Stakeholder comms latency',
};

type DurationKey = 'timeToRecover' | 'timeToAcknowledge' | 'commsLatency';
type FlagKey = 'runbookUsed' | 'automationUsed' | 'reviewHeld';

/** `drills`: completed drills in the filters; `incidents`: recovered incidents in them. */
export function keyMeasuresSideBySide(
  drills: readonly PreparedDrill[],
  incidents: readonly PreparedIncident[],
): SideBySideMeasure[] {
  const duration = (measure: DurationKey): SideBySideMeasure => {
    const measured = incidents.filter((i) => i.measures[measure] !== undefined);
    return {
      measure,
      drills: { kind: 'duration', summary: minutes(drills.map((d) => d.measures[measure])) },
      incidents: { kind: 'duration', summary: minutes(measured.map((i) => i.measures[measure])) },
      incidentsNotRecorded: incidents.length - measured.length,
      incidentsStandIn: measured.filter((i) => i.measures.detectionStandsIn).length,
    };
  };
  const rate = (measure: KeyMeasureId, flag: FlagKey): SideBySideMeasure => {
    const known = incidents.filter((i) => i[flag] !== null);
    return {
      measure,
      drills: {
        kind: 'rate',
        // A drill's review is unknown until it is saved: as in trends, only a held one counts.
        rate: { k: drills.filter((d) => d.measures[flag] === true).length, n: drills.length },
      },
      incidents: {
        kind: 'rate',
        rate: { k: known.filter((i) => i[flag] === true).length, n: known.length },
      },
      incidentsNotRecorded: incidents.length - known.length,
      incidentsStandIn: 0,
    };
  };
  return [
    duration('timeToRecover'),
    duration('timeToAcknowledge'),
    rate('runbookUsage', 'runbookUsed'),
    rate('automationCoverage', 'automationUsed'),
    rate('reviewRate', 'reviewHeld'),
    duration('commsLatency'),
  ];
}

function minutes(values: readonly (number | undefined)[]): Summary {
  return summarise(values.filter((v): v is number => v !== undefined).map((ms) => ms / MINUTE_MS));
}
