// The run's ticking pieces, each as small as the time it shows. Screens never call useNow: a tick
// re-renders these clocks and nothing around them (the run log, the controls, the forms).
import { memo, type ComponentType } from 'react';
import {
  currentPhase,
  phaseClocks,
  totalElapsed,
  totalPaused,
  type PhaseClock,
} from '../../domain/drills/clock';
import { formatClock, formatDurationInWords } from '../../domain/dates/durations';
import type { RunState } from '../../domain/drills/run-state';
import type { DrillPhaseId, PhaseTargets } from '../../domain/records/drills';
import { PHASES } from '../../domain/records/drills';
import { PhaseCard } from './PhaseCard';
import { useClockRenderMeasure } from './perf-marks';
import { useNow } from './use-now';

/** How often a run's clocks turn over: four times a second, so a second never shows late. */
export const RUN_TICK_MS = 250;

export function isLive(state: RunState): boolean {
  return state.status === 'running' || state.status === 'paused';
}

/** The wall clock for a run's clocks: ticking while it runs or is paused, still otherwise. */
export function useRunNow(state: RunState, ticking = isLive(state)): number {
  return useNow(RUN_TICK_MS, ticking);
}

/** The total clock's face. It also times each tick for the benchmark (perf-marks.ts). */
export const TotalClock = memo(function TotalClock({
  state,
  className,
  testId,
}: {
  readonly state: RunState;
  readonly className: string;
  readonly testId: string;
}) {
  const now = useRunNow(state);
  useClockRenderMeasure(now);
  return (
    <p className={className} data-testid={testId} aria-live="off">
      {formatClock(totalElapsed(state, now))}
    </p>
  );
});

/** "4 min 12 s", or "not paused". Ticks only while a pause is open. */
export const PausedSoFar = memo(function PausedSoFar({ state }: { readonly state: RunState }) {
  const now = useRunNow(state, state.status === 'paused');
  const paused = totalPaused(state, now);
  return <>{paused > 0 ? formatDurationInWords(paused) : 'not paused'}</>;
});

/** What a phase shows of its clock: the run screen's card, the presenter's strip item. */
export type PhaseFace = ComponentType<{ readonly clock: PhaseClock; readonly paused: boolean }>;

/** One phase's clock, drawn by `Face`; only the running phase's clock ticks. */
const LivePhase = memo(function LivePhase({
  state,
  targets,
  phase,
  Face,
}: {
  readonly state: RunState;
  readonly targets: PhaseTargets;
  readonly phase: DrillPhaseId;
  readonly Face: PhaseFace;
}) {
  const now = useRunNow(state, isLive(state) && currentPhase(state) === phase);
  const clock = phaseClocks(state, targets, now)[PHASES.indexOf(phase)];
  if (clock === undefined) return null;
  return <Face clock={clock} paused={state.status === 'paused'} />;
});

/**
 * Every phase's clock in run order, each drawn by `Face` (a component defined once, so the list
 * stays memoised). The list itself never ticks: each phase subscribes to the time on its own.
 */
export const LivePhaseList = memo(function LivePhaseList({
  state,
  targets,
  className,
  Face,
}: {
  readonly state: RunState;
  readonly targets: PhaseTargets;
  readonly className: string;
  readonly Face: PhaseFace;
}) {
  return (
    <ol className={className} aria-label="Phases">
      {PHASES.map((phase) => (
        <LivePhase key={phase} state={state} targets={targets} phase={phase} Face={Face} />
      ))}
    </ol>
  );
});

/** The run screen's phase cards. */
export const PhaseCards = memo(function PhaseCards({
  state,
  targets,
}: {
  readonly state: RunState;
  readonly targets: PhaseTargets;
}) {
  return <LivePhaseList state={state} targets={targets} className="phase-grid" Face={PhaseCard} />;
});
