import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DrillCommand } from '../../domain/drills/commands';
import { formatOffset } from '../../domain/dates/durations';
import type { IsoDate } from '../../domain/dates/iso-date';
import { MARK_LABELS, repeatIgnoredText } from '../../domain/words/drills';
import { laterNextMark, markAfter } from '../../domain/drills/phases';
import {
  afterPress,
  isGuarded,
  judgePress,
  type LastPress,
} from '../../domain/drills/repeat-press';
import { boundaryOf, nextMark, type RunState } from '../../domain/drills/run-state';
import type { DrillMarkId } from '../../domain/records/drills';
import type { EpochMs, Id } from '../../domain/records/common';
import { localToday } from '../../platform/reader';
import { useDrillRun } from '../../stores/drill-run.store';
import { toast } from '../../stores/toast.store';
import { measureMarkDurable } from './perf-marks';
import { beforeStartHint, runAction, type RunActionId, type RunScreenId } from './run-actions';
import { firstError, useRunCommand, type CommandResult } from './use-drill';
import { useRunShortcuts } from './use-run-shortcuts';
import type { DrillKit } from '../../domain/records/drills';
import { deriveKitRun } from '../../domain/drills/kit';
import { injectQueue, nextInject } from '../../domain/drills/due-injects';
import { describeKitEvent } from '../../domain/words/drill-kit';
import { focusChecklists } from './RunChecklists';

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
  /** Why the last press did nothing (a repeat, or a key before the start), shown on screen. */
  readonly notice: string;
}

/** The last guarded press, and the mark after the one its accepted press recorded. */
interface PressMemory {
  readonly last: LastPress | null;
  readonly next: DrillMarkId | null;
}

/**
 * The run actions of one screen, with its keys bound. `plannedFor` is the drill's planned day, or
 * undefined while the drill loads (a start is then asked about, never sent unasked).
 */
export function useRunActions(
  drillId: Id,
  state: RunState,
  screen: RunScreenId,
  plannedFor: IsoDate | undefined,
  kit?: DrillKit,
): RunActions {
  const navigate = useNavigate();
  const send = useRunCommand(drillId);
  const openDialog = useDrillRun((s) => s.openDialog);
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState('');
  const presses = useRef<PressMemory>({ last: null, next: null });
  const start = boundaryOf(state, 'start')?.at;

  const run = async (command: DrillCommand) => {
    const result = await send(command);
    if (result === null) return;
    if (!result.ok) {
      toast.error(firstError(result));
      return;
    }
    const event = result.value;
    if (event.kind === 'inject' && kit !== undefined) {
      setAnnouncement(`${describeKitEvent(event, kit)} at ${formatOffset(event.at, start)}.`);
    }
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

  /** Whether a press that would record a boundary goes ahead, or is an accidental repeat. */
  const takePress = (action: 'start' | 'mark' | 'skip', at: EpochMs): boolean => {
    const press = { action, at };
    const verdict = judgePress(presses.current.last, press);
    if (verdict === 'ignore') {
      presses.current = { ...presses.current, last: afterPress(press, 'ignore') };
      // Another window may have marked since this one's last press: name what a press records now.
      setNotice(repeatIgnoredText(action, laterNextMark(presses.current.next, nextMark(state))));
      return false;
    }
    const recording = action === 'start' ? 'start' : nextMark(state);
    presses.current = {
      last: afterPress(press, 'accept'),
      next: recording === null ? null : markAfter(recording),
    };
    setNotice('');
    return true;
  };

  /** Delivers or skips the next inject, or moves focus to the checklists; or says why not. */
  const kitAction = (action: 'deliver' | 'skip-inject' | 'checklists', at: EpochMs) => {
    if (action === 'checklists') return focusChecklists() ? null : 'This drill has no checklist.';
    const next =
      kit === undefined
        ? null
        : nextInject(injectQueue(kit, state, deriveKitRun(state.events), at));
    if (next === null) return 'No inject is waiting.';
    void run({
      kind: 'inject',
      at,
      inject: next.index,
      outcome: action === 'deliver' ? 'delivered' : 'skipped',
    });
    return null;
  };

  const perform = (id: RunActionId, at: EpochMs) => {
    const action = runAction(id);
    const availability = action.availability(state);
    if (availability === 'before-start') {
      presses.current = { last: null, next: null };
      setNotice(beforeStartHint());
      return;
    }
    const effect = action.effect(state, {
      plannedFor: plannedFor ?? '',
      today: localToday(at),
      goNoGo: (kit?.prerequisites.length ?? 0) > 0,
    });
    if ('send' in effect && isGuarded(effect.send)) {
      // The start is never sent on a guess: only when this screen shows it.
      if (effect.send === 'start' && availability !== 'available') return;
      if (!takePress(effect.send, at)) return;
    } else {
      // Another action in between: the next mark press is no repeat.
      presses.current = { last: null, next: null };
      setNotice('');
    }
    // A command is sent even when the screen thinks it does not apply: the screen may be a moment
    // behind the stored run, which decides, and a refusal says why.
    if ('send' in effect) {
      void run({ kind: effect.send, at });
      return;
    }
    if (availability !== 'available') return;
    if ('kit' in effect) {
      const notice = kitAction(effect.kit, at);
      if (notice !== null) setNotice(notice);
      return;
    }
    if ('open' in effect) openDialog(effect.open, at);
    else void navigate(`/drills/${drillId}/${effect.go === 'presenter' ? 'present' : 'run'}`);
  };

  useRunShortcuts(screen, perform);
  return { perform, run, send, announcement, notice };
}
