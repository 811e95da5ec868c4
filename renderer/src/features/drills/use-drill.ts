import { useCallback } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Id } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import type { CommandField, DrillCommand } from '../../domain/drills/commands';
import { deriveRun, type RunState } from '../../domain/drills/run-state';
import { messagesOf, type Outcome } from '../../domain/outcome';
import { useDrillRun } from '../../stores/drill-run.store';
import { toast } from '../../stores/toast.store';

export interface DrillData {
  readonly drill: DrillRecord;
  readonly state: RunState;
}

/** The drill and its derived run, live: null when there is no such drill, undefined loading. */
export function useDrill(drillId: Id): DrillData | null | undefined {
  return useLive(async () => {
    const [drill, events] = await Promise.all([
      repos.drills.get(drillId),
      repos.drillEvents.listForDrill(drillId),
    ]);
    return drill === undefined ? null : { drill, state: deriveRun(events) };
  }, [drillId]);
}

export type CommandResult = Outcome<DrillEventRecord, CommandField>;

/**
 * Sends a command to the repository. The returned promise settles after the event is committed
 * (or refused); the screen shows it as recorded only then, through the live query.
 */
export function useRunCommand(
  drillId: Id,
): (command: DrillCommand) => Promise<CommandResult | null> {
  return useCallback(
    async (command) => {
      const { begin, end } = useDrillRun.getState();
      begin();
      try {
        return await repos.drillEvents.append(drillId, command);
      } catch {
        toast.error('That could not be saved. Nothing was recorded; try again.');
        return null;
      } finally {
        end();
      }
    },
    [drillId],
  );
}

/** The first message of a refused command, for a toast or an alert. */
export function firstError(result: CommandResult): string {
  if (result.ok) return '';
  return messagesOf(result.errors)[0] ?? 'That was refused.';
}
