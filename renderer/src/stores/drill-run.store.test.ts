import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_SAVE_MS, useDrillRun } from './drill-run.store';

describe('the run screen’s saving state', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('changes nothing on screen for a command that commits at once', () => {
    const changes = vi.fn();
    const unsubscribe = useDrillRun.subscribe(changes);
    const { begin, end } = useDrillRun.getState();
    begin();
    vi.advanceTimersByTime(SLOW_SAVE_MS - 1);
    end();
    vi.advanceTimersByTime(SLOW_SAVE_MS * 2);
    unsubscribe();
    expect(changes).not.toHaveBeenCalled();
    expect(useDrillRun.getState().savingSlowly).toBe(false);
  });

  it('says it is saving once a command waits longer, until the last one commits', () => {
    const { begin, end } = useDrillRun.getState();
    begin();
    vi.advanceTimersByTime(SLOW_SAVE_MS / 2);
    begin();
    vi.advanceTimersByTime(SLOW_SAVE_MS / 2);
    expect(useDrillRun.getState().savingSlowly).toBe(true);
    end();
    expect(useDrillRun.getState().savingSlowly).toBe(true);
    end();
    expect(useDrillRun.getState().savingSlowly).toBe(false);
    // A later quick command starts from nothing pending.
    begin();
    end();
    vi.advanceTimersByTime(SLOW_SAVE_MS * 2);
    expect(useDrillRun.getState().savingSlowly).toBe(false);
  });
});
