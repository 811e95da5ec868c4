import { describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS, afterPress, isGuarded, judgePress, type Press } from './repeat-press';

const T = 1_000_000;
const mark = (at: number): Press => ({ action: 'mark', at });
const accepted = (press: Press) => afterPress(press, 'accept');

describe('a repeated press', () => {
  it('is accepted when it is the first press', () => {
    expect(judgePress(null, mark(T))).toBe('accept');
  });

  it('is ignored a few milliseconds after an accepted press of the same action', () => {
    expect(judgePress(accepted(mark(T)), mark(T + 4))).toBe('ignore');
    expect(judgePress(accepted(mark(T)), mark(T + REPEAT_WINDOW_MS - 1))).toBe('ignore');
  });

  it('is accepted once the window has passed', () => {
    expect(judgePress(accepted(mark(T)), mark(T + REPEAT_WINDOW_MS))).toBe('accept');
    expect(judgePress(accepted(mark(T)), mark(T + 60_000))).toBe('accept');
  });

  it('is accepted right after an ignored one: a deliberate press is one more press away', () => {
    const ignored = afterPress(mark(T + 4), 'ignore');
    expect(ignored.outcome).toBe('ignored');
    expect(judgePress(ignored, mark(T + 200))).toBe('accept');
  });

  it('is accepted when it is another action: skipping just after a mark is no repeat of it', () => {
    expect(judgePress(accepted(mark(T)), { action: 'skip', at: T + 10 })).toBe('accept');
    expect(judgePress(accepted({ action: 'skip', at: T }), { action: 'skip', at: T + 10 })).toBe(
      'ignore',
    );
    expect(judgePress(accepted({ action: 'start', at: T }), { action: 'start', at: T + 10 })).toBe(
      'ignore',
    );
  });

  it('is accepted when timed before the last press', () => {
    expect(judgePress(accepted(mark(T)), mark(T - 5))).toBe('accept');
  });

  it('guards only the actions that record a boundary of the run', () => {
    expect(['start', 'mark', 'skip'].every(isGuarded)).toBe(true);
    expect(['undo', 'note', 'pause', 'abort'].some(isGuarded)).toBe(false);
  });
});
