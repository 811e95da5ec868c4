// Telling a deliberate press from an accidental repeat. Two presses of the mark key a few
// milliseconds apart (a bouncing key, a double tap, a double click) would record two milestones at
// the same second. A facilitator watching a room cannot see two milestones happen within a second,
// so a second press of the same recording action within REPEAT_WINDOW_MS of the last one that was
// accepted is taken as a repeat: it records nothing and the screen says so. It is never dropped
// silently, and the press after an ignored one is always accepted, so a deliberate mark is one more
// press away. (Key auto-repeat, a key held down, never reaches this: the key handler drops it.)
import type { EpochMs } from '../records/common';

/** A second and no less: key bounce and double taps land within a few hundred milliseconds. */
export const REPEAT_WINDOW_MS = 1000;

/** The actions a repeat would record twice: each writes a boundary of the run. */
export const GUARDED_ACTIONS = ['start', 'mark', 'skip'] as const;
export type GuardedAction = (typeof GUARDED_ACTIONS)[number];

export interface Press {
  readonly action: GuardedAction;
  readonly at: EpochMs;
}

/** The last guarded press and what came of it; null when another action came in between. */
export interface LastPress extends Press {
  readonly outcome: 'accepted' | 'ignored';
}

export function isGuarded(action: string): action is GuardedAction {
  return (GUARDED_ACTIONS as readonly string[]).includes(action);
}

/** Whether a press is taken, or ignored as a repeat of the one before it. */
export function judgePress(last: LastPress | null, press: Press): 'accept' | 'ignore' {
  if (last === null || last.outcome === 'ignored' || last.action !== press.action) return 'accept';
  const gap = press.at - last.at;
  // A press timed before the last one (clocks of two input devices) is no repeat of it.
  return gap >= 0 && gap < REPEAT_WINDOW_MS ? 'ignore' : 'accept';
}

/** What to remember after a press was judged. */
export function afterPress(press: Press, verdict: 'accept' | 'ignore'): LastPress {
  return { ...press, outcome: verdict === 'accept' ? 'accepted' : 'ignored' };
}
