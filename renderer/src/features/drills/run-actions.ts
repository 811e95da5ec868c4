// The run's actions, one row each. The key handler, the run controls (their labels and key hints),
// the keyboard legend and the presenter view all read this table, so an action is added once.
// Rows hold words and wiring only: whether an action applies to a run comes from the domain
// (domain/drills/availability.ts), never from a condition written here.
import {
  availabilityOf,
  canRun,
  nextMarkAvailability,
  type Availability,
} from '../../domain/drills/availability';
import { phaseEndedBy } from '../../domain/drills/phases';
import { startConfirmation } from '../../domain/drills/start-rules';
import type { IsoDate } from '../../domain/dates/iso-date';
import { MARK_LABELS, PHASE_LABELS } from '../../domain/words/drills';
import { nextMark, type RunState } from '../../domain/drills/run-state';
import type { RunDialog } from '../../stores/drill-run.store';

export type RunScreenId = 'run' | 'presenter';

/** What an action may need besides the run: the drill's planned day and today's, at the press. */
export interface RunContext {
  readonly plannedFor: IsoDate;
  readonly today: IsoDate;
  /** The drill has go / no-go prerequisites to confirm before the start. */
  readonly goNoGo: boolean;
}

/** What an action does: send a command, open one of the run's dialogs, or change screen. */
export type RunEffect =
  | { readonly send: 'start' | 'mark' | 'skip' | 'undo' | 'resume' }
  | { readonly open: Exclude<RunDialog, null> }
  | { readonly go: RunScreenId }
  /** The facilitator's kit: deliver or skip the next inject, or move to the checklists. */
  | { readonly kit: 'deliver' | 'skip-inject' | 'checklists' };

export interface RunAction {
  /** `KeyboardEvent.key` values in lower case; the first is the hint a button shows. */
  readonly keys: readonly string[];
  readonly label: (state: RunState) => string;
  /** What the keyboard legend says the keys do; an action without it is not listed. */
  readonly legend?: string;
  /**
   * How it shows among the run controls; an action without it is not one of them (the kit's
   * actions have their buttons in their own panels, beside what they act on).
   */
  readonly button?: 'primary' | 'plain' | 'danger';
  /** The one screen its keys work on; both when absent. */
  readonly only?: RunScreenId;
  readonly availability: (state: RunState) => Availability;
  readonly effect: (state: RunState, context: RunContext) => RunEffect;
}

const always = (): Availability => 'available';

/** In the order the run controls and the legend show them. */
export const RUN_ACTIONS = {
  // Starting injects the fault and cannot be undone, so it has its own key and button: the key
  // pressed for every milestone never starts a run. Not S, which skips a phase from then on: a
  // doubled S would start the drill and skip Detect.
  start: {
    keys: ['i'],
    label: () => `Start: ${MARK_LABELS.start.toLowerCase()}`,
    legend: 'start: inject the fault',
    button: 'primary',
    availability: (state) => availabilityOf(state, 'start'),
    // The go / no-go, or a start on another day than planned, is asked about first.
    effect: (_state, { plannedFor, today, goNoGo }) =>
      startConfirmation(plannedFor, today) === null && !goNoGo
        ? { send: 'start' }
        : { open: 'start' },
  },
  next: {
    keys: ['n', ' '],
    label: (state) => {
      const mark = nextMark(state);
      return mark === null || mark === 'start' ? 'Next mark' : `Mark ${MARK_LABELS[mark]}`;
    },
    legend: 'next mark',
    button: 'primary',
    availability: nextMarkAvailability,
    effect: () => ({ send: 'mark' }),
  },
  skip: {
    keys: ['s'],
    label: (state) => {
      const mark = nextMark(state);
      const phase = mark === null ? null : phaseEndedBy(mark);
      return phase === null ? 'Skip the current phase' : `Skip ${PHASE_LABELS[phase]}`;
    },
    legend: 'skip the current phase',
    button: 'plain',
    availability: (state) => availabilityOf(state, 'skip'),
    effect: () => ({ send: 'skip' }),
  },
  undo: {
    keys: ['u'],
    label: () => 'Undo last mark',
    legend: 'undo the last mark',
    button: 'plain',
    availability: (state) => availabilityOf(state, 'undo'),
    effect: () => ({ send: 'undo' }),
  },
  note: {
    keys: ['o'],
    label: () => 'Add note',
    legend: 'add a note',
    button: 'plain',
    availability: (state) => availabilityOf(state, 'note'),
    effect: () => ({ open: 'note' }),
  },
  // One key and one button for two commands: whichever of pause and resume the run allows.
  pause: {
    keys: ['p'],
    label: (state) => (canRun(state, 'resume') ? 'Resume' : 'Pause…'),
    legend: 'pause or resume',
    button: 'plain',
    availability: (state) =>
      canRun(state, 'resume') ? 'available' : availabilityOf(state, 'pause'),
    effect: (state) => (canRun(state, 'resume') ? { send: 'resume' } : { open: 'pause' }),
  },
  deliver: {
    keys: ['d'],
    label: () => 'Deliver',
    legend: 'deliver the next inject',
    only: 'run',
    availability: (state) => availabilityOf(state, 'inject'),
    effect: () => ({ kit: 'deliver' }),
  },
  skipInject: {
    keys: ['k'],
    label: () => 'Skip',
    legend: 'skip the next inject',
    only: 'run',
    availability: (state) => availabilityOf(state, 'inject'),
    effect: () => ({ kit: 'skip-inject' }),
  },
  hint: {
    keys: ['h'],
    label: () => 'Give a hint…',
    legend: 'give a hint',
    only: 'run',
    availability: (state) => availabilityOf(state, 'hint'),
    effect: () => ({ open: 'hint' }),
  },
  checklists: {
    keys: ['c'],
    label: () => 'Tick the checklists',
    legend: 'go to the checklists (Space ticks, Esc leaves)',
    only: 'run',
    availability: (state) => availabilityOf(state, 'tick'),
    effect: () => ({ kit: 'checklists' }),
  },
  stop: {
    keys: ['x'],
    label: () => 'Stop condition hit…',
    legend: 'stop condition hit: abort',
    only: 'run',
    availability: (state) => availabilityOf(state, 'abort'),
    effect: () => ({ open: 'stop' }),
  },
  correct: {
    keys: [],
    label: () => 'Correct a mark…',
    button: 'plain',
    availability: (state) => availabilityOf(state, 'correct'),
    effect: () => ({ open: 'correct' }),
  },
  abort: {
    keys: [],
    label: () => 'Abort…',
    button: 'danger',
    availability: (state) => availabilityOf(state, 'abort'),
    effect: () => ({ open: 'abort' }),
  },
  presenter: {
    keys: ['f'],
    label: () => 'Presenter view',
    legend: 'presenter view',
    only: 'run',
    availability: always,
    effect: () => ({ go: 'presenter' }),
  },
  leave: {
    keys: ['escape', 'f'],
    label: () => 'Leave presenter view',
    only: 'presenter',
    availability: always,
    effect: () => ({ go: 'run' }),
  },
} satisfies Record<string, RunAction>;

