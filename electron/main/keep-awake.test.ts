import { describe, expect, it, vi } from 'vitest';
import { createKeepAwake } from './keep-awake';

function setUp() {
  let next = 100;
  const blocker = {
    start: vi.fn((_type: 'prevent-display-sleep') => next++),
    stop: vi.fn((_id: number) => undefined),
  };
  return { blocker, keepAwake: createKeepAwake(blocker) };
}

describe('keeping the display awake', () => {
  it('holds one display-sleep blocker while a drill runs, and releases it when it ends', () => {
    const { blocker, keepAwake } = setUp();
    keepAwake.set(1, true);
    keepAwake.set(1, true);
    expect(blocker.start).toHaveBeenCalledTimes(1);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(keepAwake.active()).toBe(true);
    keepAwake.set(1, false);
    expect(blocker.stop).toHaveBeenCalledWith(100);
    expect(keepAwake.active()).toBe(false);
  });

  it('keeps it while any window still asks: run screen and presenter together', () => {
    const { blocker, keepAwake } = setUp();
    keepAwake.set(1, true);
    keepAwake.set(2, true);
    keepAwake.set(1, false);
    expect(blocker.stop).not.toHaveBeenCalled();
    keepAwake.set(2, false);
    expect(blocker.stop).toHaveBeenCalledTimes(1);
  });

  it('releases it when the window that asked closes or crashes, without being told', () => {
    const { blocker, keepAwake } = setUp();
    keepAwake.set(4, true);
    keepAwake.release(4);
    expect(blocker.stop).toHaveBeenCalledWith(100);
    expect(keepAwake.active()).toBe(false);
  });

  it('does nothing for a window that never asked', () => {
    const { blocker, keepAwake } = setUp();
    keepAwake.set(3, false);
    keepAwake.release(9);
    expect(blocker.start).not.toHaveBeenCalled();
    expect(blocker.stop).not.toHaveBeenCalled();
  });

  it('takes a new blocker when a drill starts again after the last one ended', () => {
    const { blocker, keepAwake } = setUp();
    keepAwake.set(1, true);
    keepAwake.set(1, false);
    keepAwake.set(1, true);
    expect(blocker.start).toHaveBeenCalledTimes(2);
    expect(keepAwake.active()).toBe(true);
  });
});
