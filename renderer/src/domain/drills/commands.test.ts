import { describe, expect, it } from 'vitest';
import type { DrillEventBody } from '../records/drill-events';
import {
  CLOCK_TOLERANCE_MS,
  isRecordedInTime,
  validateCommand,
  type DrillCommand,
} from './commands';
import { deriveRun } from './run-state';
import { eventsOf, FULL_RUN, M, PAUSE, RESUME, sec, SKIP } from './run-fixtures';

type Steps = readonly (readonly [number, DrillEventBody])[];
const NOW = sec(100_000);
const check = (steps: Steps, command: DrillCommand, now = NOW) =>
  validateCommand(deriveRun(eventsOf(steps)), command, now);
const error = (steps: Steps, command: DrillCommand) => {
  const result = check(steps, command);
  return result.ok ? 'accepted' : Object.entries(result.errors)[0];
};
const STARTED: Steps = [[0, M('start')]];

describe('next mark', () => {
  it('records each mark in turn', () => {
    for (let reached = 0; reached < 7; reached++) {
      const result = check(FULL_RUN.slice(0, reached), { kind: 'mark', at: sec(5000) });
      expect(result).toEqual({
        ok: true,
        value: { at: sec(5000), body: FULL_RUN[reached]?.[1] },
      });
    }
  });

  it('refuses a mark that is not after the last one, naming both times', () => {
    expect(error(FULL_RUN.slice(0, 2), { kind: 'mark', at: sec(180) })).toEqual([
      'at',
      'Acknowledged must come after Detected (+3:00), not at +3:00. If the computer’s clock changed, correct a mark instead.'.replace(
        '’',
        "'",
      ),
    ]);
    expect(error(FULL_RUN.slice(0, 2), { kind: 'mark', at: sec(100) })).toEqual([
      'at',
      expect.stringContaining('not at +1:40'),
    ]);
  });

  it('refuses marks while paused, after close and after abort', () => {
    expect(error([...STARTED, [10, PAUSE]], { kind: 'mark', at: sec(20) })).toEqual([
      'form',
      'The drill is paused. Resume it before recording a mark.',
    ]);
    expect(error(FULL_RUN, { kind: 'mark', at: sec(5000) })).toEqual([
      'form',
      'The drill is closed. Undo the close mark to record more.',
    ]);
    expect(
      error([...STARTED, [10, { kind: 'abort', reason: 'x' }]], { kind: 'mark', at: sec(20) }),
    ).toEqual(['form', 'This drill was aborted, so it takes no more marks.']);
  });

  it('refuses a mark that lands inside a pause already taken', () => {
    const steps: Steps = [...STARTED, [10, PAUSE], [50, RESUME]];
    expect(error(steps, { kind: 'mark', at: sec(30) })).toEqual([
      'at',
      'Detected cannot be before the drill was resumed.',
    ]);
    expect(check(steps, { kind: 'mark', at: sec(50) }).ok).toBe(true);
  });

  it('refuses a missing time', () => {
    expect(error(STARTED, { kind: 'mark', at: Number.NaN })).toEqual([
      'at',
      'The time of this action is missing.',
    ]);
  });
});

describe('skip', () => {
  it('skips the running phase', () => {
    expect(check(FULL_RUN.slice(0, 2), { kind: 'skip', at: sec(200) })).toEqual({
      ok: true,
      value: { at: sec(200), body: SKIP('acknowledged') },
    });
  });

  it('cannot skip the start or Close', () => {
    expect(error([], { kind: 'skip', at: sec(0) })).toEqual([
      'form',
      'The start cannot be skipped: it is when the clock starts.',
    ]);
    expect(error(FULL_RUN.slice(0, 6), { kind: 'skip', at: sec(2500) })).toEqual([
      'form',
      'Close cannot be skipped: mark Closed to end the drill.',
    ]);
  });
});

describe('undo', () => {
  it('undoes the latest mark or skip', () => {
    expect(check(FULL_RUN.slice(0, 3), { kind: 'undo', at: sec(400) })).toEqual({
      ok: true,
      value: { at: sec(400), body: { kind: 'undo', mark: 'acknowledged' } },
    });
    const skipped: Steps = [...FULL_RUN.slice(0, 2), [200, SKIP('acknowledged')]];
    const result = check(skipped, { kind: 'undo', at: sec(210) });
    expect(result.ok && result.value.body).toEqual({ kind: 'undo', mark: 'acknowledged' });
  });

  it('reopens a closed drill', () => {
    const undone = deriveRun(eventsOf([...FULL_RUN, [3010, { kind: 'undo', mark: 'closed' }]]));
    expect(undone.status).toBe('running');
    expect(validateCommand(undone, { kind: 'mark', at: sec(3020) }, NOW)).toEqual({
      ok: true,
      value: { at: sec(3020), body: M('closed') },
    });
  });

  it('refuses with nothing to undo, at the start, and after an abort', () => {
    expect(error([], { kind: 'undo', at: sec(1) })).toEqual(['form', 'There is no mark to undo.']);
    expect(error(STARTED, { kind: 'undo', at: sec(1) })).toEqual([
      'form',
      'The start cannot be undone. Abort the drill if it began by mistake.',
    ]);
    expect(
      error([...FULL_RUN.slice(0, 2), [200, { kind: 'abort', reason: 'x' }]], {
        kind: 'undo',
        at: sec(300),
      }),
    ).toEqual(['form', 'An aborted drill cannot be changed.']);
  });
});

