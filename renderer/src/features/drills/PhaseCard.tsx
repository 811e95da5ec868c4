import type { EpochMs } from '../../domain/records/common';
import { TARGET_LABELS, type PhaseClock } from '../../domain/drills/clock';
import { formatClock, formatDuration } from '../../domain/drills/format';
import { PHASE_LABELS } from '../../domain/drills/phases';

const STATUS_TEXT = {
  pending: 'Not reached',
  active: 'Running',
  done: 'Done',
  skipped: 'Skipped',
  stopped: 'Stopped by abort',
} as const;

/** One phase: its stopwatch (live while active), target and status in words as well as colour. */
export function PhaseCard({
  clock,
  paused,
}: {
  readonly clock: PhaseClock;
  readonly paused: boolean;
}) {
  const label = PHASE_LABELS[clock.phase];
  const status = clock.status === 'active' && paused ? 'Paused' : STATUS_TEXT[clock.status];
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

export function formatWallTime(at: EpochMs): string {
  return new Date(at).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
