// Where the presenter window goes. Pure, so every arrangement of screens can be tested: with a
// second display (a projector), full screen there, leaving the run screen on the laptop; with one,
// a window beside the app window's that the facilitator can drag to wherever the room looks.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of Electron's Display the placement reads. */
export interface DisplayLike {
  readonly id: number;
  readonly bounds: Rect;
  readonly workArea: Rect;
}

export interface PresenterPlacement {
  readonly bounds: Rect;
  readonly fullScreen: boolean;
  readonly where: 'second-display' | 'same-display';
}

/** A projector's usual size, for the window on a single screen (made smaller if it must be). */
export const WINDOWED_SIZE = { width: 1280, height: 720 } as const;

/**
 * On the first display that is not the one the asking window is on, full screen; or windowed in
 * the middle of the asking window's display. `appDisplayId` is null when that window is unknown
 * (closed meanwhile): the primary display is then taken as the laptop's.
 */
export function presenterPlacement(
  displays: readonly DisplayLike[],
  appDisplayId: number | null,
  primaryId: number,
): PresenterPlacement {
  const laptopId = appDisplayId ?? primaryId;
  const other = displays.find((display) => display.id !== laptopId);
  if (other !== undefined)
    return { bounds: other.bounds, fullScreen: true, where: 'second-display' };
  const laptop = displays.find((display) => display.id === laptopId) ?? displays[0];
  const area = laptop?.workArea ?? { x: 0, y: 0, ...WINDOWED_SIZE };
  const width = Math.min(WINDOWED_SIZE.width, area.width);
  const height = Math.min(WINDOWED_SIZE.height, area.height);
  return {
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
    where: 'same-display',
  };
}
