// Menu commands that start an action on a screen, not just open it ("Back up data…" opens
// Settings and starts the backup). The command waits here until that screen takes it, so it runs
// once: it is not in the URL or the history entry, where a reload would run it again.
import { create } from 'zustand';
import type { MenuCommand } from '@shared/platform-api';

export type ActionCommand = Extract<MenuCommand, 'data:backup' | 'data:restore'>;

const ACTION_COMMANDS: readonly MenuCommand[] = ['data:backup', 'data:restore'];

export interface PendingAction {
  readonly command: ActionCommand;
  /** Tells two requests for the same command apart. */
  readonly id: number;
}

interface MenuActionState {
  readonly pending: PendingAction | null;
}

let nextId = 1;
export const useMenuActions = create<MenuActionState>()(() => ({ pending: null }));

/** Keeps the command for its screen if it is one that starts an action there. */
export function recordMenuCommand(command: MenuCommand): void {
  if (!ACTION_COMMANDS.includes(command)) return;
  useMenuActions.setState({ pending: { command: command as ActionCommand, id: nextId++ } });
}

/** The id of the pending request for `command`, or null. */
export function usePendingAction(command: ActionCommand): number | null {
  return useMenuActions((state) => (state.pending?.command === command ? state.pending.id : null));
}

/** Marks the request for `command` as taken. */
export function finishAction(command: ActionCommand): void {
  useMenuActions.setState((state) =>
    state.pending?.command === command ? { pending: null } : state,
  );
}
