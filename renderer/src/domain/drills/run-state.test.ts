import { describe, expect, it } from 'vitest';
import { deriveRun, nextMark } from './run-state';
import { eventsOf, FULL_RUN, M, PAUSE, RESUME, sec, SKIP } from './run-fixtures';

describe('deriveRun', () => {
  it('starts empty', () => {
    const state = deriveRun([]);
    expect(state).toMatchObject({ status: 'not-started', boundaries: [], lastSeq: -1 });
    expect(nextMark(state)).toBe('start');
  });

  it('folds events in seq order, whatever order they are read in', () => {
    const events = eventsOf(FULL_RUN.slice(0, 3));
    const state = deriveRun([...events].reverse());
    expect(state.boundaries.map((b) => b.mark)).toEqual(['start', 'detected', 'acknowledged']);
    expect(state.lastSeq).toBe(2);
    expect(nextMark(state)).toBe('diagnosed');
  });

  it('keeps every original time in the audit trail of a corrected mark', () => {
    const state = deriveRun(
      eventsOf([
        ...FULL_RUN.slice(0, 2),
        [200, { kind: 'correct', mark: 'detected', from: sec(180), to: sec(150), reason: 'a' }],
        [210, { kind: 'correct', mark: 'detected', from: sec(150), to: sec(160), reason: 'b' }],
      ]),
    );
    const detected = state.boundaries[1];
    expect(detected).toMatchObject({ at: sec(160), original: sec(180) });
    expect(detected?.corrections.map((c) => [c.from, c.to, c.reason])).toEqual([
      [sec(180), sec(150), 'a'],
      [sec(150), sec(160), 'b'],
    ]);
  });

  it('undo takes back the latest mark and keeps the undone event in the timeline', () => {
    const state = deriveRun(
      eventsOf([...FULL_RUN.slice(0, 3), [310, { kind: 'undo', mark: 'acknowledged' }]]),
    );
    expect(state.boundaries.map((b) => b.mark)).toEqual(['start', 'detected']);
    expect(state.events).toHaveLength(4);
    expect(nextMark(state)).toBe('acknowledged');
  });

  it('records skips as skipped boundaries', () => {
    const state = deriveRun(eventsOf([...FULL_RUN.slice(0, 2), [200, SKIP('acknowledged')]]));
    expect(state.boundaries[2]).toMatchObject({ mark: 'acknowledged', skipped: true });
  });

  it('tracks pauses and the status they give', () => {
    const paused = deriveRun(
      eventsOf([
        [0, M('start')],
        [10, PAUSE],
      ]),
    );
    expect(paused.status).toBe('paused');
    const resumed = deriveRun(
      eventsOf([
        [0, M('start')],
        [10, PAUSE],
        [20, RESUME],
      ]),
    );
    expect(resumed.status).toBe('running');
    expect(resumed.pauses).toEqual([{ start: sec(10), end: sec(20), reason: 'Fire alarm' }]);
  });

  it('ignores events that do not fit (a mark out of turn, an undo of another mark)', () => {
    const state = deriveRun(
      eventsOf([
        [0, M('start')],
        [10, M('diagnosed')],
        [20, { kind: 'undo', mark: 'recovered' }],
        [30, RESUME],
        [40, { kind: 'correct', mark: 'mitigated', from: 0, to: 1, reason: '' }],
      ]),
    );
    expect(state.boundaries.map((b) => b.mark)).toEqual(['start']);
    expect(state.status).toBe('running');
  });

  it('is closed after the close mark and aborted after an abort', () => {
    expect(deriveRun(eventsOf(FULL_RUN)).status).toBe('closed');
    expect(nextMark(deriveRun(eventsOf(FULL_RUN)))).toBeNull();
    const aborted = deriveRun(
      eventsOf([
        [0, M('start')],
        [5, { kind: 'abort', reason: 'r' }],
      ]),
    );
    expect(aborted).toMatchObject({ status: 'aborted', abort: { at: sec(5), reason: 'r' } });
  });
});
