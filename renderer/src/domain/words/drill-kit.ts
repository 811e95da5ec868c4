// The facilitator's kit in words: the defaults a scenario starts with (go / no-go prerequisites,
// stop conditions, role cards), and the words of the kit's values on every screen and report.
import type {
  ChecklistId,
  DetectedBy,
  DrillKit,
  DrillPhaseId,
  Inject,
  RoleId,
} from '../records/drills';
import { formatClock } from '../dates/durations';
import { PHASE_LABELS } from './drills';
import type { DrillEventBody, InjectOutcome } from '../records/drill-events';

export type KitEventBody = Extract<DrillEventBody, { kind: 'go' | 'inject' | 'hint' | 'tick' }>;

/** The four prerequisites every new scenario starts with; a scenario may change them. */
export const DEFAULT_PREREQUISITES: readonly string[] = [
  'Blast radius agreed',
  'Rollback ready',
  'Stakeholders told',
  'Stop conditions written',
];

export const DEFAULT_STOP_CONDITIONS: readonly string[] = [
  'Real customers are affected beyond the agreed blast radius',
  'Data loss or corruption is suspected',
  'A real incident needs the responders',
];

export const DEFAULT_ROLE_CARDS: Readonly<Record<RoleId, string>> = {
  facilitator:
    'Runs the clock and the script: injects the fault, marks each milestone, delivers injects and hints, and calls a stop condition when one is hit.',
  incidentCommander:
    'Owns the response: assigns work, decides on mitigation, keeps the timeline and asks for updates.',
  scribe: 'Writes down decisions, actions and hypotheses as they happen, with their times.',
  responders:
    'Work the incident as if it were real: find the signal, follow the runbook, say what you do.',
  observers:
    'Watch without helping: tick the expected actions you see, and note surprises for the review.',
};

export const ROLE_LABELS: Readonly<Record<RoleId, string>> = {
  facilitator: 'Facilitator',
  incidentCommander: 'Incident commander',
  scribe: 'Scribe',
  responders: 'Responders',
  observers: 'Observers',
};

export const CHECKLIST_LABELS: Readonly<Record<ChecklistId, string>> = {
  runbook: 'Runbook checklist',
  observer: 'Observer checklist',
};

export const DETECTED_BY_LABELS: Readonly<Record<DetectedBy, string>> = {
  monitoring: 'By monitoring',
  people: 'By people',
};

export const INJECT_OUTCOME_LABELS: Readonly<Record<InjectOutcome, string>> = {
  delivered: 'Inject delivered',
  skipped: 'Inject skipped',
};

/** What a kit event says in a run log or a report timeline, naming the kit's own text. */
export function describeKitEvent(event: KitEventBody, kit: DrillKit): string {
  switch (event.kind) {
    case 'go':
      return `Go: ${event.confirmed.map((c) => `${c.prerequisite} (confirmed by ${c.by})`).join('; ') || 'no prerequisites'}`;
    case 'inject':
      return `${INJECT_OUTCOME_LABELS[event.outcome]}: ${kit.injects[event.inject]?.text ?? `inject ${event.inject + 1}`}`;
    case 'hint':
      return `Hint given: ${kit.hints[event.hint]?.text ?? `hint ${event.hint + 1}`}`;
    case 'tick': {
      const items =
        event.list === 'runbook' ? kit.runbook : kit.observerChecklist.map((i) => i.text);
      const item = items[event.item] ?? `item ${event.item + 1}`;
      return `${CHECKLIST_LABELS[event.list]}: ${event.done ? 'ticked' : 'unticked'} “${item}”`;
    }
  }
}

/** When an inject is due, in words: "T+5:00" or "when Diagnose starts". */
export function injectDueText(inject: Pick<Inject, 'offsetSeconds' | 'phase'>): string {
  if (inject.phase !== null) return `when ${PHASE_LABELS[inject.phase]} starts`;
  return `T+${formatClock((inject.offsetSeconds ?? 0) * 1000)}`;
}

/** A hint's moment, in words. */
export function hintWhenText(phase: DrillPhaseId | null): string {
  return phase === null ? 'on demand' : `if ${PHASE_LABELS[phase]} runs past its target`;
}

/** The abort reason a stop condition gives. */
export function stopConditionReason(condition: string): string {
  return `Stop condition hit: ${condition}`;
}