describe('correct', () => {
  const correct = (mark: 'start' | 'detected' | 'acknowledged', to: number, reason = '') =>
    ({ kind: 'correct', at: sec(4000), mark, to: sec(to), reason }) as const;

  it('moves a mark between its neighbours and keeps the value it had', () => {
    expect(check(FULL_RUN, correct('detected', 120, ' said  on the call '))).toEqual({
      ok: true,
      value: {
        at: sec(4000),
        body: {
          kind: 'correct',
          mark: 'detected',
          from: sec(180),
          to: sec(120),
          reason: 'said on the call',
        },
      },
    });
  });

  it('keeps the current value as `from` after an earlier correction', () => {
    const steps: Steps = [
      ...FULL_RUN,
      [3100, { kind: 'correct', mark: 'detected', from: sec(180), to: sec(120), reason: '' }],
    ];
    const result = check(steps, correct('detected', 150));
    expect(result.ok && result.value.body).toMatchObject({ from: sec(120), to: sec(150) });
  });

  it.each([
    [0, 'Detected must stay after Fault injected (+0:00).'],
    [-5, 'Detected must stay after Fault injected (+0:00).'],
    [300, 'Detected must stay before Acknowledged (+5:00).'],
    [180, 'That is already the time of Detected.'],
  ])('refuses detected at %d s: %s', (to, message) => {
    expect(error(FULL_RUN, correct('detected', to))).toEqual(['to', message]);
  });

  it('lets the start move earlier but not past the next mark', () => {
    expect(check(FULL_RUN, correct('start', -60)).ok).toBe(true);
    expect(error(FULL_RUN, correct('start', 200))).toEqual([
      'to',
      'Fault injected must stay before Detected (−0:20).',
    ]);
  });

  it('refuses a time in the future, an unrecorded mark and a skipped one', () => {
    expect(error(STARTED, { ...correct('start', 50), to: NOW + 1 })).toEqual([
      'to',
      'The corrected time is in the future.',
    ]);
    expect(error(STARTED, correct('detected', 10))).toEqual([
      'form',
      'Detected has not been recorded yet.',
    ]);
    const skipped: Steps = [...FULL_RUN.slice(0, 2), [200, SKIP('acknowledged')]];
    expect(error(skipped, correct('acknowledged', 190))).toEqual([
      'form',
      'Acknowledged was skipped, so there is no time to correct.',
    ]);
  });
});

describe('pause, resume and abort', () => {
  it('pauses a running drill with a reason and resumes it', () => {
    expect(check(STARTED, { kind: 'pause', at: sec(10), reason: ' Lunch ' })).toEqual({
      ok: true,
      value: { at: sec(10), body: { kind: 'pause', reason: 'Lunch' } },
    });
    expect(check([...STARTED, [10, PAUSE]], { kind: 'resume', at: sec(20) })).toEqual({
      ok: true,
      value: { at: sec(20), body: RESUME },
    });
  });

  it.each<[string, Steps, DrillCommand, [string, string]]>([
    [
      'pause without a reason',
      STARTED,
      { kind: 'pause', at: sec(5), reason: ' ' },
      ['reason', 'Say why the drill is paused.'],
    ],
    [
      'pause twice',
      [...STARTED, [5, PAUSE]],
      { kind: 'pause', at: sec(6), reason: 'x' },
      ['form', 'The drill is already paused.'],
    ],
    [
      'pause before start',
      [],
      { kind: 'pause', at: sec(6), reason: 'x' },
      ['form', 'Only a running drill can pause.'],
    ],
    [
      'pause before the last mark',
      FULL_RUN.slice(0, 2),
      { kind: 'pause', at: sec(100), reason: 'x' },
      ['at', expect.stringContaining('The pause must come after Detected') as string],
    ],
    [
      'resume when running',
      STARTED,
      { kind: 'resume', at: sec(6) },
      ['form', 'The drill is not paused.'],
    ],
    [
      'resume before the pause',
      [...STARTED, [5, PAUSE]],
      { kind: 'resume', at: sec(4) },
      ['at', 'The drill cannot resume before it was paused.'],
    ],
    [
      'abort without a reason',
      STARTED,
      { kind: 'abort', at: sec(5), reason: '' },
      ['reason', 'Say why the drill is aborted.'],
    ],
    [
      'abort a closed drill',
      FULL_RUN,
      { kind: 'abort', at: sec(5000), reason: 'x' },
      ['form', 'A closed drill cannot be aborted.'],
    ],
    [
      'abort twice',
      [...STARTED, [5, { kind: 'abort', reason: 'x' }]],
      { kind: 'abort', at: sec(6), reason: 'x' },
      ['form', 'The drill is already aborted.'],
    ],
    [
      'abort before the last mark',
      FULL_RUN.slice(0, 2),
      { kind: 'abort', at: sec(10), reason: 'x' },
      ['at', 'The abort cannot be before Detected.'],
    ],
    [
      'a long reason',
      STARTED,
      { kind: 'pause', at: sec(5), reason: 'x'.repeat(201) },
      ['reason', 'Keep it to 200 characters or fewer (this has 201).'],
    ],
  ])('refuses to %s', (_label, steps, command, expected) => {
    expect(error(steps, command)).toEqual(expected);
  });

  it('aborts while paused, which ends the pause', () => {
    const state = deriveRun(
      eventsOf([...STARTED, [5, PAUSE], [9, { kind: 'abort', reason: 'x' }]]),
    );
    expect(state.status).toBe('aborted');
    expect(state.pauses).toEqual([{ start: sec(5), end: sec(9), reason: 'Fire alarm' }]);
  });
});

