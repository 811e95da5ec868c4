import { describe, expect, it } from 'vitest';
import type { DrillEventBody } from '../../domain/records/drill-events';
import { eventsOf, FULL_RUN, M, PAUSE, SKIP } from '../../domain/drills/run-fixtures';
import { deriveRun } from '../../domain/drills/run-state';
import {
  RUN_ACTION_LIST,
  actionForKey,
  beforeStartHint,
  keyLegend,
  runAction,
  runButtons,
  type RunScreenId,
} from './run-actions';

type Steps = readonly (readonly [number, DrillEventBody])[];
const stateOf = (steps: Steps) => deriveRun(eventsOf(steps));
const DETECTED: Steps = FULL_RUN.slice(0, 2);
const ABORT: DrillEventBody = { kind: 'abort', reason: 'Real incident' };
const SCREENS: readonly RunScreenId[] = ['run', 'presenter'];
const ON_THE_DAY = { plannedFor: '2026-12-10', today: '2026-12-10', goNoGo: false } as const;

/** The buttons as a facilitator sees them: label, key hint, and "(disabled)" when greyed out. */
const buttonsOf = (steps: Steps) =>
  runButtons(stateOf(steps)).map(
    (b) => `${b.label}${b.hint === null ? '' : ` [${b.hint}]`}${b.disabled ? ' (disabled)' : ''}`,
  );

describe('run controls', () => {
  it('offer the start (its own key, not the mark key), a note and the abort before the fault', () => {
    expect(buttonsOf([])).toEqual(['Start: fault injected [I]', 'Add note [O]', 'Abort…']);
  });

  it('offer the start only before it', () => {
    expect(buttonsOf(DETECTED).join()).not.toContain('Start');
    expect(buttonsOf([[0, ABORT]]).join()).not.toContain('Start');
  });

  it('offer every action while the drill runs, naming the next mark and the phase to skip', () => {
    expect(buttonsOf(DETECTED)).toEqual([
      'Mark Acknowledged [N]',
      'Skip Acknowledge [S]',
      'Undo last mark [U]',
      'Add note [O]',
      'Pause… [P]',
      'Correct a mark…',
      'Abort…',
    ]);
  });

  it('have nothing to undo or correct just after the start, and Close cannot be skipped', () => {
    expect(buttonsOf(FULL_RUN.slice(0, 1))).not.toContain('Undo last mark [U]');
    expect(buttonsOf(FULL_RUN.slice(0, 1))).toContain('Correct a mark…');
    expect(buttonsOf(FULL_RUN.slice(0, 6))[0]).toBe('Mark Closed [N]');
    expect(buttonsOf(FULL_RUN.slice(0, 6)).join()).not.toContain('Skip');
  });

  it('grey out the marks while paused and turn Pause into Resume', () => {
    expect(buttonsOf([...DETECTED, [200, PAUSE]])).toEqual([
      'Mark Acknowledged [N] (disabled)',
      'Skip Acknowledge [S] (disabled)',
      'Undo last mark [U]',
      'Add note [O]',
      'Resume [P]',
      'Correct a mark…',
      'Abort…',
    ]);
  });

  it('keep undo, notes and corrections once closed, and notes and corrections once aborted', () => {
    expect(buttonsOf(FULL_RUN)).toEqual(['Undo last mark [U]', 'Add note [O]', 'Correct a mark…']);
    expect(buttonsOf([...DETECTED, [200, ABORT]])).toEqual(['Add note [O]', 'Correct a mark…']);
    expect(buttonsOf([[0, ABORT]])).toEqual(['Add note [O]']);
  });

  it('offer a correction once a mark has a recorded time', () => {
    const state = stateOf([
      [0, M('start')],
      [1, SKIP('detected')],
    ]);
    expect(runButtons(state).some((b) => b.id === 'correct')).toBe(true);
    expect(runButtons(stateOf([])).some((b) => b.id === 'correct')).toBe(false);
  });
});

