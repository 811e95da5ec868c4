import { Link } from 'react-router';
import type { EpochMs } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import type { RunState } from '../../domain/drills/run-state';
import { useDrillRun } from '../../stores/drill-run.store';
import { eventEpochMs } from './event-time';
import { runButtons, type RunActionId, type RunButton } from './run-actions';

interface RunControlsProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly perform: (id: RunActionId, at: EpochMs) => void;
  /** Why the last press did nothing, said where the facilitator is looking. */
  readonly notice: string;
}

const BUTTON_CLASS: Readonly<Record<RunButton['tone'], string>> = {
  primary: 'button primary big',
  plain: 'button',
  danger: 'button danger',
};

/** Every button passes on the click's own timestamp, exactly as the keyboard shortcuts do. */
export function RunControls({ drill, state, perform, notice }: RunControlsProps) {
  const savingSlowly = useDrillRun((s) => s.savingSlowly);
  return (
    <section className="card run-controls" aria-label="Run controls">
      <div className="button-row">
        {runButtons(state).map((button) => (
          <button
            key={button.id}
            type="button"
            className={BUTTON_CLASS[button.tone]}
            disabled={button.disabled}
            onClick={(event) => {
              perform(button.id, eventEpochMs(event));
            }}
          >
            {button.label}
            {button.hint !== null && (
              <>
                {' '}
                <kbd>{button.hint}</kbd>
              </>
            )}
          </button>
        ))}
      </div>
      <p className="muted" aria-live="polite">
        {savingSlowly ? 'Saving…' : ''}
      </p>
      <p className="run-notice" role="status" data-testid="run-notice">
        {notice}
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