describe('side events and notes', () => {
  it('records side events while running or paused', () => {
    const command = {
      kind: 'side',
      at: sec(10),
      side: 'escalation',
      detail: 'DB on-call',
    } as const;
    expect(check(STARTED, command).ok).toBe(true);
    expect(check([...STARTED, [5, PAUSE]], command).ok).toBe(true);
  });

  it.each<[string, Steps, DrillCommand, [string, string]]>([
    [
      'before the start',
      [],
      { kind: 'side', at: sec(1), side: 'escalation', detail: '' },
      ['form', 'Side events are recorded while the drill runs.'],
    ],
    [
      'after close',
      FULL_RUN,
      { kind: 'side', at: sec(9000), side: 'escalation', detail: '' },
      ['form', 'Side events are recorded while the drill runs.'],
    ],
    [
      'a runbook without its name',
      STARTED,
      { kind: 'side', at: sec(1), side: 'runbook-used', detail: ' ' },
      ['detail', 'Say which runbook was used.'],
    ],
    [
      'before the fault',
      STARTED,
      { kind: 'side', at: sec(-1), side: 'automation-used', detail: '' },
      ['at', 'A side event cannot be before the fault was injected.'],
    ],
    [
      'a note a day before the start',
      STARTED,
      { kind: 'note', at: sec(-86_400), noteKind: 'observation', text: 'x' },
      ['at', 'A note cannot be before the fault was injected.'],
    ],
    [
      'an empty note',
      STARTED,
      { kind: 'note', at: sec(1), noteKind: 'decision', text: '  ' },
      ['text', 'Write the note first.'],
    ],
    [
      'a note of no kind',
      STARTED,
      { kind: 'note', at: sec(1), noteKind: 'rumour' as 'decision', text: 'x' },
      ['text', 'Choose a kind of note.'],
    ],
  ])('refuses %s', (_label, steps, command, expected) => {
    expect(error(steps, command)).toEqual(expected);
  });

  it('takes a note before the start, when nothing has started yet', () => {
    const note = { kind: 'note', at: sec(-600), noteKind: 'decision', text: 'Go' } as const;
    expect(check([], note).ok).toBe(true);
  });

  it('takes notes at any time, keeping their line breaks', () => {
    const note = { kind: 'note', at: sec(9000), noteKind: 'observation', text: 'a\nb ' } as const;
    expect(check(FULL_RUN, note)).toEqual({
      ok: true,
      value: { at: sec(9000), body: { kind: 'note', noteKind: 'observation', text: 'a\nb' } },
    });
  });
});

describe('the time of an action and the moment it is written', () => {
  it('accepts an action timed up to the clock tolerance after it is written', () => {
    const at = sec(10);
    expect(check(STARTED, { kind: 'mark', at }, at - CLOCK_TOLERANCE_MS).ok).toBe(true);
    expect(isRecordedInTime(at, at - CLOCK_TOLERANCE_MS)).toBe(true);
  });

  it('refuses one timed later than that: the clock was set back', () => {
    const at = sec(10);
    const result = check(
      STARTED,
      { kind: 'note', at, noteKind: 'decision', text: 'x' },
      at - 3_600_000,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        at: expect.stringMatching(
          /^This action is timed 1:00:00 after the moment it was recorded/u,
        ) as string,
      },
    });
    expect(isRecordedInTime(at, at - CLOCK_TOLERANCE_MS - 1)).toBe(false);
  });
});
