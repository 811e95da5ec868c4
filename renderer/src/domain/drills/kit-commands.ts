// The checks of the facilitator's kit commands: the go / no-go before the start, delivering or
// skipping an inject, giving a hint, ticking a checklist item. Like the run's own commands they are
// decided against the stored events inside the transaction that writes (commands.ts calls these).
// Without the drill's kit (a backup's run checked on its own) the numbers are not checked against
// it: the run's order still is.
import type { EpochMs } from '../records/common';
import { CHECKLISTS, type ChecklistId, type DrillKit } from '../records/drills';
import {
  INJECT_OUTCOMES,
  type Confirmation,
  type DrillEventBody,
  type InjectOutcome,
} from '../records/drill-events';
import type { Outcome } from '../outcome';
import { formatOffset } from '../dates/durations';
import { checklistItems, deriveKitRun } from './kit';
import { boundaryOf, type RunState } from './run-state';
import { refusalOf } from './availability';
import { CHECKLIST_LABELS } from '../words/drill-kit';

export type KitCommand =
  | { readonly kind: 'go'; readonly at: EpochMs; readonly confirmed: readonly Confirmation[] }
  | {
      readonly kind: 'inject';
      readonly at: EpochMs;
      readonly inject: number;
      readonly outcome: InjectOutcome;
    }
  | { readonly kind: 'hint'; readonly at: EpochMs; readonly hint: number }
  | {
      readonly kind: 'tick';
      readonly at: EpochMs;
      readonly list: ChecklistId;
      readonly item: number;
      readonly done: boolean;
    };

export type KitField = 'confirmed';
type Result = Outcome<{ readonly at: EpochMs; readonly body: DrillEventBody }, KitField>;

const refuse = (message: string, field: KitField | 'form' = 'form'): Result => ({
  ok: false,
  errors: { [field]: message },
});
const accept = (at: EpochMs, body: DrillEventBody): Result => ({ ok: true, value: { at, body } });

const NAME_MAX = 120;

/** Why the start is a no-go: a prerequisite of the drill not confirmed by someone, or null. */
export function noGoReason(kit: DrillKit, state: RunState): string | null {
  if (kit.prerequisites.length === 0) return null;
  const go = deriveKitRun(state.events).go;
  const missing = kit.prerequisites.filter(
    (prerequisite) => !go?.confirmed.some((c) => c.prerequisite === prerequisite && c.by !== ''),
  );
  if (missing.length === 0) return null;
  return `No-go: confirm ${missing.map((p) => `“${p}”`).join(', ')} before the start.`;
}

export function validateKitCommand(
  state: RunState,
  command: KitCommand,
  kit: DrillKit | undefined,
): Result {
  // What the run's state allows is decided once, in availability.ts, as for every command.
  const refused = refusalOf(state, command.kind);
  if (refused !== null) return refuse(refused);
  const start = boundaryOf(state, 'start')?.at;
  const early = start !== undefined && command.at < start;
  switch (command.kind) {
    case 'go': {
      const confirmed: Confirmation[] = [];
      for (const [index, prerequisite] of (
        kit?.prerequisites ?? command.confirmed.map((c) => c.prerequisite)
      ).entries()) {
        const by = command.confirmed.find((c) => c.prerequisite === prerequisite)?.by.trim() ?? '';
        if (by === '') return refuse(`Say who confirmed “${prerequisite}”.`, 'confirmed');
        if (by.length > NAME_MAX)
          return refuse(
            `Keep the name for “${prerequisite}” to ${NAME_MAX} characters.`,
            'confirmed',
          );
        confirmed[index] = { prerequisite, by };
      }
      return accept(command.at, { kind: 'go', confirmed });
    }
    case 'inject': {
      if (early) return refuse('An inject cannot be delivered before the fault was injected.');
      if (!INJECT_OUTCOMES.includes(command.outcome))
        return refuse('Say whether the inject was delivered or skipped.');
      const inject = kit?.injects[command.inject];
      if (kit !== undefined && inject === undefined)
        return refuse('This drill has no such inject.');
      const settled = deriveKitRun(state.events).injects.get(command.inject);
      if (settled !== undefined) {
        return refuse(
          `That inject was already ${settled.outcome} at ${formatOffset(settled.at, start)}.`,
        );
      }
      return accept(command.at, {
        kind: 'inject',
        inject: command.inject,
        outcome: command.outcome,
      });
    }
    case 'hint': {
      if (early) return refuse('A hint cannot be given before the fault was injected.');
      if (kit !== undefined && kit.hints[command.hint] === undefined)
        return refuse('This drill has no such hint.');
      const given = deriveKitRun(state.events).hints.get(command.hint);
      if (given !== undefined)
        return refuse(`That hint was already given at ${formatOffset(given, start)}.`);
      return accept(command.at, { kind: 'hint', hint: command.hint });
    }
    case 'tick': {
      if (early) return refuse('A tick cannot be before the fault was injected.');
      if (!CHECKLISTS.includes(command.list)) return refuse('Choose a checklist.');
      const label = CHECKLIST_LABELS[command.list];
      if (kit !== undefined && checklistItems(kit, command.list)[command.item] === undefined) {
        return refuse(`The ${label.toLowerCase()} has no such item.`);
      }
      const done = deriveKitRun(state.events).ticks[command.list].get(command.item)?.done === true;
      if (done === command.done) {
        return refuse(command.done ? 'That item is already ticked.' : 'That item is not ticked.');
      }
      return accept(command.at, {
        kind: 'tick',
        list: command.list,
        item: command.item,
        done: command.done,
      });
    }
  }
}
