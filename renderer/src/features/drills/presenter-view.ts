// What the presenter's big clock says, as plain data: which clock dominates (the running phase's,
// not the total), and how it stands against its target in words a room reads from five metres.
// Colour is never the only signal: every tone comes with words here and a shape in the view.
import {
  currentPhase,
  phaseClocks,
  totalElapsed,
  type PhaseClock,
} from '../../domain/drills/clock';
import { formatClock } from '../../domain/dates/durations';
import { MINUTE_MS } from '../../domain/drills/phases';
import type { RunState } from '../../domain/drills/run-state';
import type { PhaseTargets } from '../../domain/records/drills';
import { PHASE_LABELS } from '../../domain/words/drills';

/**
 * on-target: within the target; near: over it by at most 20 % (amber); over: beyond (red);
 * untimed: no target, or no phase running.
 */
export type PresenterTone = 'on-target' | 'near' | 'over' | 'untimed';

export interface PresenterHero {
  /** What the big clock is: "Diagnose", "Total", "Waiting for the fault". */
  readonly title: string;
  /** A line under the title: skipped phases timed with this one, or why the clock is still. */
  readonly detail: string | null;
  readonly clock: string;
  readonly tone: PresenterTone;
  /** The standing in words: "Over target by 2:14", "3:12 left of the 10:00 target". */
  readonly standing: string;
}

/** "Over target by 2:14" or "3:12 left of the 10:00 target", for a phase clock with a target. */
export function standingText(clock: Pick<PhaseClock, 'elapsedMs' | 'spanTargetMinutes'>): string {
  const targetMs = clock.spanTargetMinutes * MINUTE_MS;
  if (!(targetMs > 0)) return 'No target for this phase';
  const elapsed = clock.elapsedMs ?? 0;
  if (elapsed > targetMs) return `Over target by ${formatClock(elapsed - targetMs)}`;
  return `${formatClock(targetMs - elapsed)} left of the ${formatClock(targetMs)} target`;
}

function toneOf(clock: PhaseClock): PresenterTone {
  if (clock.target === 'red') return 'over';
  if (clock.target === 'amber') return 'near';
  if (clock.target === 'green') return 'on-target';
  return 'untimed';
}

function ended(state: RunState, now: number, title: string, detail: string): PresenterHero {
  return {
    title,
    detail,
    clock: formatClock(totalElapsed(state, now)),
    tone: 'untimed',
    standing: 'Total time, paused time excluded',
  };
}

/** The presenter's big clock for a run at `now`. */
export function presenterHero(state: RunState, targets: PhaseTargets, now: number): PresenterHero {
  if (state.status === 'not-started') {
    return {
      title: 'Waiting for the fault',
      detail: null,
      clock: formatClock(0),
      tone: 'untimed',
      standing: 'The clocks start when the fault is injected',
    };
  }
  if (state.status === 'closed') return ended(state, now, 'Closed', 'The drill is over');
  if (state.status === 'aborted') {
    return ended(state, now, 'Aborted', state.abort?.reason ?? 'The drill was stopped');
  }
  const phase = currentPhase(state);
  const clock = phaseClocks(state, targets, now).find((c) => c.phase === phase);
  if (phase === null || clock === undefined) return ended(state, now, 'Total', 'No phase running');
  const merged = clock.mergedWith.map((p) => PHASE_LABELS[p]).join(', ');
  const paused = state.status === 'paused' ? `Paused: ${state.pauses.at(-1)?.reason ?? ''}` : null;
  return {
    title: PHASE_LABELS[phase],
    detail:
      paused ??
      (merged === '' ? null : `Timed from the last mark: ${merged} skipped, so counted with it`),
    clock: formatClock(clock.elapsedMs ?? 0),
    tone: toneOf(clock),
    standing: standingText(clock),
  };
}
