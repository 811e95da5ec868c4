import { useEffect } from 'react';
import { useParams } from 'react-router';
import { Toasts } from '../../components/Toasts';
import { currentPhase, phaseClocks, totalElapsed } from '../../domain/drills/clock';
import {
  RUN_STATUS_LABELS,
  TARGET_LABELS,
  MARK_LABELS,
  PHASE_LABELS,
} from '../../domain/words/drills';
import { formatClock, formatDuration } from '../../domain/dates/durations';
import { EMPTY_RUN, nextMark } from '../../domain/drills/run-state';
import { ThemeSync } from '../../session/ThemeSync';
import { eventEpochMs } from './event-time';
import { keyHint, runAction } from './run-actions';
import { RunDialogs } from './RunDialogs';
import { useDrill } from './use-drill';
import { useNow } from './use-now';
import { useRunActions } from './use-run-actions';

/**
 * Full-screen clocks for a projector. Every key of the run screen works here too (F or Escape
 * leaves), with the same dialogs, and refusals show as toasts.
 */
export function PresenterPage() {
  const { drillId = '' } = useParams();
  const data = useDrill(drillId);
  // Keys work from the first frame, as on the run screen: the stored run decides what they do.
  const { perform, send, announcement, notice } = useRunActions(
    drillId,
    data?.state ?? EMPTY_RUN,
    'presenter',
    data?.drill.plannedFor,
  );
  const live = data?.state.status === 'running' || data?.state.status === 'paused';
  const now = useNow(250, live);
  useEffect(() => {
    document.title = 'Presenter · MTTR Studio';
  }, []);
  if (data === undefined || data === null) {
    return <main className="presenter">{data === null ? 'No such drill.' : 'Opening…'}</main>;
  }
  const { drill, state } = data;
  const phase = currentPhase(state);
  const upcoming = nextMark(state);
  const leave = runAction('leave');
  return (
    <main className="presenter" aria-label="Presenter view">
      <ThemeSync />
      <header className="presenter-header">
        <h1>{drill.title}</h1>
        <button
          type="button"
          className="button"
          onClick={(event) => {
            perform('leave', eventEpochMs(event));
          }}
        >
          {leave.label(state)} <kbd>{keyHint(leave)}</kbd>
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
        {upcoming !== null && (
          <span>
            {' '}
            {upcoming === 'start'
              ? `· press ${keyHint(runAction('start')) ?? ''} to start`
              : `· next mark: ${MARK_LABELS[upcoming]} (${keyHint(runAction('next')) ?? ''})`}
          </span>
        )}
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
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <p className="presenter-notice" role="status" data-testid="run-notice">
        {notice}
      </p>
      <RunDialogs drill={drill} state={state} send={send} />
      <Toasts />
    </main>
  );
}
