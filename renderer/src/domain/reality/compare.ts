// Drills beside reality: for time to recover and for each phase, the drills' and the incidents'
// median, p90 and n, and whether the data can tell them apart, with one plain sentence a team can
// quote ("Real incidents take about 2× as long to recover as drills").
//
// Method: the difference of medians (incidents − drills, in minutes) gets a 95 % percentile
// bootstrap interval (stats/bootstrap: each group resampled with replacement 2,000 times, the
// difference of the resampled medians kept, the middle 95 % of them reported). The generator is
// seeded with a fixed default, so the same data always gives the same interval and a report printed
// twice says the same thing. As with two periods (trends/compare), nothing is compared below
// SMALL_SAMPLE values in either group: only each group's median with its n is shown.
//
// Only recovered incidents are read (reality/prepare), and a measure an incident's source did not
// record is left out of that measure's n, never counted as 0: each row says how many incidents
// lack it, and how many measure from a creation time standing in for detection.
import { PHASES, type DrillPhaseId } from '../records/drills';
import { MINUTE_MS } from '../drills/phases';
import { bootstrapMedianDifference, type MedianDifference } from '../stats/bootstrap';
import { SMALL_SAMPLE, summarise, type Summary } from '../stats/summary';
import { countOf } from '../text/plural';
import type { PreparedDrill } from '../trends/prepare';
import type { PreparedIncident } from './prepare';

export type RealityMeasureId = 'timeToRecover' | DrillPhaseId;
export const REALITY_MEASURES: readonly RealityMeasureId[] = ['timeToRecover', ...PHASES];

export interface RealityRow {
  readonly measure: RealityMeasureId;
  /** In minutes. */
  readonly drills: Summary;
  readonly incidents: Summary;
  /** Recovered incidents in the filters whose source did not record both ends of this measure. */
  readonly incidentsNotRecorded: number;
  /** Incidents whose value runs from a creation time standing in for detection. */
  readonly incidentsStandIn: number;
  /** median(incidents) / median(drills); undefined when either is missing or drills' is 0. */
  readonly ratio: number | undefined;
  /** Incidents − drills in minutes, with its interval; null below SMALL_SAMPLE in either group. */
  readonly difference: MedianDifference | null;
}

export interface RealityComparison {
  readonly drillCount: number;
  readonly incidentCount: number;
  readonly rows: readonly RealityRow[];
  readonly sentence: string;
}

/** Phases that start at detection read from it; `detect` ends at it. All lean on detection. */
const FROM_DETECTION: ReadonlySet<RealityMeasureId> = new Set([
  'timeToRecover',
  'detect',
  'acknowledge',
]);

const drillValue = (drill: PreparedDrill, measure: RealityMeasureId) =>
  measure === 'timeToRecover' ? drill.measures.timeToRecover : drill.phases[measure];
const incidentValue = (incident: PreparedIncident, measure: RealityMeasureId) =>
  measure === 'timeToRecover' ? incident.measures.timeToRecover : incident.phases[measure];

/**
 * `drills`: the completed drills in the filters; `incidents`: the recovered incidents in them.
 * `scope` names the incidents in the sentence ("SEV1 incidents"); plain "incidents" by default.
 */
export function compareWithReality(
  drills: readonly PreparedDrill[],
  incidents: readonly PreparedIncident[],
  scope = 'incidents',
): RealityComparison {
  const rows = REALITY_MEASURES.map((measure): RealityRow => {
    const drillMinutes = minutesOf(drills.map((drill) => drillValue(drill, measure)));
    const measured = incidents.filter((incident) => incidentValue(incident, measure) !== undefined);
    const incidentMinutes = minutesOf(measured.map((incident) => incidentValue(incident, measure)));
    const summaryDrills = summarise(drillMinutes);
    const summaryIncidents = summarise(incidentMinutes);
    const enough = drillMinutes.length >= SMALL_SAMPLE && incidentMinutes.length >= SMALL_SAMPLE;
    return {
      measure,
      drills: summaryDrills,
      incidents: summaryIncidents,
      incidentsNotRecorded: incidents.length - measured.length,
      incidentsStandIn: FROM_DETECTION.has(measure)
        ? measured.filter((incident) => incident.measures.detectionStandsIn).length
        : 0,
      ratio: ratioOf(summaryIncidents.median, summaryDrills.median),
      difference: enough ? bootstrapMedianDifference(drillMinutes, incidentMinutes) : null,
    };
  });
  return {
    drillCount: drills.length,
    incidentCount: incidents.length,
    rows,
    sentence: realitySentence(rows[0] as RealityRow, scope),
  };
}

