// The facilitator's kit during a run: what a drill copied from its scenario, and what its events
// say was done with it (the go / no-go, injects delivered or skipped, hints given, checklist
// ticks). Like the run itself, none of it is stored twice: it is folded from the events.
import type { EpochMs } from '../records/common';
import {
  CHECKLISTS,
  type ChecklistId,
  type DrillKit,
  type FacilitatorKit,
} from '../records/drills';
import type { Confirmation, DrillEventRecord, InjectOutcome } from '../records/drill-events';
import type { ScenarioTemplate } from './builtin-scenarios';

/** What a drill keeps of its scenario when planned: editing the scenario later changes nothing. */
export function drillKitOf(scenario: ScenarioTemplate & FacilitatorKit): DrillKit {
  return {
    injectionSteps: [...scenario.injectionSteps],
    detectionSignal: scenario.detectionSignal,
    runbook: [...scenario.runbook],
    injects: scenario.injects.map((inject) => ({ ...inject })),
    hints: scenario.hints.map((hint) => ({ ...hint })),
    observerChecklist: scenario.observerChecklist.map((item) => ({ ...item })),
    prerequisites: [...scenario.prerequisites],
    stopConditions: [...scenario.stopConditions],
    roleCards: { ...scenario.roleCards },
  };
}

/** The items of a checklist of the kit, as text. */
export function checklistItems(kit: DrillKit, list: ChecklistId): readonly string[] {
  return list === 'runbook' ? kit.runbook : kit.observerChecklist.map((item) => item.text);
}

export interface Settled {
  readonly at: EpochMs;
  readonly outcome: InjectOutcome;
}

export interface Tick {
  readonly done: boolean;
  /** When it was last ticked or unticked. */
  readonly at: EpochMs;
}

export interface KitRun {
  /** The go / no-go recorded before the start, or null. */
  readonly go: { readonly at: EpochMs; readonly confirmed: readonly Confirmation[] } | null;
  /** By inject number: delivered or skipped, and when. */
  readonly injects: ReadonlyMap<number, Settled>;
  /** By hint number: when it was first given. */
  readonly hints: ReadonlyMap<number, EpochMs>;
  /** By checklist, by item number: its latest tick. */
  readonly ticks: Readonly<Record<ChecklistId, ReadonlyMap<number, Tick>>>;
}

/** The kit's part of a run, from its events (in seq order; others are ignored). */
export function deriveKitRun(events: readonly DrillEventRecord[]): KitRun {
  let go: KitRun['go'] = null;
  const injects = new Map<number, Settled>();
  const hints = new Map<number, EpochMs>();
  const ticks = Object.fromEntries(
    CHECKLISTS.map((list) => [list, new Map<number, Tick>()]),
  ) as Record<ChecklistId, Map<number, Tick>>;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    switch (event.kind) {
      case 'go':
        go = { at: event.at, confirmed: event.confirmed };
        break;
      case 'inject':
        if (!injects.has(event.inject))
          injects.set(event.inject, { at: event.at, outcome: event.outcome });
        break;
      case 'hint':
        if (!hints.has(event.hint)) hints.set(event.hint, event.at);
        break;
      case 'tick':
        ticks[event.list].set(event.item, { done: event.done, at: event.at });
        break;
      default:
        break;
    }
  }
  return { go, injects, hints, ticks };
}

export interface ChecklistLine {
  readonly item: number;
  readonly text: string;
  readonly done: boolean;
  /** When it was ticked (the latest tick), null when not done. */
  readonly at: EpochMs | null;
}

export interface ChecklistSummary {
  readonly list: ChecklistId;
  readonly lines: readonly ChecklistLine[];
  readonly done: number;
  readonly total: number;
}

/** Each checklist's items, done or not and when: what the review and the report show. */
export function checklistSummaries(kit: DrillKit, run: KitRun): readonly ChecklistSummary[] {
  return CHECKLISTS.map((list) => {
    const lines = checklistItems(kit, list).map((text, item) => {
      const tick = run.ticks[list].get(item);
      return tick?.done === true
        ? { item, text, done: true, at: tick.at }
        : { item, text, done: false, at: null };
    });
    return { list, lines, done: lines.filter((line) => line.done).length, total: lines.length };
  });
}

/** Done items over all items of both checklists, or null when the drill has none. */
export function checklistCompletion(
  summaries: readonly ChecklistSummary[],
): { readonly done: number; readonly total: number } | null {
  const total = summaries.reduce((sum, summary) => sum + summary.total, 0);
  if (total === 0) return null;
  return { done: summaries.reduce((sum, summary) => sum + summary.done, 0), total };
}
