import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DrillEventBody } from '../records/drill-events';
import {
  RUN_COMMAND_KINDS,
  availabilityOf,
  canRun,
  correctableMarks,
  nextMarkAvailability,
  refusalOf,
  type Availability,
  type RunCommandKind,
} from './availability';
import { validateCommand, type DrillCommand } from './commands';
import { eventsOf, FULL_RUN, M, PAUSE, RESUME, sec, SKIP } from './run-fixtures';
import { deriveRun, RUN_STATUSES, type RunState } from './run-state';

type Steps = readonly (readonly [number, DrillEventBody])[];
const ABORT: DrillEventBody = { kind: 'abort', reason: 'Real incident' };
const STARTED: Steps = [[0, M('start')]];
const DETECTED: Steps = FULL_RUN.slice(0, 2);
const RECOVERED: Steps = FULL_RUN.slice(0, 6);
const NOW = sec(100_000);

/** Runs in every status, at the points where the rules change. */
const RUNS: Readonly<Record<string, Steps>> = {
  'not started': [],
  'just started': STARTED,
  detected: DETECTED,
  'after a skip': [...DETECTED, [200, SKIP('acknowledged')]],
  'waiting for Closed': RECOVERED,
  resumed: [...STARTED, [10, PAUSE], [20, RESUME]],
  'paused at the start': [...STARTED, [10, PAUSE]],
  'paused after Detected': [...DETECTED, [200, PAUSE]],
  'paused before Closed': [...RECOVERED, [2500, PAUSE]],
  closed: FULL_RUN,
  reopened: [...FULL_RUN, [3010, { kind: 'undo', mark: 'closed' }]],
  'aborted before the start': [[0, ABORT]],
  'aborted after Detected': [...DETECTED, [200, ABORT]],
  'aborted while paused': [...STARTED, [10, PAUSE], [20, ABORT]],
};
const stateOf = (name: string): RunState => deriveRun(eventsOf(RUNS[name] ?? []));

