import type { EpochMs } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import { injectQueue } from '../../domain/drills/due-injects';
import { deriveKitRun } from '../../domain/drills/kit';
import type { RunState } from '../../domain/drills/run-state';
import { formatClock } from '../../domain/dates/durations';
import { injectDueText } from '../../domain/words/drill-kit';
import { eventEpochMs } from './event-time';
import { keyHint, runAction, type RunActionId } from './run-actions';
import { useNow } from './use-now';

interface DueInjectsProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  /** The run screen's actions; without them (the presenter) the list is shown, not acted on. */
  readonly perform?: (id: RunActionId, at: EpochMs) => void;
}

/** When an inject is due, from now: "due now", "due 2:10 ago", "in 1:30", "when Diagnose starts". */
function whenText(inMs: number | null, due: string, status: 'due' | 'upcoming'): string {
  if (inMs === null) return due;
  if (status === 'due')
    return inMs > -1000 ? `${due} · due now` : `${due} · due ${formatClock(-inMs)} ago`;
  return `${due} · in ${formatClock(Math.max(inMs, 0) + 999)}`;
}

/** What the facilitator delivers next and when; D delivers the first, K skips it. */
export function DueInjects({ drill, state, perform }: DueInjectsProps) {
  const live = state.status === 'running' || state.status === 'paused';
  const now = useNow(1000, live);
  const queue = injectQueue(drill.kit, state, deriveKitRun(state.events), now);
  const left = drill.kit.injects.length - queue.length;
  return (
    <section className="card due-injects" aria-labelledby="due-injects-heading">
      <h2 id="due-injects-heading">Injects</h2>
      {drill.kit.injects.length === 0 ? (
        <p className="muted">This drill has no injects.</p>
      ) : queue.length === 0 ? (
        <p className="muted">All {drill.kit.injects.length} injects delivered or skipped.</p>
      ) : (
        <ol className="inject-queue" data-testid="due-injects">
          {queue.map((inject, position) => (
            <li key={inject.index} className={`inject-${inject.status}`}>
              <span className="inject-when">
                {inject.status === 'due' ? <strong>Due</strong> : 'Next'}{' '}
                {whenText(inject.inMs, injectDueText(inject), inject.status)}
              </span>
              <span className="inject-text">{inject.text}</span>
              {position === 0 && perform !== undefined && live && (
                <span className="button-row">
                  {(['deliver', 'skipInject'] as const).map((id) => (
                    <button
                      key={id}
                      type="button"
                      className={id === 'deliver' ? 'button primary' : 'button'}
                      onClick={(event) => {
                        perform(id, eventEpochMs(event));
                      }}
                    >
                      {runAction(id).label(state)} <kbd>{keyHint(runAction(id))}</kbd>
                    </button>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {left > 0 && queue.length > 0 && <p className="muted">{left} delivered or skipped.</p>}
      {perform !== undefined && live && drill.kit.hints.length > 0 && (
        <button
          type="button"
          className="button"
          onClick={(event) => {
            perform('hint', eventEpochMs(event));
          }}
        >
          {runAction('hint').label(state)} <kbd>{keyHint(runAction('hint'))}</kbd>
        </button>
      )}
    </section>
  );
}
