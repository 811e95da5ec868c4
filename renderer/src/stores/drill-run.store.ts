// Transient state of the run screen: which dialog is open and whether a command is being written.
// Saved marks and events are never copied here; the screen reads them live from the database.
import { create } from 'zustand';
import type { EpochMs } from '../domain/records/common';

export type RunDialog = 'start' | 'note' | 'pause' | 'abort' | 'correct' | 'hint' | 'stop' | null;

interface DrillRunState {
  /** Commands sent and not yet committed. */
  readonly pending: number;
  readonly dialog: RunDialog;
  /** When the dialog was asked for (the key press or click), so a note keeps that time. */
  readonly dialogAt: EpochMs | null;
  readonly openDialog: (dialog: Exclude<RunDialog, null>, at: EpochMs) => void;
  readonly closeDialog: () => void;
  readonly begin: () => void;
  readonly end: () => void;
}

export const useDrillRun = create<DrillRunState>()((set, get) => ({
  pending: 0,
  dialog: null,
  dialogAt: null,
  openDialog: (dialog, at) => {
    set({ dialog, dialogAt: at });
  },
  closeDialog: () => {
    set({ dialog: null, dialogAt: null });
  },
  begin: () => {
    set({ pending: get().pending + 1 });
  },
  end: () => {
    set({ pending: Math.max(0, get().pending - 1) });
  },
}));
