import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { currentPhase, phaseClocks, totalElapsed } from '../../domain/drills/clock';
import {
  RUN_STATUS_LABELS,
  TARGET_LABELS,
  MARK_LABELS,
  PHASE_LABELS,
} from '../../domain/words/drills';
import { formatClock, formatDuration } from '../../domain/dates/durations';
import { nextMark } from '../../domain/drills/run-state';
import { toast } from '../../stores/toast.store';
import { ThemeSync } from '../../app/ThemeSync';
import { firstError, useDrill, useRunCommand } from './use-drill';
import { useNow } from './use-now';
import { useRunShortcuts } from './use-run-shortcuts';

/** Full-screen clocks for a projector. N marks, U undoes, Escape goes back to the run screen. */
export function PresenterPage() {
  const { drillId = '' } = useParams();
  const navigate = useNavigate();
  const data = useDrill(drillId);
  const send = useRunCommand(drillId);
  const live = data?.state.status === 'running' || data?.state.status === 'paused';
  const now = useNow(250, live);
  const leave = () => void navigate(`/drills/${drillId}/run`);
  const run = async (kind: 'mark' | 'undo', at: number) => {
    const result = await send({ kind, at });
    if (result !== null && !result.ok) toast.error(firstError(result));
  };
  useRunShortcuts({
    nextMark: (at) => void run('mark', at),
    undo: (at) => void run('undo', at),
    escape: leave,
  });
  useEffect(() => {
    document.title = 'Presenter · MTTR Studio';
  }, []);
  if (data === undefined || data === null) {
    return <main className="presenter">{data === null ? 'No such drill.' : 'Opening…'}</main>;
  }
  const { drill, state } = data;
  const phase = currentPhase(state);
  const upcoming = nextMark(state);
  return (
    <main className="presenter" aria-label="Presenter view">
      <ThemeSync />
      <header className="presenter-header">
        <h1>{drill.title}</h1>
        <button type="button" className="button" onClick={leave}>
          Leave presenter view <kbd>Esc</kbd>
        </button>
      </header>
      <p className="presenter-phase">
        {state.status === 'paused'
          ? RUN_STATUS_LABELS.paused
          : phase === null
            ? state.status === 'not-started'
              ? 'Waiting for the fault'
              : state.status === 'aborted'
                ? RUN_STATUS_LABELS.aborted
                : RUN_STATUS_LABELS.closed
            : `Now: ${PHASE_LABELS[phase]}`}
        {upcoming !== null && <span> · next mark: {MARK_LABELS[upcoming]} (N)</span>}
      </p>
      <p className="presenter-total" data-testid="presenter-total">
        {formatClock(totalElapsed(state, now))}
      </p>
      <ol className="presenter-phases">
        {phaseClocks(state, drill.targets, now).map((clock) => (
          <li
            key={clock.phase}
            className={`phase-${clock.status} target-${clock.target ?? 'none'}`}
            aria-current={clock.phase === phase ? 'step' : undefined}
          >
            <span className="presenter-phase-name">{PHASE_LABELS[clock.phase]}</span>
            <span className="presenter-phase-time">
              {clock.status === 'skipped' ? 'skipped' : formatDuration(clock.elapsedMs)}
            </span>
            <span className="presenter-phase-target">
              target {formatClock(clock.targetMinutes * 60_000)}
              {clock.target !== null && ` · ${TARGET_LABELS[clock.target]}`}
            </span>
          </li>
        ))}
      </ol>
    </main>
  );
}
