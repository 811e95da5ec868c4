import { describe, expect, it } from 'vitest';
import { presenterPlacement, type DisplayLike } from './presenter-placement';

const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const projector: DisplayLike = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};

describe('presenterPlacement', () => {
  it('goes full screen on the second display, leaving the run screen on the laptop', () => {
    expect(presenterPlacement([laptop, projector], 1, 1)).toEqual({
      bounds: projector.bounds,
      fullScreen: true,
      where: 'second-display',
    });
  });

  it('takes the display the app window is not on, even when that is the primary one', () => {
    // The app window was dragged onto the projector: the presenter goes to the laptop.
    expect(presenterPlacement([laptop, projector], 2, 1)).toMatchObject({
      bounds: laptop.bounds,
      fullScreen: true,
    });
  });

  it('treats the primary display as the laptop’s when the asking window is gone', () => {
    expect(presenterPlacement([laptop, projector], null, 1).bounds).toEqual(projector.bounds);
  });

  it('opens a window in the middle of the only display, not full screen', () => {
    expect(presenterPlacement([laptop], 1, 1)).toEqual({
      bounds: { x: 80, y: 103, width: 1280, height: 720 },
      fullScreen: false,
      where: 'same-display',
    });
  });

  it('fits the window into a display smaller than a projector', () => {
    const small: DisplayLike = {
      id: 9,
      bounds: { x: 0, y: 0, width: 1024, height: 700 },
      workArea: { x: 0, y: 0, width: 1024, height: 668 },
    };
    expect(presenterPlacement([small], 9, 9).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 668,
    });
  });
});
