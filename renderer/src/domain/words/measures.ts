// The words of the measures and of a phase's outcome: each measure's name and definition, shown
// beside every figure on a drill's page, on the Trends screen, in the CSV's header and in the
// reports, so a figure means the same wherever it is read.
import type { DrillMarkId, DrillPhaseId } from '../records/drills';
import type { PhaseClock } from '../drills/clock';
import type { DrillMeasures, MeasureId } from '../drills/measures';
import type { SeriesMeasure } from '../trends/series';
import { formatDuration, formatDurationInWords } from '../dates/durations';
import { MARK_LABELS, PHASE_LABELS, TARGET_LABELS } from './drills';
import { endMarkOf } from '../drills/phases';

/** Each measure's name and what it measures, in the app's words, in the order pages list them. */
export const MEASURE_DEFINITIONS: Readonly<Record<MeasureId, { label: string; text: string }>> = {
  timeToDetect: {
    label: 'Time to detect',
    text: 'From the fault being injected to the first responder noticing it.',
  },
  timeToAcknowledge: {
    label: 'Time to acknowledge',
    text: 'From detection to someone owning the incident (or escalating it).',
  },
  timeToDiagnose: {
    label: 'Time to diagnose',
    text: 'From acknowledgement to the cause being understood well enough to act.',
  },
  timeToMitigate: {
    label: 'Time to mitigate',
    text: 'From diagnosis to a fix, rollback or failover being applied.',
  },
  timeToRecover: {
    label: 'Time to recover',
    text: 'From detection to the service being verified healthy: the recovery time (MTTR) that trends use by default.',
  },
  impactDuration: {
    label: 'Impact duration',
    text: 'From the fault being injected to the service being verified healthy: how long users were affected.',
  },
  commsLatency: {
    label: 'Comms latency',
    text: 'From detection to stakeholders first being told (0 if they were told before detection).',
  },
  pausedTotal: {
    label: 'Paused',
    text: 'Time the drill was paused. It is left out of every duration above.',
  },
  runbookUsed: { label: 'Runbook used', text: 'Whether a runbook was followed during the run.' },
  automationUsed: {
    label: 'Automation used',
    text: 'Whether automated recovery (a script, a pipeline, self-healing) did part of the work.',
  },
  reviewHeld: { label: 'Review held', text: 'Whether the team met to review the drill.' },
};

/** Every measure, in the order pages list them. */
export const MEASURE_IDS = Object.keys(MEASURE_DEFINITIONS) as readonly MeasureId[];

// A trend series of a phase reuses the drill measure that phase is; the last two phases have no
// measure of their own on a drill's page.
const PHASE_MEASURE: Readonly<Partial<Record<DrillPhaseId, MeasureId>>> = {
  detect: 'timeToDetect',
  acknowledge: 'timeToAcknowledge',
  diagnose: 'timeToDiagnose',
  mitigate: 'timeToMitigate',
};

const PHASE_ONLY: Readonly<Partial<Record<DrillPhaseId, string>>> = {
  verify: 'From the fix being applied to the service being verified healthy.',
  close: 'From the service being verified healthy to the wrap-up being finished.',
};

/** The name of a trend series: "Time to recover", "Detect phase". */
export function seriesLabel(measure: SeriesMeasure): string {
  if (measure === 'timeToRecover') return MEASURE_DEFINITIONS.timeToRecover.label;
  return `${PHASE_LABELS[measure]} phase`;
}

/** What a trend series measures, in the same words as the drill measure it is. */
export function seriesDefinition(measure: SeriesMeasure): string {
  if (measure === 'timeToRecover') return MEASURE_DEFINITIONS.timeToRecover.text;
  const id = PHASE_MEASURE[measure];
  return id === undefined ? (PHASE_ONLY[measure] ?? '') : MEASURE_DEFINITIONS[id].text;
}

/**
 * The name of a span of a run: "Diagnose", or for phases merged by a skip "Diagnose + Mitigate
 * (Diagnosed was skipped)", "Acknowledge + Diagnose + Mitigate (Acknowledged and Diagnosed were
 * skipped)".
 */
export function spanLabel(phases: readonly DrillPhaseId[], skippedMarks: readonly DrillMarkId[]) {
  const names = phases.map((phase) => PHASE_LABELS[phase]).join(' + ');
  if (skippedMarks.length === 0) return names;
  const marks = skippedMarks.map((mark) => MARK_LABELS[mark]);
  const listed =
    marks.length === 1 ? marks[0] : `${marks.slice(0, -1).join(', ')} and ${marks.at(-1)}`;
  return `${names} (${listed} ${marks.length === 1 ? 'was' : 'were'} skipped)`;
}

/** The name of a phase clock's span: the phase, or the phases a skip merged into it. */
export function phaseClockLabel(clock: PhaseClock): string {
  return spanLabel(
    [...clock.mergedWith, clock.phase],
    clock.mergedWith.map((phase) => endMarkOf(phase)),
  );
}

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
  if (id === 'pausedTotal') return value === 0 ? 'not paused' : formatDurationInWords(value ?? 0);
  return formatDuration(value);
}
