// Keeps the display awake while a drill runs or is paused on some window. Each web contents says
// whether it wants the display awake; one power-save blocker is held while any does, and released
// when none does, including when the last one asking is closed or its page crashes.

/** The part of Electron's powerSaveBlocker used here. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
}

export interface KeepAwake {
  /** A web contents wants the display awake (true) or no longer (false). */
  set(contentsId: number, awake: boolean): void;
  /** The web contents is gone (closed, crashed): whatever it asked for ends with it. */
  release(contentsId: number): void;
  readonly active: () => boolean;
}

export function createKeepAwake(blocker: PowerSaveBlockerLike): KeepAwake {
  const asking = new Set<number>();
  let held: number | null = null;
  const update = () => {
    if (asking.size > 0 && held === null) held = blocker.start('prevent-display-sleep');
    if (asking.size === 0 && held !== null) {
      blocker.stop(held);
      held = null;
    }
  };
  return {
    set(contentsId, awake) {
      if (awake) asking.add(contentsId);
      else asking.delete(contentsId);
      update();
    },
    release(contentsId) {
      asking.delete(contentsId);
      update();
    },
    active: () => held !== null,
  };
}
