// What a facilitator may do to a run, and the checks that refuse what would make it wrong. A
// command is validated against the state derived from the stored events and turned into the event
// body to append; the repository runs this inside the same transaction that writes, so two windows
// cannot both append a "next mark".
import type { EpochMs } from '../records/common';
import type { DrillKit, DrillMarkId } from '../records/drills';
import {
  NOTE_KINDS,
  SIDE_KINDS,
  type DrillEventBody,
  type NoteKind,
  type SideEventKind,
} from '../records/drill-events';
import type { Outcome } from '../outcome';
import { refusalOf } from './availability';
import { formatClock, formatOffset } from '../dates/durations';
import { isMarkId, markAfter, markBefore } from './phases';
import { MARK_LABELS } from '../words/drills';
import { boundaryOf, nextMark, type RunState } from './run-state';
import { noGoReason, validateKitCommand, type KitCommand, type KitField } from './kit-commands';

export const REASON_MAX = 200;

/**
 * How far two clocks of one computer may disagree: an action's time comes from the input event's
 * timestamp (the page's monotonic clock), the moment it is written from the wall clock, and a
 * small correction of the wall clock (by time synchronisation) moves one against the other.
 */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** An action cannot have happened after the moment it was written, beyond the clocks' tolerance. */
export const isRecordedInTime = (at: EpochMs, recordedAt: EpochMs): boolean =>
  at <= recordedAt + CLOCK_TOLERANCE_MS;
export const NOTE_MAX = 1000;

export type DrillCommand =
  /** Injects the fault: records the start mark, and only that. */
  | { readonly kind: 'start'; readonly at: EpochMs }
  | { readonly kind: 'mark'; readonly at: EpochMs }
  | { readonly kind: 'skip'; readonly at: EpochMs }
  | { readonly kind: 'undo'; readonly at: EpochMs }
  | {
      readonly kind: 'correct';
      readonly at: EpochMs;
      readonly mark: DrillMarkId;
      readonly to: EpochMs;
      readonly reason: string;
    }
  | { readonly kind: 'pause'; readonly at: EpochMs; readonly reason: string }
  | { readonly kind: 'resume'; readonly at: EpochMs }
  | { readonly kind: 'abort'; readonly at: EpochMs; readonly reason: string }
  | {
      readonly kind: 'side';
      readonly at: EpochMs;
      readonly side: SideEventKind;
      readonly detail: string;
    }
  | {
      readonly kind: 'note';
      readonly at: EpochMs;
      readonly noteKind: NoteKind;
      readonly text: string;
    }
  | KitCommand;

/** The input at fault; a problem with the run's state is the form's (`form`). */
export type CommandField = 'at' | 'to' | 'reason' | 'detail' | 'text' | KitField;

export interface CheckedEvent {
  readonly at: EpochMs;
  readonly body: DrillEventBody;
}

type Result = Outcome<CheckedEvent, CommandField>;

const refuse = (field: CommandField | 'form', message: string): Result => ({
  ok: false,
  errors: { [field]: message },
});
const accept = (at: EpochMs, body: DrillEventBody): Result => ({ ok: true, value: { at, body } });

/**
 * `now` is the wall clock when the command is checked: a corrected time may not be after it.
 * `kit` is the drill's: its go / no-go must be confirmed before the start, and the injects, hints
 * and checklist items a command names must be its own. Without it (a backup's run checked alone)
 * neither is checked.
 */
export function validateCommand(
  state: RunState,
  command: DrillCommand,
  now: EpochMs,
  kit?: DrillKit,
): Result {
  if (!Number.isFinite(command.at)) return refuse('at', 'The time of this action is missing.');
  if (!isRecordedInTime(command.at, now)) {
    return refuse(
      'at',
      `This action is timed ${formatClock(command.at - now)} after the moment it was recorded: the computer's clock may have been set back. Reload the run screen to take times from the clock again.`,
    );
  }
  switch (command.kind) {
    case 'start': {
      const refused =
        refusalOf(state, 'start') ?? (kit === undefined ? null : noGoReason(kit, state));
      return refused === null
        ? accept(command.at, { kind: 'mark', mark: 'start' })
        : refuse('form', refused);
    }
    case 'go':
    case 'inject':
    case 'hint':
    case 'tick':
      return validateKitCommand(state, command, kit);
    case 'mark':
    case 'skip':
      return checkMark(state, command.kind, command.at);
    case 'undo':
      return checkUndo(state, command.at);
    case 'correct':
      return checkCorrection(state, command, now);
    case 'pause': {
      const refused = refusalOf(state, 'pause');
      if (refused !== null) return refuse('form', refused);
      const reason = clean(command.reason);
      if (reason === '') return refuse('reason', 'Say why the drill is paused.');
      if (reason.length > REASON_MAX) return refuse('reason', tooLong(REASON_MAX, reason));
      const order = checkAfterLast(state, command.at, 'The pause');
      return order ?? accept(command.at, { kind: 'pause', reason });
    }
    case 'resume': {
      const refused = refusalOf(state, 'resume');
      const pause = state.pauses.at(-1);
      if (refused !== null || pause === undefined) {
        return refuse('form', refused ?? 'The drill is not paused.');
      }
      if (command.at < pause.start) {
        return refuse('at', 'The drill cannot resume before it was paused.');
      }
      return accept(command.at, { kind: 'resume' });
    }
    case 'abort': {
      const refused = refusalOf(state, 'abort');
      if (refused !== null) return refuse('form', refused);
      const reason = clean(command.reason);
      if (reason === '') return refuse('reason', 'Say why the drill is aborted.');
      if (reason.length > REASON_MAX) return refuse('reason', tooLong(REASON_MAX, reason));
      const last = state.boundaries.at(-1);
      if (last !== undefined && command.at < last.at) {
        return refuse('at', `The abort cannot be before ${MARK_LABELS[last.mark]}.`);
      }
      return accept(command.at, { kind: 'abort', reason });
    }
    case 'side':
      return checkSide(state, command);
    case 'note': {
      const early = checkAfterStart(state, command.at, 'A note');
      if (early !== null) return early;
      if (!NOTE_KINDS.includes(command.noteKind)) return refuse('text', 'Choose a kind of note.');
      const text = command.text.trim();
      if (text === '') return refuse('text', 'Write the note first.');
      if (text.length > NOTE_MAX) return refuse('text', tooLong(NOTE_MAX, text));
      return accept(command.at, { kind: 'note', noteKind: command.noteKind, text });
    }
  }
}