describe('keys', () => {
  it('run one action per key on each screen', () => {
    for (const screen of SCREENS) {
      const keys = RUN_ACTION_LIST.filter((a) => (a.only ?? screen) === screen).flatMap(
        (a) => a.keys,
      );
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('are the same on the run screen and the presenter view, but for how each is left', () => {
    for (const key of ['i', 'n', ' ', 's', 'o', 'u', 'p']) {
      expect(actionForKey(key, 'presenter')).toBe(actionForKey(key, 'run'));
    }
    expect(actionForKey('f', 'run')).toBe('presenter');
    expect(actionForKey('f', 'presenter')).toBe('leave');
    expect(actionForKey('escape', 'presenter')).toBe('leave');
    expect(actionForKey('escape', 'run')).toBeNull();
    expect(actionForKey('z', 'run')).toBeNull();
  });

  it('give the facilitator’s kit its own keys on the run screen, and none in the presenter', () => {
    expect(['d', 'k', 'h', 'c', 'x'].map((key) => actionForKey(key, 'run'))).toEqual([
      'deliver',
      'skipInject',
      'hint',
      'checklists',
      'stop',
    ]);
    for (const key of ['d', 'k', 'h', 'c', 'x']) expect(actionForKey(key, 'presenter')).toBeNull();
    expect(runAction('deliver').effect(stateOf(DETECTED), ON_THE_DAY)).toEqual({ kit: 'deliver' });
    expect(runAction('stop').effect(stateOf(DETECTED), ON_THE_DAY)).toEqual({ open: 'stop' });
    expect(runAction('deliver').availability(stateOf([]))).toBe('before-start');
    expect(runAction('deliver').availability(stateOf(FULL_RUN))).toBe('unavailable');
    expect(runAction('checklists').availability(stateOf(FULL_RUN))).toBe('available');
  });

  it('are listed in the legend of the run screen in the order of the buttons', () => {
    expect(keyLegend('run').map((line) => [line.keys.join(' or '), line.text])).toEqual([
      ['I', 'start: inject the fault'],
      ['N or Space', 'next mark'],
      ['S', 'skip the current phase'],
      ['U', 'undo the last mark'],
      ['O', 'add a note'],
      ['P', 'pause or resume'],
      ['D', 'deliver the next inject'],
      ['K', 'skip the next inject'],
      ['H', 'give a hint'],
      ['C', 'go to the checklists (Space ticks, Esc leaves)'],
      ['X', 'stop condition hit: abort'],
      ['F', 'presenter view'],
    ]);
  });

  it('resume a paused drill and pause a running one', () => {
    const pause = runAction('pause');
    expect(pause.effect(stateOf([...DETECTED, [200, PAUSE]]), ON_THE_DAY)).toEqual({
      send: 'resume',
    });
    expect(pause.effect(stateOf(DETECTED), ON_THE_DAY)).toEqual({ open: 'pause' });
    expect(pause.availability(stateOf([]))).toBe('before-start');
    expect(pause.availability(stateOf(FULL_RUN))).toBe('unavailable');
  });
});

describe('the start', () => {
  it('starts at once on the planned day, and asks first on any other day or for a go / no-go', () => {
    const start = runAction('start');
    expect(start.effect(stateOf([]), ON_THE_DAY)).toEqual({ send: 'start' });
    expect(start.effect(stateOf([]), { ...ON_THE_DAY, goNoGo: true })).toEqual({ open: 'start' });
    expect(start.effect(stateOf([]), { ...ON_THE_DAY, today: '2026-12-07' })).toEqual({
      open: 'start',
    });
    expect(start.effect(stateOf([]), { ...ON_THE_DAY, today: '2026-12-11' })).toEqual({
      open: 'start',
    });
  });

  it('is never what the mark key does: before the start, N and Space wait for it', () => {
    expect(actionForKey('n', 'run')).toBe('next');
    expect(actionForKey(' ', 'run')).toBe('next');
    expect(runAction('next').availability(stateOf([]))).toBe('before-start');
    expect(runAction('next').availability(stateOf(DETECTED))).toBe('available');
    expect(beforeStartHint()).toBe(
      'The drill has not started: press I or the Start button to inject the fault.',
    );
  });
});
