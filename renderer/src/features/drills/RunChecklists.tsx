import type { DrillCommand } from '../../domain/drills/commands';
import type { DrillRecord } from '../../domain/records/drills';
import { checklistSummaries, deriveKitRun } from '../../domain/drills/kit';
import { boundaryOf, type RunState } from '../../domain/drills/run-state';
import { canRun } from '../../domain/drills/availability';
import { formatOffset } from '../../domain/dates/durations';
import { PHASE_LABELS } from '../../domain/words/drills';
import { CHECKLIST_LABELS } from '../../domain/words/drill-kit';
import { eventEpochMs } from './event-time';
import { keyHint, runAction } from './run-actions';

/** Moves focus to the first item not ticked yet (or the first item); false when there is none. */
export function focusChecklists(): boolean {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-checklist] input')];
  const target = boxes.find((box) => !box.checked && !box.disabled) ?? boxes[0];
  target?.focus();
  return target !== undefined;
}

interface RunChecklistsProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly run: (command: DrillCommand) => Promise<void>;
}

/** The runbook and observer checklists, ticked by click or Space; each tick is an event. */
export function RunChecklists({ drill, state, run }: RunChecklistsProps) {
  const summaries = checklistSummaries(drill.kit, deriveKitRun(state.events));
  const start = boundaryOf(state, 'start')?.at;
  const open = canRun(state, 'tick');
  const action = runAction('checklists');
  return (
    <section className="card run-checklists" aria-labelledby="checklists-heading">
      <h2 id="checklists-heading">Checklists</h2>
      <p className="muted">
        <kbd>{keyHint(action)}</kbd> moves here: Space ticks, Tab moves on, Esc leaves.
      </p>
      {summaries.map((summary) => (
        <fieldset key={summary.list} className="checklist" data-checklist={summary.list}>
          <legend>
            {CHECKLIST_LABELS[summary.list]} ({summary.done} of {summary.total})
          </legend>
          {summary.total === 0 && <p className="muted">None in this drill.</p>}
          {summary.lines.map((line) => {
            const phase =
              summary.list === 'observer'
                ? drill.kit.observerChecklist[line.item]?.phase
                : undefined;
            return (
              <label key={line.item} className="check-row">
                <input
                  type="checkbox"
                  checked={line.done}
                  disabled={!open}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') event.currentTarget.blur();
                  }}
                  onChange={(event) => {
                    void run({
                      kind: 'tick',
                      at: eventEpochMs(event.nativeEvent),
                      list: summary.list,
                      item: line.item,
                      done: event.currentTarget.checked,
                    });
                  }}
                />
                <span>
                  {phase !== undefined && <span className="muted">{PHASE_LABELS[phase]}: </span>}
                  {line.text}
                  {line.at !== null && (
                    <span className="muted"> · ticked {formatOffset(line.at, start)}</span>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
      ))}
      {!open && <p className="muted">Ticks are recorded once the drill has started.</p>}
    </section>
  );
}
