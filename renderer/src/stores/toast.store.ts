// Short confirmations and failures ("Team created", "Could not save"). They are announced to
// screen readers through a live region and fade on their own; nothing in them is the only record
// of anything.
import { create } from 'zustand';

export type ToastKind = 'success' | 'error';

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly text: string;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  /** A problem that must not fade (the disk is full): shown until the user dismisses it. */
  readonly alert: string | null;
  show(kind: ToastKind, text: string): void;
  dismiss(id: number): void;
  raiseAlert(text: string): void;
  dismissAlert(): void;
}

const TOAST_LIFETIME_MS = 5000;
let nextId = 1;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  alert: null,
  raiseAlert(text) {
    set({ alert: text });
  },
  dismissAlert() {
    set({ alert: null });
  },
  show(kind, text) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, kind, text }].slice(-3) });
    setTimeout(() => {
      get().dismiss(id);
    }, TOAST_LIFETIME_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));

export const toast = {
  success: (text: string) => {
    useToasts.getState().show('success', text);
  },
  error: (text: string) => {
    useToasts.getState().show('error', text);
  },
  alert: (text: string) => {
    useToasts.getState().raiseAlert(text);
  },
};
