import type { PhaseClock } from '../../domain/drills/clock';
import {
  PHASE_LABELS,
  PHASE_STATUS_LABELS,
  RUN_STATUS_LABELS,
  TARGET_LABELS,
} from '../../domain/words/drills';
import { formatClock, formatDuration } from '../../domain/dates/durations';

/** One phase: its stopwatch (live while active), target and status in words as well as colour. */
export function PhaseCard({
  clock,
  paused,
}: {
  readonly clock: PhaseClock;
  readonly paused: boolean;
}) {
  const label = PHASE_LABELS[clock.phase];
  const status =
    clock.status === 'active' && paused
      ? RUN_STATUS_LABELS.paused
      : PHASE_STATUS_LABELS[clock.status];
  return (
    <li
      className={`phase-card phase-${clock.status} target-${clock.target ?? 'none'}`}
      aria-label={`${label} phase`}
      aria-current={clock.status === 'active' ? 'step' : undefined}
    >
      <h3>{label}</h3>
      <p className="phase-time" data-testid={`phase-${clock.phase}`}>
        {clock.status === 'skipped' ? 'skipped' : formatDuration(clock.elapsedMs)}
      </p>
      <p className="phase-meta">
        <span>{status}</span>
        <span>target {formatClock(clock.targetMinutes * 60_000)}</span>
      </p>
      {clock.target !== null && (
        <p className={`target-badge ${clock.target}`}>{TARGET_LABELS[clock.target]}</p>
      )}
    </li>
  );
}
