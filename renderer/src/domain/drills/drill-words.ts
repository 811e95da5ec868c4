// The words a drill's figures and events are shown with, in one place for the run screen, the
// drill's page and the drill report: the same data then reads the same on screen and on paper.
import type { NoteKind, SideEventKind } from '../records/drill-events';
import { TARGET_LABELS, type PhaseClock } from './clock';
import { durationInWords, formatDuration } from './format';
import type { DrillMeasures, MeasureId } from './measures';

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

/** "4:12"; "skipped" for a skipped phase (never 0:00); "—" for one not reached. */
export function phaseDurationText(clock: PhaseClock): string {
  return clock.status === 'skipped' ? 'skipped' : formatDuration(clock.elapsedMs);
}

/**
 * How a phase went against its target, in words. Only a finished phase is judged against its
 * target: one cut short by an abort, or still running, has not earned "on target".
 */
export function phaseResultText(clock: PhaseClock): string {
  switch (clock.status) {
    case 'skipped':
      return 'Skipped';
    case 'pending':
      return 'Not reached';
    case 'stopped':
      return 'Stopped by the abort';
    case 'active':
      return 'Not finished';
    case 'done':
      return clock.target === null ? 'No target' : TARGET_LABELS[clock.target];
  }
}

/** A measure's figure: a duration, "—" when a point was skipped or never reached, or yes/no. */
export function measureFigure(id: MeasureId, measures: DrillMeasures): string {
  const value = measures[id];
  if (typeof value === 'boolean' || id === 'reviewHeld') {
    return value === undefined ? 'not reviewed yet' : value ? 'Yes' : 'No';
  }
  if (id === 'pausedTotal') return value === 0 ? 'not paused' : durationInWords(value ?? 0);
  return formatDuration(value);
}
