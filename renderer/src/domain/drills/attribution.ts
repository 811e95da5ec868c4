// Where every second of a run went. From the fault's injection to the run's end (the close mark,
// the abort, or now), each instant belongs to exactly one part: a phase, a span of phases merged
// by a skip, or a pause. A skip records no time of its own, so the phases on either side of it
// cannot be told apart: the span from the last recorded mark to the next one is one part, named
// for all its phases ("Diagnose + Mitigate (Diagnosed was skipped)"), and counts as neither
// phase's own time (Trends and the reports leave both phases out for that drill).
//
// The parts add up exactly to the total: each part is the running time between two consecutive
// boundaries, and pauses are counted once, apart from the phases they fell in.
import type { EpochMs } from '../records/common';
import { type DrillMarkId, type DrillPhaseId, PHASES } from '../records/drills';
import { roundedInstant } from '../dates/durations';
import { activeBetween, pausedBetween, runEnd } from './clock';
import { endMarkOf } from './phases';
import { boundaryOf, type RunState } from './run-state';

export interface RunPart {
  /** One phase, or several merged by skips (in run order). */
  readonly phases: readonly DrillPhaseId[];
  /** The skipped marks inside a merged span (empty for one phase). */
  readonly skippedMarks: readonly DrillMarkId[];
  readonly from: EpochMs;
  readonly to: EpochMs;
  /** Running time of the part, pauses excluded. */
  readonly activeMs: number;
  /** The part ends at a recorded mark; otherwise the run was aborted or is still going. */
  readonly finished: boolean;
}

export interface RunAttribution {
  /** From the start to the run's end, pauses included; 0 before the start. */
  readonly totalMs: number;
  readonly parts: readonly RunPart[];
  /** Every paused moment between the start and the run's end. */
  readonly pausedMs: number;
}

export function attributeRun(state: RunState, now: EpochMs): RunAttribution {
  const start = boundaryOf(state, 'start');
  if (start === undefined) return { totalMs: 0, parts: [], pausedMs: 0 };
  // A run still going ends now, but never before its last mark (a shown run's rounded mark may be
  // up to half a second past now).
  const end = Math.max(start.at, runEnd(state, now), state.boundaries.at(-1)?.at ?? start.at);
  const parts: RunPart[] = [];
  let from = start.at;
  let phases: DrillPhaseId[] = [];
  let skippedMarks: DrillMarkId[] = [];
  for (const phase of PHASES) {
    phases.push(phase);
    const to = boundaryOf(state, endMarkOf(phase));
    if (to === undefined) {
      // The run has not reached this phase's end: what remains until the run's end is this span.
      if (end > from || parts.length === 0)
        parts.push(part(phases, skippedMarks, from, end, false));
      break;
    }
    if (to.skipped) {
      skippedMarks.push(to.mark);
      continue;
    }
    parts.push(part(phases, skippedMarks, from, to.at, true));
    from = to.at;
    phases = [];
    skippedMarks = [];
  }
  return { totalMs: end - start.at, parts, pausedMs: pausedBetween(state, start.at, end, now) };

  function part(
    spanPhases: readonly DrillPhaseId[],
    marks: readonly DrillMarkId[],
    partFrom: EpochMs,
    partTo: EpochMs,
    finished: boolean,
  ): RunPart {
    return {
      phases: [...spanPhases],
      skippedMarks: [...marks],
      from: partFrom,
      to: partTo,
      activeMs: activeBetween(state, partFrom, partTo, now),
      finished,
    };
  }
}

/**
 * The run as it is shown: every instant moved to the whole second from the start (the rounding
 * rule of durations.ts), so the phases, the pauses, the parts and the total a page shows are whole
 * seconds that agree with each other and with the timeline's offsets.
 */
export function shownRun(state: RunState): RunState {
  const start = boundaryOf(state, 'start')?.at;
  if (start === undefined) return state;
  const round = (at: EpochMs) => roundedInstant(at, start);
  return {
    ...state,
    boundaries: state.boundaries.map((b) => ({
      ...b,
      at: round(b.at),
      original: round(b.original),
      corrections: b.corrections.map((c) => ({ ...c, from: round(c.from), to: round(c.to) })),
    })),
    pauses: state.pauses.map((p) => ({
      ...p,
      start: round(p.start),
      end: p.end === null ? null : round(p.end),
    })),
    abort: state.abort === null ? null : { ...state.abort, at: round(state.abort.at) },
  };
}
