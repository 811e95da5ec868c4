import { describe, expect, it, vi } from 'vitest';
import type { DisplayLike, Rect } from './presenter-placement';
import { createPresenterWindows, type PresenterWindowLike } from './presenter-windows';

const DRILL = '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b';
const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 0, width: 1440, height: 900 },
};
const projector: DisplayLike = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};

class FakeWindow implements PresenterWindowLike {
  readonly listeners = new Map<string, () => void>();
  destroyed = false;
  loadURL = vi.fn((_url: string) => Promise.resolve());
  show = vi.fn();
  focus = vi.fn();
  setFullScreen = vi.fn();
  close = vi.fn();
  constructor(readonly bounds: Rect) {}
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
  emit(event: string) {
    this.listeners.get(event)?.();
  }
  isDestroyed() {
    return this.destroyed;
  }
}

function setUp(displays: readonly DisplayLike[]) {
  const made: FakeWindow[] = [];
  const windows = createPresenterWindows({
    createWindow: (bounds) => {
      const win = new FakeWindow(bounds);
      made.push(win);
      return win;
    },
    getDisplays: () => displays,
    primaryDisplayId: () => 1,
    displayOf: (contentsId) => (contentsId === 5 ? 1 : null),
    log: vi.fn(),
  });
  return { windows, made };
}

describe('presenter windows', () => {
  it('opens the drill’s presenter route on the projector, full screen once shown', () => {
    const { windows, made } = setUp([laptop, projector]);
    expect(windows.open(DRILL, 5)).toEqual({ ok: true, value: { placement: 'second-display' } });
    const [win] = made;
    expect(win?.bounds).toEqual(projector.bounds);
    expect(win?.loadURL).toHaveBeenCalledWith(
      `app://mttr-studio/index.html#/drills/${DRILL}/present?window=own`,
    );
    expect(win?.setFullScreen).not.toHaveBeenCalled();
    win?.emit('ready-to-show');
    expect(win?.show).toHaveBeenCalled();
    expect(win?.setFullScreen).toHaveBeenCalledWith(true);
  });

  it('stays windowed on a single display', () => {
    const { windows, made } = setUp([laptop]);
    expect(windows.open(DRILL, 5)).toEqual({ ok: true, value: { placement: 'same-display' } });
    made[0]?.emit('ready-to-show');
    expect(made[0]?.setFullScreen).not.toHaveBeenCalled();
  });

  it('brings the open presenter of a drill to the front instead of making another', () => {
    const { windows, made } = setUp([laptop, projector]);
    windows.open(DRILL, 5);
    windows.open(DRILL, 5);
    expect(made).toHaveLength(1);
    expect(made[0]?.focus).toHaveBeenCalled();
  });

  it('makes a new one after the last was closed', () => {
    const { windows, made } = setUp([laptop, projector]);
    windows.open(DRILL, 5);
    const first = made[0];
    if (first === undefined) throw new Error('no window');
    first.destroyed = true;
    first.emit('closed');
    windows.open(DRILL, 5);
    expect(made).toHaveLength(2);
  });

  it('closes every presenter when asked (the app window closed)', () => {
    const { windows, made } = setUp([laptop, projector]);
    windows.open(DRILL, 5);
    windows.open('1b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b', 5);
    windows.closeAll();
    expect(made.map((win) => win.close.mock.calls.length)).toEqual([1, 1]);
    windows.open(DRILL, 5);
    expect(made).toHaveLength(3);
  });

  it('refuses a drill that is not named by a UUID, and makes no window', () => {
    const { windows, made } = setUp([laptop]);
    expect(windows.open('../settings', 5)).toMatchObject({ ok: false, code: 'invalid-arguments' });
    expect(made).toHaveLength(0);
  });
});
