import { useState } from 'react';
import type { DrillRecord } from '../../domain/records/drills';
import { type NoteKind, NOTE_KINDS } from '../../domain/records/drill-events';
import { type DrillCommand } from '../../domain/drills/commands';
import { NOTE_KIND_LABELS } from '../../domain/words/drills';
import type { FieldErrors } from '../../domain/outcome';
import type { CommandField } from '../../domain/drills/commands';
import type { RunState } from '../../domain/drills/run-state';
import { TextField } from '../../components/TextField';
import { useDrillRun } from '../../stores/drill-run.store';
import { toast } from '../../stores/toast.store';
import { CorrectMarkFields } from './CorrectMarkFields';
import { FormDialog } from '../../components/FormDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { startConfirmation } from '../../domain/drills/start-rules';
import { offDayStartText } from '../../domain/words/drills';
import { localToday } from '../../platform/reader';
import { TextArea } from '../../components/TextArea';
import type { CommandResult } from './use-drill';
import { eventEpochMs } from './event-time';

interface RunDialogsProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly send: (command: DrillCommand) => Promise<CommandResult | null>;
}

/** The run's dialogs. Each keeps the time it was opened at, so a slow typist does not shift it. */
export function RunDialogs({ drill, state, send }: RunDialogsProps) {
  // Each field by its own selector: a save starting or ending (the store's pending count) must
  // not repaint the dialogs while a mark waits for its write.
  const dialog = useDrillRun((s) => s.dialog);
  const dialogAt = useDrillRun((s) => s.dialogAt);
  const closeDialog = useDrillRun((s) => s.closeDialog);
  const [text, setText] = useState('');
  const [noteKind, setNoteKind] = useState<NoteKind>('observation');
  const [errors, setErrors] = useState<FieldErrors<CommandField>>({});
  const [busy, setBusy] = useState(false);
  const [correction, setCorrection] = useState<{ mark: string; to: number | null }>({
    mark: '',
    to: null,
  });
  const close = () => {
    setText('');
    setErrors({});
    setCorrection({ mark: '', to: null });
    closeDialog();
  };
  const submit = async (command: DrillCommand, done: string) => {
    setBusy(true);
    const result = await send(command);
    setBusy(false);
    if (result === null) return;
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    toast.success(done);
    close();
  };
  // A dialog is only open with its time set; NaN would be refused as a missing time.
  const at = dialogAt ?? Number.NaN;
  const errorText = errors.form ?? errors.at;
  const common = { busy, onCancel: close, error: errorText };
  // Asked about on the day of the press that opened it, so the words match the decision.
  const offDay =
    dialog === 'start' && dialogAt !== null
      ? startConfirmation(drill.plannedFor, localToday(dialogAt))
      : null;
  return (
    <>
      <ConfirmDialog
        open={dialog === 'start' && drill.kit.prerequisites.length === 0}
        title="Start the drill on another day?"
        confirmLabel="Start now: fault injected"
        busy={busy}
        onCancel={close}
        onConfirm={() => {
          void submit({ kind: 'start', at }, 'Drill started.');
        }}
      >
        {offDay !== null && <p>{offDayStartText(offDay)}</p>}
        <p>
          Starting injects the fault and starts every clock. It cannot be undone: a drill started by
          mistake can only be aborted.
        </p>
        {errorText !== undefined && (
          <p className="message error" role="alert">
            {errorText}
          </p>
        )}
      </ConfirmDialog>
      <FormDialog
        {...common}
        open={dialog === 'note'}
        title="Add a note"
        submitLabel="Save note"
        onSubmit={() => void submit({ kind: 'note', at, noteKind, text }, 'Note saved.')}
      >
        <fieldset className="field">
          <legend>Kind</legend>
          <div className="radio-row">
            {NOTE_KINDS.map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name="note-kind"
                  value={kind}
                  checked={noteKind === kind}
                  onChange={() => {
                    setNoteKind(kind);
                  }}
                />
                {NOTE_KIND_LABELS[kind]}
              </label>
            ))}
          </div>
        </fieldset>
        <TextArea label="Note" value={text} onChange={setText} error={errors.text} autoFocus />
      </FormDialog>
      <FormDialog
        {...common}
        open={dialog === 'pause'}
        title="Pause the drill"
        submitLabel="Pause"
        onSubmit={() => void submit({ kind: 'pause', at, reason: text }, 'Drill paused.')}
      >
        <p>Paused time is left out of every clock and measure.</p>
        <TextField label="Reason" value={text} onChange={setText} error={errors.reason} autoFocus />
      </FormDialog>
      <FormDialog
        {...common}
        danger
        open={dialog === 'abort'}
        title="Abort the drill"
        submitLabel="Abort drill"
        onSubmit={() => void submit({ kind: 'abort', at, reason: text }, 'Drill aborted.')}
      >
        <p>An aborted drill keeps what was recorded, but takes no more marks.</p>
        <TextField label="Reason" value={text} onChange={setText} error={errors.reason} autoFocus />
      </FormDialog>
      <FormDialog
        {...common}
        open={dialog === 'correct'}
        title="Correct a mark"
        submitLabel="Save correction"
        onSubmit={(event) => {
          const mark = state.boundaries.find((b) => b.mark === correction.mark && !b.skipped);
          if (mark === undefined || correction.to === null) {
            setErrors({ to: 'Choose a mark and enter its corrected time.' });
            return;
          }
          void submit(
            {
              kind: 'correct',
              at: eventEpochMs(event.nativeEvent),
              mark: mark.mark,
              to: correction.to,
              reason: text,
            },
            'Mark corrected. The original time is kept in the log.',
          );
        }}
      >
        <CorrectMarkFields
          state={state}
          value={correction}
          onChange={setCorrection}
          error={errors.to}
        />
        <TextField label="Why (optional)" value={text} onChange={setText} error={errors.reason} />
      </FormDialog>
    </>
  );
}
