// The presenter windows: at most one per drill (asking again brings it to the front). Electron is
// injected, so what is made, where, and what happens when it closes are tested with fakes.
import { APP_ENTRY_URL } from '../../shared/app-origin';
import { presenterWindowRoute, type PresenterOutcome } from '../../shared/presenter-request';
import { err, ok, type Result } from '../../shared/result';
import { presenterPlacement, type DisplayLike, type Rect } from './presenter-placement';

/** The part of a BrowserWindow the presenter needs. */
export interface PresenterWindowLike {
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show' | 'closed', listener: () => void): unknown;
  show(): void;
  focus(): void;
  close(): void;
  setFullScreen(flag: boolean): void;
  isDestroyed(): boolean;
}

export interface PresenterDeps {
  /** Makes a hidden window at `bounds` with the app's secure factory (window.ts). */
  readonly createWindow: (bounds: Rect) => PresenterWindowLike;
  readonly getDisplays: () => readonly DisplayLike[];
  readonly primaryDisplayId: () => number;
  /** The display the asking web contents' window is on; null when it is gone. */
  readonly displayOf: (contentsId: number) => number | null;
  readonly log: (message: string) => void;
}

export interface PresenterWindows {
  open(drillId: string, askedBy: number): Result<PresenterOutcome>;
  /** Closes every presenter: they belong to the app window, and close with it. */
  closeAll(): void;
}

export function createPresenterWindows(deps: PresenterDeps): PresenterWindows {
  const open = new Map<string, { win: PresenterWindowLike; outcome: PresenterOutcome }>();
  return {
    open(drillId, askedBy) {
      let route: string;
      try {
        route = presenterWindowRoute(drillId);
      } catch {
        return err('invalid-arguments', 'A presenter window names a drill by its id.');
      }
      const existing = open.get(drillId);
      if (existing !== undefined && !existing.win.isDestroyed()) {
        existing.win.show();
        existing.win.focus();
        return ok(existing.outcome);
      }
      const placement = presenterPlacement(
        deps.getDisplays(),
        deps.displayOf(askedBy),
        deps.primaryDisplayId(),
      );
      const win = deps.createWindow(placement.bounds);
      const outcome: PresenterOutcome = { placement: placement.where };
      open.set(drillId, { win, outcome });
      win.once('closed', () => {
        if (open.get(drillId)?.win === win) open.delete(drillId);
      });
      win.once('ready-to-show', () => {
        win.show();
        // Full screen only once shown on its display: made full screen at birth, some window
        // managers put it on the primary display instead.
        if (placement.fullScreen) win.setFullScreen(true);
      });
      win.loadURL(`${APP_ENTRY_URL}#${route}`).catch((error: unknown) => {
        deps.log(`Could not load the presenter for drill ${drillId}: ${String(error)}`);
      });
      return ok(outcome);
    },
    closeAll() {
      for (const { win } of open.values()) if (!win.isDestroyed()) win.close();
      open.clear();
    },
  };
}
