import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import type { EpochMs } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import { phaseEndedBy } from '../../domain/drills/phases';
import { MARK_LABELS, PHASE_LABELS } from '../../domain/words/drills';
import { nextMark, type RunState } from '../../domain/drills/run-state';
import { useDrillRun } from '../../stores/drill-run.store';
import { eventEpochMs } from './event-time';

interface RunControlsProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly actions: {
    readonly nextMark: (at: EpochMs) => void;
    readonly skip: (at: EpochMs) => void;
    readonly undo: (at: EpochMs) => void;
    readonly note: (at: EpochMs) => void;
    readonly pause: (at: EpochMs) => void;
  };
  readonly onAbort: (at: EpochMs) => void;
  readonly onCorrect: (at: EpochMs) => void;
}

/** Every button passes on the click's own timestamp, exactly as the keyboard shortcuts do. */
const timed = (action: (at: EpochMs) => void) => (event: MouseEvent) => {
  action(eventEpochMs(event));
};

export function RunControls({ drill, state, actions, onAbort, onCorrect }: RunControlsProps) {
  const pending = useDrillRun((s) => s.pending > 0);
  const upcoming = nextMark(state);
  const skippable = upcoming !== null && upcoming !== 'start' && upcoming !== 'closed';
  const over = state.status === 'closed' || state.status === 'aborted';
  const skipPhase = upcoming === null ? null : phaseEndedBy(upcoming);
  return (
    <section className="card run-controls" aria-label="Run controls">
      <div className="button-row">
        {upcoming !== null && (
          <button
            type="button"
            className="button primary big"
            disabled={state.status === 'paused'}
            onClick={timed(actions.nextMark)}
          >
            {upcoming === 'start' ? 'Start: fault injected' : `Mark ${MARK_LABELS[upcoming]}`}
            <kbd>N</kbd>
          </button>
        )}
        {skippable && skipPhase !== null && (
          <button
            type="button"
            className="button"
            disabled={state.status === 'paused'}
            onClick={timed(actions.skip)}
          >
            Skip {PHASE_LABELS[skipPhase]} <kbd>S</kbd>
          </button>
        )}
        {state.boundaries.length > 1 && state.status !== 'aborted' && (
          <button type="button" className="button" onClick={timed(actions.undo)}>
            Undo last mark <kbd>U</kbd>
          </button>
        )}
        <button type="button" className="button" onClick={timed(actions.note)}>
          Add note <kbd>O</kbd>
        </button>
        {(state.status === 'running' || state.status === 'paused') && (
          <button type="button" className="button" onClick={timed(actions.pause)}>
            {state.status === 'paused' ? 'Resume' : 'Pause…'} <kbd>P</kbd>
          </button>
        )}
        {state.boundaries.some((b) => !b.skipped) && (
          <button type="button" className="button" onClick={timed(onCorrect)}>
            Correct a mark…
          </button>
        )}
        {!over && (
          <button type="button" className="button danger" onClick={timed(onAbort)}>
            Abort…
          </button>
        )}
      </div>
      <p className="muted" aria-live="polite">
        {pending ? 'Saving…' : ''}
      </p>
      {state.status === 'closed' && (
        <p>
          The drill is closed. <Link to={`/drills/${drill.id}/review`}>Write the review</Link>
        </p>
      )}
      {state.status === 'aborted' && (
        <p>
          The drill was aborted. <Link to={`/drills/${drill.id}`}>See what was recorded</Link>
        </p>
      )}
    </section>
  );
}
