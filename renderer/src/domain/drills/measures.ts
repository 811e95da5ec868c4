// The measures of one drill. Each is defined by two points of the run, paused time excluded; a
// measure whose points were skipped or never reached is undefined (shown as a dash), never 0,
// so a skipped phase cannot flatter an average.
import type { EpochMs } from '../records/common';
import type { DrillMarkId, DrillReview } from '../records/drills';
import { activeBetween, totalPaused } from './clock';
import { boundaryOf, type RunState } from './run-state';

/** The durations a drill and a real incident both have, defined alike (incidents/incident-measures). */
export interface RecoveryDurations {
  readonly timeToDetect: number | undefined;
  readonly timeToAcknowledge: number | undefined;
  readonly timeToDiagnose: number | undefined;
  readonly timeToMitigate: number | undefined;
  readonly timeToRecover: number | undefined;
  readonly impactDuration: number | undefined;
  readonly commsLatency: number | undefined;
}

export interface DrillMeasures extends RecoveryDurations {
  readonly pausedTotal: number;
  readonly runbookUsed: boolean;
  readonly automationUsed: boolean;
  /** undefined until the review is saved. */
  readonly reviewHeld: boolean | undefined;
}

export type MeasureId = keyof DrillMeasures;

/**
 * Measures as an object of one shape, whatever shape they were read back in (from the database,
 * every record is its own): the screens reading thousands of them stay fast. Every field written
 * out, here and for incidents, rather than the shared durations spread from one helper: spreading
 * doubled the time to compute Trends over 10,000 drills and 20,000 incidents (measured).
 */
export function drillMeasuresCopy(measures: DrillMeasures): DrillMeasures {
  return {
    timeToDetect: measures.timeToDetect,
    timeToAcknowledge: measures.timeToAcknowledge,
    timeToDiagnose: measures.timeToDiagnose,
    timeToMitigate: measures.timeToMitigate,
    timeToRecover: measures.timeToRecover,
    impactDuration: measures.impactDuration,
    commsLatency: measures.commsLatency,
    pausedTotal: measures.pausedTotal,
    runbookUsed: measures.runbookUsed,
    automationUsed: measures.automationUsed,
    reviewHeld: measures.reviewHeld,
  };
}

export const MEASURE_NOTE =
  'Durations exclude paused time. A dash means a point was skipped or never reached: a skipped phase has no duration, not a zero one, and the phase after a skip has none of its own either (the two are one span, merged by the skip).';

export function measureDrill(
  state: RunState,
  review: DrillReview | null,
  now: EpochMs,
): DrillMeasures {
  const between = (from: DrillMarkId, to: DrillMarkId) => {
    const a = boundaryOf(state, from);
    const b = boundaryOf(state, to);
    if (a === undefined || b === undefined || a.skipped || b.skipped) return undefined;
    return activeBetween(state, a.at, b.at, now);
  };
  const detected = boundaryOf(state, 'detected');
  const notices = state.sides.filter((s) => s.side === 'stakeholders-notified').map((s) => s.at);
  const firstNotice = notices.length === 0 ? undefined : Math.min(...notices);
  return {
    // A phase's measure is its own duration, between two recorded marks. A skip records no time,
    // so the phase after a skip has no start of its own: it and the skipped phase are one merged
    // span (see attribution.ts), which counts as neither phase's time.
    timeToDetect: between('start', 'detected'),
    timeToAcknowledge: between('detected', 'acknowledged'),
    timeToDiagnose: between('acknowledged', 'diagnosed'),
    timeToMitigate: between('diagnosed', 'mitigated'),
    // Spanning measures, too, need both ends truly observed.
    timeToRecover: between('detected', 'recovered'),
    impactDuration: between('start', 'recovered'),
    commsLatency:
      detected === undefined || detected.skipped || firstNotice === undefined
        ? undefined
        : activeBetween(state, detected.at, Math.max(firstNotice, detected.at), now),
    pausedTotal: totalPaused(state, now),
    runbookUsed: state.sides.some((s) => s.side === 'runbook-used'),
    automationUsed: state.sides.some((s) => s.side === 'automation-used'),
    reviewHeld: review === null ? undefined : review.reviewHeld,
  };
}
