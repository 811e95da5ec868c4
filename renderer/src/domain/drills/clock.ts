// The drill clock: every figure is a function of the stored events and `now`, never a count of
// ticks, so a clock is right after a reload, a sleeping laptop or a throttled background tab. When
// `now` is earlier than a stored time (the wall clock jumped back), durations clamp at zero rather
// than run backwards.
import type { EpochMs } from '../records/common';
import { type DrillPhaseId, type PhaseTargets, PHASES } from '../records/drills';
import { MINUTE_MS, endMarkOf, phaseStartedBy, startMarkOf } from './phases';
import { boundaryOf, type RunState } from './run-state';

export type TargetStatus = 'green' | 'amber' | 'red';

/** Amber covers the first 20% over target: close enough to call a near miss. */
export const AMBER_FACTOR = 1.2;

/**
 * green: at or under the target; amber: over it by at most 20%; red: beyond that. A phase without
 * a positive target has no status.
 */
export function targetStatus(elapsedMs: number, targetMinutes: number): TargetStatus | null {
  if (!(targetMinutes > 0)) return null;
  const targetMs = targetMinutes * MINUTE_MS;
  if (elapsedMs <= targetMs) return 'green';
  if (elapsedMs <= targetMs * AMBER_FACTOR) return 'amber';
  return 'red';
}

/** Paused time that falls between `from` and `to`; a pause still open counts up to `now`. */
export function pausedBetween(state: RunState, from: EpochMs, to: EpochMs, now: EpochMs): number {
  let total = 0;
  for (const pause of state.pauses) {
    const end = pause.end ?? Math.max(now, pause.start);
    total += Math.max(0, Math.min(to, end) - Math.max(from, pause.start));
  }
  return total;
}

/** Running time from `from` to `to` minus the pauses inside it; never negative. */
export function activeBetween(state: RunState, from: EpochMs, to: EpochMs, now: EpochMs): number {
  return Math.max(0, to - from - pausedBetween(state, from, to, now));
}

/** Where the run's clock stops: the close mark, the abort, or (still running) now. */
export function runEnd(state: RunState, now: EpochMs): EpochMs {
  const closed = boundaryOf(state, 'closed');
  if (closed !== undefined) return closed.at;
  if (state.abort !== null) return state.abort.at;
  return now;
}

/** The total clock: from the fault's injection, paused time excluded. 0 before the start. */
export function totalElapsed(state: RunState, now: EpochMs): number {
  const start = boundaryOf(state, 'start');
  if (start === undefined) return 0;
  return activeBetween(state, start.at, runEnd(state, now), now);
}

/** All paused time so far, including a pause still open. */
export function totalPaused(state: RunState, now: EpochMs): number {
  const start = boundaryOf(state, 'start');
  if (start === undefined) return 0;
  return pausedBetween(state, start.at, Math.max(runEnd(state, now), now), now);
}

export type PhaseStatus = 'pending' | 'active' | 'done' | 'skipped' | 'stopped';

export interface PhaseClock {
  readonly phase: DrillPhaseId;
  /** stopped: the drill was aborted while this phase was running. */
  readonly status: PhaseStatus;
  readonly startAt: EpochMs | null;
  readonly endAt: EpochMs | null;
  /**
   * Paused time excluded; null for a pending or skipped phase (skipped is not zero). For a phase
   * that follows skipped ones, the whole merged span (see `mergedWith`).
   */
  readonly elapsedMs: number | null;
  readonly targetMinutes: number;
  /** The targets of every phase of the span added up (this phase's own when nothing merged). */
  readonly spanTargetMinutes: number;
  /** Judged against the targets of every phase of the span, so a merged span is judged fairly. */
  readonly target: TargetStatus | null;
  /**
   * The skipped phases just before this one. A skip records no time, so the phases around it are
   * one span, from the last recorded mark to this phase's end: that span is this clock's time,
   * and it counts as neither phase's own time (see attribution.ts).
   */
  readonly mergedWith: readonly DrillPhaseId[];
}

/** The skipped phases right before `phase`, oldest first, and the boundary the span starts at. */
function mergedStart(state: RunState, phase: DrillPhaseId) {
  const mergedWith: DrillPhaseId[] = [];
  let index = PHASES.indexOf(phase);
  let from = boundaryOf(state, startMarkOf(phase));
  while (from?.skipped === true && index > 0) {
    index -= 1;
    const previous = PHASES[index] as DrillPhaseId;
    mergedWith.unshift(previous);
    from = boundaryOf(state, startMarkOf(previous));
  }
  return { from, mergedWith };
}

export function phaseClocks(
  state: RunState,
  targets: PhaseTargets,
  now: EpochMs,
): readonly PhaseClock[] {
  return PHASES.map((phase) => {
    const { from, mergedWith } = mergedStart(state, phase);
    const to = boundaryOf(state, endMarkOf(phase));
    const targetMinutes = targets[phase];
    const spanTarget = mergedWith.reduce((sum, merged) => sum + targets[merged], targetMinutes);
    const clock = (status: PhaseStatus, end: EpochMs | null, elapsedMs: number | null) => ({
      phase,
      status,
      // Where this clock's span starts: for a phase after skips, the last recorded mark before.
      startAt: from?.at ?? null,
      endAt: end,
      elapsedMs,
      targetMinutes,
      spanTargetMinutes: status === 'pending' ? targetMinutes : spanTarget,
      target: elapsedMs === null ? null : targetStatus(elapsedMs, spanTarget),
      mergedWith: status === 'pending' ? [] : mergedWith,
    });
    if (from === undefined) return clock('pending', null, null);
    if (to !== undefined) {
      if (to.skipped) return clock('skipped', to.at, null);
      return clock('done', to.at, activeBetween(state, from.at, to.at, now));
    }
    if (state.abort !== null) {
      return clock('stopped', state.abort.at, activeBetween(state, from.at, state.abort.at, now));
    }
    return clock('active', null, activeBetween(state, from.at, now, now));
  });
}

/** The phase running now, if any. */
export function currentPhase(state: RunState): DrillPhaseId | null {
  const last = state.boundaries.at(-1);
  if (last === undefined || (state.status !== 'running' && state.status !== 'paused')) return null;
  return phaseStartedBy(last.mark);
}
