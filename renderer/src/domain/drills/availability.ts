// What the state of a run allows, whatever a command's input: one rule per command kind. The check
// of every command (commands.ts) asks it first, and the run screen asks it which buttons to show
// and which keys to act on, so a button, its key hint and the refusal of a key press cannot
// disagree. A new run action adds its kind here with its rule.
import { nextMark, type Boundary, type RunState } from './run-state';

export const RUN_COMMAND_KINDS = [
  'start',
  'mark',
  'skip',
  'undo',
  'correct',
  'pause',
  'resume',
  'abort',
  'side',
  'note',
  'go',
  'inject',
  'hint',
  'tick',
] as const;
export type RunCommandKind = (typeof RUN_COMMAND_KINDS)[number];

/**
 * available: allowed now. after-resume: refused only because the drill is paused (a screen shows it
 * disabled rather than hiding it). before-start: refused because the fault is not injected yet (a
 * screen hides it, and its key says how to start instead of raising an error). unavailable:
 * refused in this state.
 */
export type Availability = 'available' | 'after-resume' | 'before-start' | 'unavailable';

/** Why the run's state refuses `kind`, or null when it allows it. */
export function refusalOf(state: RunState, kind: RunCommandKind): string | null {
  switch (kind) {
    case 'start':
      if (state.status === 'aborted') return 'This drill was aborted, so it cannot start.';
      return state.status === 'not-started' ? null : 'The drill has already started.';
    case 'mark':
    case 'skip':
      return markRefusal(state, kind);
    case 'undo':
      return undoRefusal(state);
    case 'correct':
      return correctableMarks(state).length === 0 ? 'No mark has a time to correct yet.' : null;
    case 'pause':
      if (state.status === 'paused') return 'The drill is already paused.';
      return state.status === 'running' ? null : 'Only a running drill can pause.';
    case 'resume':
      return state.status === 'paused' ? null : 'The drill is not paused.';
    case 'abort':
      if (state.status === 'aborted') return 'The drill is already aborted.';
      return state.status === 'closed' ? 'A closed drill cannot be aborted.' : null;
    case 'side':
      return state.status === 'running' || state.status === 'paused'
        ? null
        : 'Side events are recorded while the drill runs.';
    case 'note':
      // A note is welcome at any time, even on a closed or aborted drill.
      return null;
    case 'go':
      return state.status === 'not-started' ? null : 'The go / no-go is decided before the start.';
    case 'inject':
    case 'hint':
      return state.status === 'running' || state.status === 'paused'
        ? null
        : kind === 'inject'
          ? 'Injects are delivered while the drill runs.'
          : 'Hints are given while the drill runs.';
    case 'tick':
      // An observer may tick what they saw after the close, too, but not on an aborted drill.
      if (state.status === 'aborted') return 'An aborted drill cannot be changed.';
      return state.status === 'not-started'
        ? 'Checklists are ticked once the drill has started.'
        : null;
  }
}

export function availabilityOf(state: RunState, kind: RunCommandKind): Availability {
  if (refusalOf(state, kind) === null) return 'available';
  if (state.status === 'paused' && refusalOf({ ...state, status: 'running' }, kind) === null) {
    return 'after-resume';
  }
  return state.status === 'not-started' ? 'before-start' : 'unavailable';
}

/**
 * What the next-mark key and button may do. A stored `mark` command may still record the start
 * (the demo history and older callers start a run so), but the key pressed for each milestone must
 * never inject the fault: before the start only the start action does, deliberately.
 */
export function nextMarkAvailability(state: RunState): Availability {
  return state.status === 'not-started' ? 'before-start' : availabilityOf(state, 'mark');
}

export function canRun(state: RunState, kind: RunCommandKind): boolean {
  return refusalOf(state, kind) === null;
}

/** The recorded marks whose time can be corrected: a skipped phase end has no time to move. */
export function correctableMarks(state: RunState): readonly Boundary[] {
  return state.boundaries.filter((boundary) => !boundary.skipped);
}

function markRefusal(state: RunState, kind: 'mark' | 'skip'): string | null {
  if (state.status === 'aborted') return 'This drill was aborted, so it takes no more marks.';
  if (state.status === 'closed') return 'The drill is closed. Undo the close mark to record more.';
  if (state.status === 'paused') return 'The drill is paused. Resume it before recording a mark.';
  const mark = nextMark(state);
  if (mark === null) return 'Every mark is already recorded.';
  if (kind === 'skip' && mark === 'start') {
    return 'The start cannot be skipped: it is when the clock starts.';
  }
  if (kind === 'skip' && mark === 'closed') {
    return 'Close cannot be skipped: mark Closed to end the drill.';
  }
  return null;
}

function undoRefusal(state: RunState): string | null {
  if (state.status === 'aborted') return 'An aborted drill cannot be changed.';
  const last = state.boundaries.at(-1);
  if (last === undefined) return 'There is no mark to undo.';
  if (last.mark === 'start') {
    return 'The start cannot be undone. Abort the drill if it began by mistake.';
  }
  return null;
}
