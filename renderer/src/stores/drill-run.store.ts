// Transient state of the run screen: which dialog is open and whether a command is being written.
// Saved marks and events are never copied here; the screen reads them live from the database.
import { create } from 'zustand';
import type { EpochMs } from '../domain/records/common';

export type RunDialog = 'start' | 'note' | 'pause' | 'abort' | 'correct' | 'hint' | 'stop' | null;

/**
 * How long a command may take to commit before the screen says it is still saving. A mark commits
 * in a few milliseconds; saying "Saving…" for each would repaint the controls while the mark's
 * write waits, slowing every mark (measured: about three times slower), for a word nobody can read.
 */
export const SLOW_SAVE_MS = 300;

interface DrillRunState {
  /** True once a command has been waiting for its commit longer than SLOW_SAVE_MS. */
  readonly savingSlowly: boolean;
  readonly dialog: RunDialog;
  /** When the dialog was asked for (the key press or click), so a note keeps that time. */
  readonly dialogAt: EpochMs | null;
  readonly openDialog: (dialog: Exclude<RunDialog, null>, at: EpochMs) => void;
  readonly closeDialog: () => void;
  readonly begin: () => void;
  readonly end: () => void;
}

export const useDrillRun = create<DrillRunState>()((set, get) => {
  // Kept out of the state: counting commands in and out changes nothing on screen.
  let pending = 0;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    savingSlowly: false,
    dialog: null,
    dialogAt: null,
    openDialog: (dialog, at) => {
      set({ dialog, dialogAt: at });
    },
    closeDialog: () => {
      set({ dialog: null, dialogAt: null });
    },
    begin: () => {
      pending += 1;
      slowTimer ??= setTimeout(() => {
        slowTimer = undefined;
        if (pending > 0) set({ savingSlowly: true });
      }, SLOW_SAVE_MS);
    },
    end: () => {
      pending = Math.max(0, pending - 1);
      if (pending > 0) return;
      clearTimeout(slowTimer);
      slowTimer = undefined;
      if (get().savingSlowly) set({ savingSlowly: false });
    },
  };
});
