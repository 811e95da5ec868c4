// Remembers where the main window was: size, position and whether it was maximised, in
// userData/window-state.json. The file is a convenience, never a reason to fail: anything wrong
// with it means defaults. Saved bounds are clamped onto the displays connected *now*, so a window
// last seen on an unplugged monitor comes back where the user can see it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** Absent on first run: the window is then centred by the OS. */
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly isMaximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, isMaximized: false };

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: size,
  height: size,
  isMaximized: z.boolean(),
});

/** Parses the file's text; null for anything that is not a valid saved state. */
export function parseWindowState(text: string): WindowState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  if (!parsed.success) return null;
  const { x, y, width, height, isMaximized } = parsed.data;
  // A position is only meaningful as a pair.
  return x !== undefined && y !== undefined
    ? { x, y, width, height, isMaximized }
    : { width, height, isMaximized };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(Math.max(value, min), max);

/** Below this much overlap with a display, a window counts as lost (only an edge peeks in). */
const MIN_VISIBLE = { width: 120, height: 80 } as const;

/**
 * Fits a saved state onto the work areas of the connected displays: the window stays on the
 * display it overlaps most, shrinks to fit it and moves fully inside it. A window that is (nearly)
 * off every display is centred on the primary one.
 */
export function clampToDisplays(
  state: WindowState,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
): WindowState {
  const fitSize = (area: Rect) => ({
    width: clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  });
  const centreOn = (area: Rect): WindowState => {
    const { width, height } = fitSize(area);
    return {
      x: area.x + Math.floor((area.width - width) / 2),
      y: area.y + Math.floor((area.height - height) / 2),
      width,
      height,
      isMaximized: state.isMaximized,
    };
  };

  if (state.x === undefined || state.y === undefined) {
    const { width, height } = fitSize(primaryWorkArea);
    return { width, height, isMaximized: state.isMaximized };
  }
  const saved: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };

  let best: { area: Rect; overlap: number } | null = null;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > 0 && (best === null || overlap > best.overlap)) best = { area, overlap };
  }
  const visible =
    Math.min(MIN_VISIBLE.width, saved.width) * Math.min(MIN_VISIBLE.height, saved.height);
  if (best === null || best.overlap < visible) return centreOn(primaryWorkArea);

  const { area } = best;
  const { width, height } = fitSize(area);
  return {
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
    width,
    height,
    isMaximized: state.isMaximized,
  };
}

export function loadWindowState(filePath: string): WindowState {
  try {
    return parseWindowState(readFileSync(filePath, 'utf8')) ?? DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes through a temporary file so a crash mid-write cannot leave half a JSON document. */
export function saveWindowState(filePath: string, state: WindowState): void {
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    const temporary = `${filePath}.tmp`;
    writeFileSync(temporary, JSON.stringify(state, null, 2));
    renameSync(temporary, filePath);
  } catch (error: unknown) {
    console.warn('Could not save the window state:', error);
  }
}

/** The window methods the tracker needs; BrowserWindow has them all. */
export interface TrackedWindow {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

/**
 * Saves the window's state shortly after it stops moving or resizing, and at once on close. The
 * normal (restored) bounds are saved even while maximised or full screen, so un-maximising next
 * session returns to the size the user chose.
 */
export function trackWindowState(
  win: TrackedWindow,
  save: (state: WindowState) => void,
  debounceMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): WindowState => {
    const bounds = win.getNormalBounds();
    // Fractional display scaling can yield non-integer bounds, which the schema would reject.
    return {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      isMaximized: win.isMaximized() || win.isFullScreen(),
    };
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      save(snapshot());
    }, debounceMs);
  };
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', () => {
    clearTimeout(timer);
    timer = undefined;
    save(snapshot());
  });
}