function minutesOf(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined).map((ms) => ms / MINUTE_MS);
}

function ratioOf(incidents: number | undefined, drills: number | undefined): number | undefined {
  return incidents === undefined || drills === undefined || drills <= 0
    ? undefined
    : incidents / drills;
}

/** "12 min", "4.5 min": whole minutes from 10 up, one decimal below. */
export function minutesWords(minutes: number): string {
  const shown = minutes >= 10 ? String(Math.round(minutes)) : minutes.toFixed(1);
  return `${shown} min`;
}

/** "2×", "3.4×": a ratio to one decimal, a whole one without it. */
export function ratioWords(ratio: number): string {
  const shown = (Math.round(ratio * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return `${shown}×`;
}

/** The plain sentence about time to recover, the row every team asks about first. */
export function realitySentence(row: RealityRow, scope: string): string {
  const nd = row.drills.n;
  const ni = row.incidents.n;
  const standIn =
    row.incidentsStandIn === 0
      ? ''
      : ` For ${row.incidentsStandIn} of the ${countOf(ni, 'incident', 'incidents')}, detection is the incident's creation: the tool records no separate detection.`;
  const notRecorded =
    row.incidentsNotRecorded === 0
      ? ''
      : ` ${countOf(row.incidentsNotRecorded, 'recovered incident has', 'recovered incidents have')} no recovery time recorded and ${row.incidentsNotRecorded === 1 ? 'is' : 'are'} left out.`;
  if (ni < SMALL_SAMPLE) {
    return `Not enough ${scope} to compare: ${countOf(ni, 'recovered incident has', 'recovered incidents have')} a recovery time in these filters, and at least ${SMALL_SAMPLE} are needed, so no difference is claimed.${notRecorded}`;
  }
  if (nd < SMALL_SAMPLE) {
    return `Not enough drills to compare: ${countOf(nd, 'completed drill has', 'completed drills have')} a recovery time in these filters, and at least ${SMALL_SAMPLE} are needed, so no difference is claimed.`;
  }
  const drills = row.drills.median as number;
  const incidents = row.incidents.median as number;
  const medians = `In drills the team recovers in a median of ${minutesWords(drills)}; in real ${scope}, ${minutesWords(incidents)} (n = ${ni} vs ${nd} drills).`;
  const { difference } = row;
  if (difference === null || difference.low === undefined || difference.high === undefined) {
    return `${medians}${standIn}${notRecorded}`;
  }
  const { low, high } = difference;
  let claim: string;
  if (!difference.distinguishable) {
    claim = ` With these numbers the data cannot tell drills and real ${scope} apart: the difference of medians could be anywhere from ${signedMinutes(low)} to ${signedMinutes(high)}.`;
  } else if (incidents > drills) {
    const ratio = row.ratio === undefined ? '' : ` about ${ratioWords(row.ratio)} as long`;
    claim = ` Real ${scope} take${ratio} to recover as drills: with 95 % confidence between ${minutesWords(low)} and ${minutesWords(high)} longer.`;
    if (ratio === '')
      claim = claim.replace(' to recover as drills', ' longer to recover than drills');
  } else {
    claim = ` Real ${scope} recover faster than drills: with 95 % confidence between ${minutesWords(-high)} and ${minutesWords(-low)} shorter.`;
  }
  return `${medians}${claim}${standIn}${notRecorded}`;
}

function signedMinutes(minutes: number): string {
  if (Math.round(minutes * 10) === 0) return '0 min';
  return `${minutes > 0 ? '+' : '−'}${minutesWords(Math.abs(minutes))}`;
}
