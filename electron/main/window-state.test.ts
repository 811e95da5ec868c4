import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  clampToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
/** An external monitor to the right of the laptop. */
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

function isInside(state: WindowState, area: Rect): boolean {
  return (
    state.x !== undefined &&
    state.y !== undefined &&
    state.x >= area.x &&
    state.y >= area.y &&
    state.x + state.width <= area.x + area.width &&
    state.y + state.height <= area.y + area.height
  );
}

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    const text = JSON.stringify({ x: 10, y: 20, width: 1200, height: 800, isMaximized: true });
    expect(parseWindowState(text)).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      isMaximized: true,
    });
  });

  it('drops a position that is only half there', () => {
    expect(parseWindowState('{"x":10,"width":1200,"height":800,"isMaximized":false}')).toEqual({
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });

  it.each([
    ['empty file', ''],
    ['not JSON', '{"width": 12'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['a string size', '{"width":"1200","height":800,"isMaximized":false}'],
    ['a negative size', '{"width":-5,"height":800,"isMaximized":false}'],
    ['a fractional size', '{"width":1200.5,"height":800,"isMaximized":false}'],
    ['an absurd position', '{"x":1e12,"y":0,"width":1200,"height":800,"isMaximized":false}'],
    ['a missing flag', '{"width":1200,"height":800}'],
  ])('rejects %s', (_name, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that fits on its display exactly where it was', () => {
    const saved = { x: 1600, y: 100, width: 1280, height: 800, isMaximized: false };
    expect(clampToDisplays(saved, [laptop, external], laptop)).toEqual(saved);
  });

  it('brings back a window saved on a monitor that is no longer connected', () => {
    const saved = { x: 2000, y: 200, width: 1280, height: 800, isMaximized: true };
    const result = clampToDisplays(saved, [laptop], laptop);
    expect(isInside(result, laptop)).toBe(true);
    expect(result.isMaximized).toBe(true);
  });

  it('brings back a window left with only a sliver on screen', () => {
    const saved = { x: 1400, y: 0, width: 1000, height: 700, isMaximized: false };
    expect(isInside(clampToDisplays(saved, [laptop], laptop), laptop)).toBe(true);
  });

  it('pulls a window hanging off an edge fully onto its display', () => {
    const saved = { x: -300, y: 500, width: 1000, height: 700, isMaximized: false };
    expect(clampToDisplays(saved, [laptop], laptop)).toEqual({
      x: 0,
      y: 175,
      width: 1000,
      height: 700,
      isMaximized: false,
    });
  });

  it('shrinks a window saved on a big monitor to fit a smaller one', () => {
    const saved = { x: 1500, y: 0, width: 2400, height: 1400, isMaximized: false };
    const smaller: Rect = { x: 1440, y: 0, width: 1920, height: 1040 };
    const result = clampToDisplays(saved, [laptop, smaller], laptop);
    expect(result).toMatchObject({ width: 1920, height: 1040 });
    expect(isInside(result, smaller)).toBe(true);
  });

  it('chooses the display the window overlaps most', () => {
    const saved = { x: 1000, y: 100, width: 1200, height: 700, isMaximized: false };
    expect(isInside(clampToDisplays(saved, [laptop, external], laptop), external)).toBe(true);
  });

  it('handles displays at negative coordinates (a monitor left of the primary)', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };
    const saved = { x: -1800, y: 50, width: 1200, height: 800, isMaximized: false };
    expect(clampToDisplays(saved, [left, laptop], laptop)).toEqual(saved);
  });

  it('lets the OS centre a first-run window, sized to the primary display', () => {
    const result = clampToDisplays(
      { width: 3000, height: 2000, isMaximized: false },
      [laptop],
      laptop,
    );
    expect(result).toEqual({ width: 1440, height: 875, isMaximized: false });
  });
});

describe('loading and saving', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });
  const file = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'window-state-'));
    return path.join(dir, 'nested', 'window-state.json');
  };

  it('falls back to defaults when the file is missing or corrupt', () => {
    const target = file();
    expect(loadWindowState(target)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(target, DEFAULT_WINDOW_STATE);
    writeFileSync(target, '{ broken');
    expect(loadWindowState(target)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips a saved state', () => {
    const target = file();
    const state = { x: 5, y: 6, width: 1000, height: 700, isMaximized: true };
    saveWindowState(target, state);
    expect(loadWindowState(target)).toEqual(state);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(state);
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, (() => void)[]>();
    let bounds: Rect = { x: 10, y: 20, width: 1000, height: 700 };
    let maximized = false;
    const win: TrackedWindow = {
      on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
      isFullScreen: () => false,
    };
    const emit = (event: string) => {
      for (const listener of listeners.get(event) ?? []) listener();
    };
    return {
      win,
      emit,
      move: (next: Rect) => (bounds = next),
      maximize: () => (maximized = true),
    };
  }

  it('saves once after a burst of moves, and immediately on close', () => {
    vi.useFakeTimers();
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowState(fake.win, save, 500);

    for (let x = 0; x < 10; x++) {
      fake.move({ x, y: 0, width: 1000, height: 700 });
      fake.emit('move');
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({
      x: 9,
      y: 0,
      width: 1000,
      height: 700,
      isMaximized: false,
    });

    fake.maximize();
    fake.emit('maximize');
    fake.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ isMaximized: true }));
    // The pending debounced save was cancelled by close, so nothing fires afterwards.
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