function checkMark(state: RunState, kind: 'mark' | 'skip', at: EpochMs): Result {
  const refused = refusalOf(state, kind);
  const mark = nextMark(state);
  if (refused !== null || mark === null) {
    return refuse('form', refused ?? 'Every mark is already recorded.');
  }
  const order = checkAfterLast(state, at, MARK_LABELS[mark]);
  return order ?? accept(at, { kind, mark });
}

/**
 * Once the drill has started, what is noted during it happens after the start: it is timed by the
 * key press that made it, on the same clock as the start. (Before the start, a note is welcome
 * too, and is not checked here.)
 */
function checkAfterStart(state: RunState, at: EpochMs, what: string): Result | null {
  const start = boundaryOf(state, 'start')?.at;
  if (start === undefined || at >= start) return null;
  return refuse('at', `${what} cannot be before the fault was injected.`);
}

/** Marks and pauses are strictly ordered: nothing may land before what is already recorded. */
function checkAfterLast(state: RunState, at: EpochMs, what: string): Result | null {
  const start = boundaryOf(state, 'start')?.at;
  const last = state.boundaries.at(-1);
  if (last !== undefined && at <= last.at) {
    return refuse(
      'at',
      `${what} must come after ${MARK_LABELS[last.mark]} (${formatOffset(last.at, start)}), ` +
        `not at ${formatOffset(at, start)}. If the computer's clock changed, correct a mark instead.`,
    );
  }
  const resumed = state.pauses.at(-1)?.end;
  if (resumed !== undefined && resumed !== null && at < resumed) {
    return refuse('at', `${what} cannot be before the drill was resumed.`);
  }
  return null;
}

function checkUndo(state: RunState, at: EpochMs): Result {
  const refused = refusalOf(state, 'undo');
  const last = state.boundaries.at(-1);
  if (refused !== null || last === undefined) {
    return refuse('form', refused ?? 'There is no mark to undo.');
  }
  return accept(at, { kind: 'undo', mark: last.mark });
}

function checkCorrection(
  state: RunState,
  command: Extract<DrillCommand, { kind: 'correct' }>,
  now: EpochMs,
): Result {
  if (!isMarkId(command.mark)) return refuse('form', 'Choose a mark to correct.');
  const boundary = boundaryOf(state, command.mark);
  const label = MARK_LABELS[command.mark];
  if (boundary === undefined) return refuse('form', `${label} has not been recorded yet.`);
  if (boundary.skipped) {
    return refuse('form', `${label} was skipped, so there is no time to correct.`);
  }
  if (!Number.isFinite(command.to)) return refuse('to', 'Enter the corrected time.');
  if (command.to > now) return refuse('to', 'The corrected time is in the future.');
  if (command.to === boundary.at) return refuse('to', `That is already the time of ${label}.`);
  const previous = markBefore(command.mark);
  const following = markAfter(command.mark);
  const before = previous === null ? undefined : boundaryOf(state, previous);
  const after = following === null ? undefined : boundaryOf(state, following);
  const start = command.mark === 'start' ? command.to : boundaryOf(state, 'start')?.at;
  if (before !== undefined && command.to <= before.at) {
    return refuse(
      'to',
      `${label} must stay after ${MARK_LABELS[before.mark]} (${formatOffset(before.at, start)}).`,
    );
  }
  if (after !== undefined && command.to >= after.at) {
    return refuse(
      'to',
      `${label} must stay before ${MARK_LABELS[after.mark]} (${formatOffset(after.at, start)}).`,
    );
  }
  const reason = clean(command.reason);
  if (reason.length > REASON_MAX) return refuse('reason', tooLong(REASON_MAX, reason));
  return accept(command.at, {
    kind: 'correct',
    mark: command.mark,
    from: boundary.at,
    to: command.to,
    reason,
  });
}

function checkSide(state: RunState, command: Extract<DrillCommand, { kind: 'side' }>): Result {
  const refused = refusalOf(state, 'side');
  if (refused !== null) return refuse('form', refused);
  if (!SIDE_KINDS.includes(command.side)) return refuse('detail', 'Choose what happened.');
  const detail = clean(command.detail);
  if (command.side === 'runbook-used' && detail === '') {
    return refuse('detail', 'Say which runbook was used.');
  }
  if (detail.length > REASON_MAX) return refuse('detail', tooLong(REASON_MAX, detail));
  const early = checkAfterStart(state, command.at, 'A side event');
  return early ?? accept(command.at, { kind: 'side', side: command.side, detail });
}

function clean(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}

function tooLong(max: number, text: string): string {
  return `Keep it to ${max} characters or fewer (this has ${text.length}).`;
}
