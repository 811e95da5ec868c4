// The words of a drill's values, for the run screen, the drill's pages, the CSV and the drill
// report alike: the same value always reads the same. Each table is typed by its value list
// (domain/records, or the run's derived states), so a value added without its words does not
// compile. A table's order is the order screens offer its values in.
import type {
  DrillStatus,
  DrillMarkId,
  DrillPhaseId,
  HypothesisHeld,
  Severity,
} from '../records/drills';
import type { DrillEventKind, NoteKind, SideEventKind } from '../records/drill-events';
import type { PhaseStatus, TargetStatus } from '../drills/clock';
import type { RunStatus } from '../drills/run-state';
import type { StartConfirmation } from '../drills/start-rules';
import type { GuardedAction } from '../drills/repeat-press';
import { formatIsoDate } from '../dates/format';
import { phaseEndedBy } from '../drills/phases';

/** A drill's stored status, as lists and the CSV show it. */
export const DRILL_STATUS_LABELS: Readonly<Record<DrillStatus, string>> = {
  planned: 'Planned',
  running: 'Running',
  completed: 'Completed',
  aborted: 'Aborted',
};

/** Where a run stands, as the run screen shows it. */
export const RUN_STATUS_LABELS: Readonly<Record<RunStatus, string>> = {
  'not-started': 'Not started',
  running: 'Running',
  paused: 'Paused',
  closed: 'Closed',
  aborted: 'Aborted',
};

export const MARK_LABELS: Readonly<Record<DrillMarkId, string>> = {
  start: 'Fault injected',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  diagnosed: 'Diagnosed',
  mitigated: 'Mitigated',
  recovered: 'Recovered',
  closed: 'Closed',
};

/** What each mark means, as the facilitator should judge it. */
export const MARK_MEANINGS: Readonly<Record<DrillMarkId, string>> = {
  start: 'the fault is injected; the clock starts',
  detected: 'a responder notices, by alert or by eye',
  acknowledged: 'someone owns the incident or has escalated it',
  diagnosed: 'the cause is understood well enough to act',
  mitigated: 'a fix, rollback or failover is applied',
  recovered: 'the service is verified healthy again',
  closed: 'the wrap-up is finished',
};

export const PHASE_LABELS: Readonly<Record<DrillPhaseId, string>> = {
  detect: 'Detect',
  acknowledge: 'Acknowledge',
  diagnose: 'Diagnose',
  mitigate: 'Mitigate',
  verify: 'Verify',
  close: 'Close',
};

/**
 * A phase's state on the run screen's phase cards, while the run goes on. (How a phase went, once
 * judged, is `phaseResultText` in ./measures.)
 */
export const PHASE_STATUS_LABELS: Readonly<Record<PhaseStatus, string>> = {
  pending: 'Not reached',
  active: 'Running',
  done: 'Done',
  skipped: 'Skipped',
  stopped: 'Stopped by abort',
};

/** Words beside every colour, so the status never depends on seeing colour. */
export const TARGET_LABELS: Readonly<Record<TargetStatus, string>> = {
  green: 'On target',
  amber: 'Up to 20% over',
  red: 'Over target',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  SEV1: 'SEV1 — critical, customers cannot use the product',
  SEV2: 'SEV2 — major, a key feature is down',
  SEV3: 'SEV3 — minor, degraded with a workaround',
  SEV4: 'SEV4 — low, little customer impact',
};

/** Whether the hypothesis held, as a fact in the drill report. */
export const HYPOTHESIS_HELD_LABELS: Readonly<Record<HypothesisHeld, string>> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  unsure: 'Unsure',
};

/** The same, as the review form asks it: from holding to not holding. */
export const HYPOTHESIS_HELD_CHOICES: Readonly<Record<HypothesisHeld, string>> = {
  yes: 'Yes, it held',
  partly: 'Partly',
  no: 'No, it did not hold',
  unsure: 'Unsure: the drill could not tell',
};

export const NOTE_KIND_LABELS: Readonly<Record<NoteKind, string>> = {
  observation: 'Observation',
  decision: 'Decision',
  hypothesis: 'Hypothesis',
  action: 'Action',
};

/** In the order the run screen offers them. */
export const SIDE_EVENT_LABELS: Readonly<Record<SideEventKind, string>> = {
  'stakeholders-notified': 'Stakeholders notified',
  'runbook-used': 'Runbook used',
  'automation-used': 'Automation used',
  escalation: 'Escalation',
};

/** What kind of entry a timeline row is, as the drill report's timeline names it. */
export const DRILL_EVENT_KIND_LABELS: Readonly<Record<DrillEventKind, string>> = {
  mark: 'Mark',
  skip: 'Skipped phase',
  undo: 'Undo',
  correct: 'Correction',
  pause: 'Pause',
  resume: 'Resume',
  abort: 'Abort',
  side: 'Side event',
  note: 'Note',
  go: 'Go / no-go',
  inject: 'Inject',
  hint: 'Hint',
  tick: 'Checklist',
};

/** Why a start is asked about, naming the planned day and today. */
export function offDayStartText(confirmation: StartConfirmation): string {
  const planned = formatIsoDate(confirmation.plannedFor);
  const today = formatIsoDate(confirmation.today);
  switch (confirmation.why) {
    case 'early':
      return `This drill is planned for ${planned}, and today is ${today}: that is before its planned day.`;
    case 'late':
      return `This drill was planned for ${planned}, and today is ${today}: that is after its planned day.`;
    case 'unknown-day':
      return `This drill's planned day (“${confirmation.plannedFor}”) is not a date the app can compare with today, ${today}.`;
  }
}

/**
 * What the screen says when a press was taken as an accidental repeat (domain/drills/repeat-press):
 * that nothing was recorded, and what one more press will do. `next` is the mark after the one the
 * accepted press recorded.
 */
export function repeatIgnoredText(action: GuardedAction, next: DrillMarkId | null): string {
  const ignored = 'Second press within a second ignored';
  const phase = next === null ? null : phaseEndedBy(next);
  if (action === 'start' || next === null) return `${ignored}: the drill has already started.`;
  if (action === 'skip' && phase !== null) {
    return `${ignored} — press again to skip ${PHASE_LABELS[phase]}.`;
  }
  return `${ignored} — press again to record ${MARK_LABELS[next]}.`;
}
