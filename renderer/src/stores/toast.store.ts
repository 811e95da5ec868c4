// Short confirmations and failures ("Team created", "Could not save"), shown in a message region
// that takes its own room in the page (components/Toasts) and is announced to screen readers. A
// confirmation fades on its own; a failure stays until the user dismisses it, because a failure
// read too late is a failure not read. Nothing in them is the only record of anything.
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

/** How long a confirmation stays; failures have no lifetime. */
export const SUCCESS_LIFETIME_MS = 5000;
let nextId = 1;

/**
 * The messages after a new one: only the newest confirmation is kept (an older one is old news),
 * and a failure repeated is shown once, as the newest, rather than stacked.
 */
export function withToast(toasts: readonly Toast[], toast: Toast): readonly Toast[] {
  const kept = toasts.filter((t) =>
    toast.kind === 'success' ? t.kind !== 'success' : t.kind !== 'error' || t.text !== toast.text,
  );
  return [...kept, toast];
}

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
    set({ toasts: withToast(get().toasts, { id, kind, text }) });
    if (kind === 'success') {
      setTimeout(() => {
        get().dismiss(id);
      }, SUCCESS_LIFETIME_MS);
    }
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
