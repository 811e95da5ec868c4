// When a window's page crashes or hangs, the user gets a dialog that offers to reload it instead of
// a dead or frozen window. Every mark and note is already on disk before the page shows it, so a
// reload loses nothing. Electron is injected, so the decisions are tested with fakes.

/** The part of Electron's RenderProcessGoneDetails read here. */
export interface GoneDetails {
  readonly reason: string;
  readonly exitCode?: number;
}

export interface CrashDialogChoice {
  readonly response: number;
}

export interface CrashRecoveryDeps {
  /** dialog.showMessageBox, parented to the window. */
  readonly ask: (options: {
    readonly type: 'warning' | 'error';
    readonly title: string;
    readonly message: string;
    readonly detail: string;
    readonly buttons: string[];
    readonly defaultId: number;
    readonly cancelId: number;
  }) => Promise<CrashDialogChoice>;
  readonly log: (message: string) => void;
}

/** The part of a window (and its web contents) watched here. */
export interface RecoverableWindow {
  readonly webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: GoneDetails) => void,
    ): unknown;
    reload(): void;
  };
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

const SAVED = 'Everything recorded is saved on this computer: reloading loses nothing.';

/** Reasons that are not a failure: the app or the user ended the page on purpose. */
const DELIBERATE = new Set(['clean-exit', 'killed-by-user']);

export function watchForCrashes(win: RecoverableWindow, deps: CrashRecoveryDeps): void {
  // One dialog at a time: a hang reported twice must not stack two dialogs.
  let asking = false;
  let responsive = true;

  const offer = async (kind: 'gone' | 'hang', message: string, detail: string): Promise<void> => {
    if (asking || win.isDestroyed()) return;
    asking = true;
    try {
      const buttons = kind === 'gone' ? ['Reload', 'Close window'] : ['Reload', 'Keep waiting'];
      const { response } = await deps.ask({
        type: kind === 'gone' ? 'error' : 'warning',
        title: 'MTTR Studio',
        message,
        detail: `${detail}\n\n${SAVED}`,
        buttons,
        defaultId: 0,
        cancelId: 1,
      });
      if (win.isDestroyed()) return;
      if (response === 0) {
        // A hang that ended while the dialog was up needs no reload.
        if (kind === 'hang' && responsive) return;
        deps.log(`Reloading the window after ${kind === 'gone' ? 'a crash' : 'a hang'}.`);
        win.webContents.reload();
      } else if (kind === 'gone') {
        win.close();
      }
    } finally {
      asking = false;
    }
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    deps.log(
      `The window's page stopped: ${details.reason} (exit code ${String(details.exitCode ?? '?')}).`,
    );
    if (DELIBERATE.has(details.reason)) return;
    void offer(
      'gone',
      'This window stopped working.',
      `Its page ${details.reason === 'oom' ? 'ran out of memory' : `stopped (${details.reason})`}.`,
    );
  });

  win.on('unresponsive', () => {
    responsive = false;
    deps.log('The window is not responding.');
    void offer('hang', 'This window is not responding.', 'You can wait for it, or reload it.');
  });
  win.on('responsive', () => {
    responsive = true;
    deps.log('The window responds again.');
  });
}