/** What each run allows now, and what it allows once resumed; every other kind is unavailable. */
const EXPECTED: Readonly<Record<string, readonly [RunCommandKind[], RunCommandKind[]]>> = {
  'not started': [['start', 'mark', 'abort', 'note', 'go'], []],
  'just started': [
    ['mark', 'skip', 'correct', 'pause', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    [],
  ],
  detected: [
    ['mark', 'skip', 'undo', 'correct', 'pause', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    [],
  ],
  'after a skip': [
    ['mark', 'skip', 'undo', 'correct', 'pause', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    [],
  ],
  'waiting for Closed': [
    ['mark', 'undo', 'correct', 'pause', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    [],
  ],
  resumed: [
    ['mark', 'skip', 'correct', 'pause', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    [],
  ],
  'paused at the start': [
    ['correct', 'resume', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    ['mark', 'skip', 'pause'],
  ],
  'paused after Detected': [
    ['undo', 'correct', 'resume', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    ['mark', 'skip', 'pause'],
  ],
  'paused before Closed': [
    ['undo', 'correct', 'resume', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    ['mark', 'pause'],
  ],
  closed: [['undo', 'correct', 'note', 'tick'], []],
  reopened: [
    ['mark', 'undo', 'correct', 'pause', 'abort', 'side', 'note', 'inject', 'hint', 'tick'],
    [],
  ],
  'aborted before the start': [['note'], []],
  'aborted after Detected': [['correct', 'note'], []],
  'aborted while paused': [['correct', 'note'], []],
};

/** A command of each kind whose input is sound, so only the run's state can refuse it. */
function soundCommand(kind: RunCommandKind, state: RunState): DrillCommand {
  const at = NOW;
  switch (kind) {
    case 'start':
    case 'mark':
    case 'skip':
    case 'undo':
    case 'resume':
      return { kind, at };
    case 'pause':
    case 'abort':
      return { kind, at, reason: 'A reason' };
    case 'side':
      return { kind, at, side: 'escalation', detail: '' };
    case 'go':
      return { kind, at, confirmed: [] };
    case 'inject':
      return { kind, at, inject: 0, outcome: 'delivered' };
    case 'hint':
      return { kind, at, hint: 0 };
    case 'tick':
      return { kind, at, list: 'runbook', item: 0, done: true };
    case 'note':
      return { kind, at, noteKind: 'observation', text: 'A note' };
    case 'correct': {
      const mark = correctableMarks(state).at(-1)?.mark ?? 'start';
      return { kind, at, mark, to: Number.NaN, reason: '' };
    }
  }
}

describe('run command availability', () => {
  it('names every command kind', () => {
    expectTypeOf<RunCommandKind>().toEqualTypeOf<DrillCommand['kind']>();
    expect(new Set(RUN_COMMAND_KINDS).size).toBe(RUN_COMMAND_KINDS.length);
  });

  it('is tested in every run status', () => {
    const statuses = new Set(Object.keys(RUNS).map((name) => stateOf(name).status));
    expect([...statuses].sort()).toEqual([...RUN_STATUSES].sort());
  });

  it.each(Object.keys(RUNS))('allows what it should when %s', (name) => {
    const state = stateOf(name);
    const [now, afterResume] = EXPECTED[name] ?? [[], []];
    const expected = Object.fromEntries(
      RUN_COMMAND_KINDS.map((kind): [RunCommandKind, Availability] => [
        kind,
        now.includes(kind)
          ? 'available'
          : afterResume.includes(kind)
            ? 'after-resume'
            : state.status === 'not-started'
              ? 'before-start'
              : 'unavailable',
      ]),
    );
    const actual = Object.fromEntries(
      RUN_COMMAND_KINDS.map((kind) => [kind, availabilityOf(state, kind)]),
    );
    expect(actual).toEqual(expected);
    for (const kind of RUN_COMMAND_KINDS) {
      expect(canRun(state, kind)).toBe(now.includes(kind));
    }
  });

  it.each(Object.keys(RUNS))(
    'agrees with the check of every command when %s: allowed means not refused for the state',
    (name) => {
      const state = stateOf(name);
      for (const kind of RUN_COMMAND_KINDS) {
        const result = validateCommand(state, soundCommand(kind, state), NOW);
        const refusedForState = !result.ok && result.errors.form !== undefined;
        expect([kind, refusedForState]).toEqual([kind, !canRun(state, kind)]);
        // The refusal a key press meets is the reason the screen would give.
        if (refusedForState && kind !== 'correct') {
          expect(result.errors.form).toBe(refusalOf(state, kind));
        }
      }
    },
  );

  it('lists only recorded, unskipped marks as correctable', () => {
    const skipped = deriveRun(eventsOf([...DETECTED, [200, SKIP('acknowledged')]]));
    expect(correctableMarks(skipped).map((b) => b.mark)).toEqual(['start', 'detected']);
    expect(correctableMarks(stateOf('not started'))).toEqual([]);
    expect(refusalOf(stateOf('not started'), 'correct')).toBe('No mark has a time to correct yet.');
  });

  it('gives every refusal in words', () => {
    for (const name of Object.keys(RUNS)) {
      const state = stateOf(name);
      for (const kind of RUN_COMMAND_KINDS) {
        const refusal = refusalOf(state, kind);
        if (refusal !== null) expect(refusal).toMatch(/^[A-Z].*\.$/u);
      }
    }
  });
});

describe('the start', () => {
  it('is the only way the next-mark key may not go: it waits for the start before the fault', () => {
    expect(nextMarkAvailability(stateOf('not started'))).toBe('before-start');
    expect(nextMarkAvailability(stateOf('just started'))).toBe('available');
    expect(nextMarkAvailability(stateOf('paused after Detected'))).toBe('after-resume');
    expect(nextMarkAvailability(stateOf('closed'))).toBe('unavailable');
    expect(nextMarkAvailability(stateOf('aborted before the start'))).toBe('unavailable');
  });

  it('records the start mark, and is refused once the run has started or was aborted', () => {
    expect(validateCommand(stateOf('not started'), { kind: 'start', at: NOW }, NOW)).toEqual({
      ok: true,
      value: { at: NOW, body: { kind: 'mark', mark: 'start' } },
    });
    expect(refusalOf(stateOf('detected'), 'start')).toBe('The drill has already started.');
    expect(refusalOf(stateOf('aborted before the start'), 'start')).toBe(
      'This drill was aborted, so it cannot start.',
    );
  });
});
