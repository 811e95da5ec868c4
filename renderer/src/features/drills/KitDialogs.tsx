import { useState } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { DrillCommand } from '../../domain/drills/commands';
import { hintOffers } from '../../domain/drills/due-injects';
import { deriveKitRun } from '../../domain/drills/kit';
import type { RunState } from '../../domain/drills/run-state';
import { startConfirmation } from '../../domain/drills/start-rules';
import { messagesOf } from '../../domain/outcome';
import type { DrillRecord } from '../../domain/records/drills';
import { hintWhenText, stopConditionReason } from '../../domain/words/drill-kit';
import { offDayStartText } from '../../domain/words/drills';
import { FormDialog } from '../../components/FormDialog';
import { localToday } from '../../platform/reader';
import { useDrillRun } from '../../stores/drill-run.store';
import { toast } from '../../stores/toast.store';
import type { CommandResult } from './use-drill';

interface KitDialogsProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly send: (command: DrillCommand) => Promise<CommandResult | null>;
}

/** The names a confirmation may come from: the drill's roles, then the team's people. */
function usePeople(drill: DrillRecord): readonly string[] {
  const people = useLive(() => repos.people.listForTeam(drill.teamId), [drill.teamId]) ?? [];
  const { roles } = drill;
  const names = [
    roles.facilitator,
    roles.incidentCommander,
    roles.scribe,
    ...roles.responders,
    ...roles.observers,
    ...people.map((person) => person.name),
  ].filter((name) => name !== '');
  return [...new Set(names)];
}

/** The go / no-go before the start, a hint, and a stop condition hit: each in one dialog. */
export function KitDialogs({ drill, state, send }: KitDialogsProps) {
  // Each field by its own selector: a save starting or ending (the store's pending count) must
  // not repaint the dialogs while a mark waits for its write.
  const dialog = useDrillRun((s) => s.dialog);
  const dialogAt = useDrillRun((s) => s.dialogAt);
  const closeDialog = useDrillRun((s) => s.closeDialog);
  const people = usePeople(drill);
  const [by, setBy] = useState<Readonly<Record<string, string>>>({});
  const [choice, setChoice] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const at = dialogAt ?? Number.NaN;
  const close = () => {
    setError(undefined);
    setChoice(0);
    closeDialog();
  };
  /** Sends each command in turn, stopping at the first refusal, which the dialog shows. */
  const submit = async (commands: readonly DrillCommand[], done: string) => {
    setBusy(true);
    try {
      for (const command of commands) {
        const result = await send(command);
        if (result === null) return;
        if (!result.ok) {
          setError(messagesOf(result.errors)[0] ?? 'That was refused.');
          return;
        }
      }
      toast.success(done);
      close();
    } finally {
      setBusy(false);
    }
  };
  const { prerequisites, stopConditions } = drill.kit;
  const offDay =
    dialog === 'start' && dialogAt !== null
      ? startConfirmation(drill.plannedFor, localToday(dialogAt))
      : null;
  const offers = hintOffers(drill.kit, state, drill.targets, deriveKitRun(state.events), at);
  const common = { busy, error, onCancel: close };
  return (
    <>
      <FormDialog
        {...common}
        open={dialog === 'start' && prerequisites.length > 0}
        title={offDay === null ? 'Go / no-go' : 'Start the drill on another day?'}
        submitLabel="Go: start now, fault injected"
        onSubmit={() => {
          const confirmed = prerequisites.map((prerequisite) => ({
            prerequisite,
            by: by[prerequisite] ?? '',
          }));
          void submit(
            [
              { kind: 'go', at, confirmed },
              { kind: 'start', at },
            ],
            'Go. Drill started.',
          );
        }}
      >
        {offDay !== null && <p>{offDayStartText(offDay)}</p>}
        <p>Starting injects the fault and cannot be undone. Say who confirmed each prerequisite.</p>
        {prerequisites.map((prerequisite, index) => (
          <div className="field" key={prerequisite}>
            <label htmlFor={`go-${index}`}>{prerequisite}: confirmed by</label>
            <select
              id={`go-${index}`}
              value={by[prerequisite] ?? ''}
              onChange={(event) => {
                setBy({ ...by, [prerequisite]: event.target.value });
              }}
            >
              <option value="">Not confirmed (no-go)</option>
              {people.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        ))}
      </FormDialog>
      <FormDialog
        {...common}
        open={dialog === 'hint'}
        title="Give a hint"
        submitLabel="Give hint"
        onSubmit={() => {
          const offer = offers[choice];
          if (offer === undefined) {
            setError(
              drill.kit.hints.length === 0
                ? 'This drill has no hints.'
                : 'Every hint has been given.',
            );
            return;
          }
          void submit([{ kind: 'hint', at, hint: offer.index }], 'Hint given.');
        }}
      >
        {offers.length === 0 && <p>Every hint has been given, or the drill has none.</p>}
        <fieldset className="field">
          <legend>Hint</legend>
          {offers.map((offer, index) => (
            <label key={offer.index} className="check-row">
              <input
                type="radio"
                name="hint"
                checked={choice === index}
                onChange={() => {
                  setChoice(index);
                }}
              />
              <span>
                {offer.text}{' '}
                <span className="muted">
                  (
                  {offer.offered
                    ? 'offered now: its phase is past its target'
                    : hintWhenText(offer.phase)}
                  )
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </FormDialog>
      <FormDialog
        {...common}
        danger
        open={dialog === 'stop'}
        title="Stop condition hit"
        submitLabel="Abort the drill"
        onSubmit={() => {
          const condition = stopConditions[choice];
          if (condition === undefined) {
            setError('This drill has no stop conditions: use Abort… and give the reason.');
            return;
          }
          void submit(
            [{ kind: 'abort', at, reason: stopConditionReason(condition) }],
            'Drill aborted: stop condition hit.',
          );
        }}
      >
        <p>The drill is aborted with the condition as its reason. What was recorded is kept.</p>
        <fieldset className="field">
          <legend>Which condition</legend>
          {stopConditions.map((condition, index) => (
            <label key={condition} className="check-row">
              <input
                type="radio"
                name="stop"
                checked={choice === index}
                onChange={() => {
                  setChoice(index);
                }}
              />
              <span>{condition}</span>
            </label>
          ))}
        </fieldset>
      </FormDialog>
    </>
  );
}
