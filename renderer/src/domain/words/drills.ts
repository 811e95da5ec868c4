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
};

/** The same, as the review form asks it: from holding to not holding. */
export const HYPOTHESIS_HELD_CHOICES: Readonly<Record<HypothesisHeld, string>> = {
  yes: 'Yes, it held',
  partly: 'Partly',
  no: 'No, it did not hold',
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
};
