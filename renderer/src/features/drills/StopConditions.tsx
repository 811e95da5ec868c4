import type { EpochMs } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import { canRun } from '../../domain/drills/availability';
import type { RunState } from '../../domain/drills/run-state';
import { eventEpochMs } from './event-time';
import { keyHint, runAction, type RunActionId } from './run-actions';

interface StopConditionsProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly perform: (id: RunActionId, at: EpochMs) => void;
}

/** The scenario's script for the room: how the fault is injected, what should detect it, when to stop. */
export function StopConditions({ drill, state, perform }: StopConditionsProps) {
  const { kit } = drill;
  const stop = runAction('stop');
  return (
    <section className="card stop-conditions" aria-labelledby="script-heading">
      <h2 id="script-heading">Script</h2>
      {kit.injectionSteps.length > 0 && (
        <>
          <h3>Injection steps</h3>
          <ol className="kit-list">
            {kit.injectionSteps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <h3>Expected detection signal</h3>
      <p>{kit.detectionSignal || '—'}</p>
      <h3>Stop conditions</h3>
      {kit.stopConditions.length === 0 ? (
        <p className="muted">None written.</p>
      ) : (
        <ul className="kit-list" data-testid="stop-conditions">
          {kit.stopConditions.map((condition, index) => (
            <li key={index}>{condition}</li>
          ))}
        </ul>
      )}
      {kit.stopConditions.length > 0 &&
        canRun(state, 'abort') &&
        state.status !== 'not-started' && (
          <button
            type="button"
            className="button danger"
            onClick={(event) => {
              perform('stop', eventEpochMs(event));
            }}
          >
            {stop.label(state)} <kbd>{keyHint(stop)}</kbd>
          </button>
        )}
    </section>
  );
}
