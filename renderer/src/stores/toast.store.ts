// Short confirmations and failures ("Team created", "Could not save"), shown in a message region
// that takes its own room in the page (components/Toasts) and is announced to screen readers. A
// confirmation fades on its own; a failure stays until the user dismisses it, because a failure
// read too late is a failure not read. Nothing in them is the only record of anything.
import { create } from 'zustand';

export type ToastKind = 'success' | 'error';

/** One thing the user may do about a message, e.g. "Show in folder" after a save. */
export interface ToastAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly text: string;
  readonly action?: ToastAction;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  /** A problem that must not fade (the disk is full): shown until the user dismisses it. */
  readonly alert: string | null;
  show(kind: ToastKind, text: string, action?: ToastAction): void;
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
  show(kind, text, action) {
    const id = nextId++;
    set({
      toasts: withToast(get().toasts, {
        id,
        kind,
        text,
        ...(action === undefined ? {} : { action }),
      }),
    });
    // A confirmation with something to do stays until dismissed or replaced: a button that fades
    // away while the user reaches for it is no button.
    if (kind === 'success' && action === undefined) {
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
  success: (text: string, action?: ToastAction) => {
    useToasts.getState().show('success', text, action);
  },
  error: (text: string) => {
    useToasts.getState().show('error', text);
  },
  alert: (text: string) => {
    useToasts.getState().raiseAlert(text);
  },
};
