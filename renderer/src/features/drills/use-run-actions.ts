import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DrillCommand } from '../../domain/drills/commands';
import { formatOffset } from '../../domain/dates/durations';
import { MARK_LABELS } from '../../domain/words/drills';
import { boundaryOf, type RunState } from '../../domain/drills/run-state';
import type { EpochMs, Id } from '../../domain/records/common';
import { useDrillRun } from '../../stores/drill-run.store';
import { toast } from '../../stores/toast.store';
import { measureMarkDurable } from './perf-marks';
import { runAction, type RunActionId, type RunScreenId } from './run-actions';
import { firstError, useRunCommand, type CommandResult } from './use-drill';
import { useRunShortcuts } from './use-run-shortcuts';

const VERB: Partial<Record<DrillCommand['kind'], string>> = {
  mark: 'recorded',
  skip: 'skipped',
  undo: 'undone',
};

export interface RunActions {
  /** Runs an action of the table, timed by the input event (key press or click) that asked. */
  readonly perform: (id: RunActionId, at: EpochMs) => void;
  /** Sends a command; a refusal shows as a toast, a mark is announced once it is committed. */
  readonly run: (command: DrillCommand) => Promise<void>;
  /** Sends a command and hands back the result, for a dialog to show a refusal in place. */
  readonly send: (command: DrillCommand) => Promise<CommandResult | null>;
  /** The last mark recorded, skipped or undone, in words, for a live region. */
  readonly announcement: string;
}

/** The run actions of one screen, with its keys bound. */
export function useRunActions(drillId: Id, state: RunState, screen: RunScreenId): RunActions {
  const navigate = useNavigate();
  const send = useRunCommand(drillId);
  const openDialog = useDrillRun((s) => s.openDialog);
  const [announcement, setAnnouncement] = useState('');
  const start = boundaryOf(state, 'start')?.at;

  const run = async (command: DrillCommand) => {
    const result = await send(command);
    if (result === null) return;
    if (!result.ok) {
      toast.error(firstError(result));
      return;
    }
    const event = result.value;
    if (event.kind === 'mark') measureMarkDurable(command.at);
    if (event.kind === 'mark' || event.kind === 'skip' || event.kind === 'undo') {
      const text = `${MARK_LABELS[event.mark]} ${VERB[event.kind] ?? ''} at ${formatOffset(event.at, event.mark === 'start' ? event.at : start)}.`;
      setAnnouncement(text);
      // The presenter view stays on the final clocks for the room; the run screen moves on.
      if (screen === 'run' && event.kind === 'mark' && event.mark === 'closed') {
        toast.success('Drill closed. Time for the review.');
        void navigate(`/drills/${drillId}/review`);
      }
    }
  };

  const perform = (id: RunActionId, at: EpochMs) => {
    const action = runAction(id);
    const effect = action.effect(state);
    // A command is sent even when the screen thinks it does not apply: the screen may be a moment
    // behind the stored run, which decides, and a refusal says why.
    if ('send' in effect) {
      void run({ kind: effect.send, at });
      return;
    }
    if (action.availability(state) !== 'available') return;
    if ('open' in effect) openDialog(effect.open, at);
    else void navigate(`/drills/${drillId}/${effect.go === 'presenter' ? 'present' : 'run'}`);
  };

  useRunShortcuts(screen, perform);
  return { perform, run, send, announcement };
}