export type RunActionId = keyof typeof RUN_ACTIONS;

export function runAction(id: RunActionId): RunAction {
  return RUN_ACTIONS[id];
}

/** Every action with its id, in table order. */
export const RUN_ACTION_LIST: readonly (RunAction & { readonly id: RunActionId })[] = (
  Object.keys(RUN_ACTIONS) as RunActionId[]
).map((id) => ({ id, ...runAction(id) }));

const KEY_NAMES: Readonly<Record<string, string>> = { ' ': 'Space', escape: 'Esc' };

/** How a key is written in a hint: "N", "Space", "Esc". */
export function keyName(key: string): string {
  return KEY_NAMES[key] ?? key.toUpperCase();
}

/** The hint a button or a line of text shows for an action: its first key, if it has one. */
export function keyHint(action: Pick<RunAction, 'keys'>): string | null {
  const [first] = action.keys;
  return first === undefined ? null : keyName(first);
}

/** What a run key pressed before the start says, instead of doing anything. */
export function beforeStartHint(): string {
  return `The drill has not started: press ${keyHint(RUN_ACTIONS.start) ?? ''} or the Start button to inject the fault.`;
}

export interface RunButton {
  readonly id: RunActionId;
  readonly label: string;
  readonly hint: string | null;
  readonly tone: NonNullable<RunAction['button']>;
  /** Shown but waiting for the drill to resume. */
  readonly disabled: boolean;
}

/**
 * The run controls for a state, in table order: what the run does not allow is not shown, nor what
 * waits for the start (only the start is offered before it).
 */
export function runButtons(state: RunState): readonly RunButton[] {
  return RUN_ACTION_LIST.flatMap((action) => {
    const availability = action.availability(state);
    const hidden = availability === 'unavailable' || availability === 'before-start';
    if (action.button === undefined || hidden) return [];
    return [
      {
        id: action.id,
        label: action.label(state),
        hint: keyHint(action),
        tone: action.button,
        disabled: availability === 'after-resume',
      },
    ];
  });
}

export interface LegendLine {
  readonly id: RunActionId;
  /** The keys as written in a hint, e.g. ["N", "Space"]. */
  readonly keys: readonly string[];
  readonly text: string;
}

/** The keyboard legend of a screen: every action with legend text whose keys work there. */
export function keyLegend(screen: RunScreenId): readonly LegendLine[] {
  return RUN_ACTION_LIST.flatMap((action) =>
    action.legend === undefined || action.keys.length === 0 || (action.only ?? screen) !== screen
      ? []
      : [{ id: action.id, keys: action.keys.map(keyName), text: action.legend }],
  );
}

/** The action a key runs on a screen (each key runs one action per screen: a test keeps it so). */
export function actionForKey(key: string, screen: RunScreenId): RunActionId | null {
  const action = RUN_ACTION_LIST.find(
    (candidate) => candidate.keys.includes(key) && (candidate.only ?? screen) === screen,
  );
  return action?.id ?? null;
}
