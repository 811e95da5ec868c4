// The figures of the drill report: each phase against its target and every measure, worded as the
// drill screens word them (the same formatters, the same order), with the words the screens show
// beside a colour written out, so a black-and-white print loses nothing.
import type { EpochMs } from '../records/common';
import type { ActionItemRecord } from '../records/action-items';
import { pausedBetween, totalPaused, type PhaseClock } from '../drills/clock';
import {
  MEASURE_DEFINITIONS,
  MEASURE_IDS,
  measureFigure,
  phaseClockLabel,
  phaseDurationText,
  phaseResultText,
} from '../words/measures';
import { formatClock, formatDurationInWords } from '../dates/durations';
import type { DrillMeasures } from '../drills/measures';
import { MINUTE_MS } from '../drills/phases';
import type { RunState } from '../drills/run-state';
import { PHASE_LABELS } from '../words/drills';

export interface PhaseRow {
  readonly key: string;
  readonly label: string;
  /** The phases alone ("Acknowledge + Diagnose"), where a chart has room for little. */
  readonly shortLabel: string;
  /** As the drill screen shows it: "4:12", "skipped" or "—". */
  readonly duration: string;
  readonly target: string;
  /** In words, never only a colour: "On target", "Over target", "Skipped"… */
  readonly result: string;
  /** Paused time left out of this phase, "" when none. */
  readonly paused: string;
  /** For the chart: null when the phase has no duration. */
  readonly durationMs: number | null;
  readonly targetMs: number;
}

export interface MeasureRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly definition: string;
}

export function phaseRow(clock: PhaseClock, state: RunState, ran: boolean): PhaseRow {
  const targetMs = clock.spanTargetMinutes * MINUTE_MS;
  const paused =
    clock.startAt === null || clock.endAt === null || clock.status === 'skipped'
      ? 0
      : pausedBetween(state, clock.startAt, clock.endAt, clock.endAt);
  return {
    key: clock.phase,
    label: phaseClockLabel(clock),
    shortLabel: [...clock.mergedWith, clock.phase].map((phase) => PHASE_LABELS[phase]).join(' + '),
    duration: ran ? phaseDurationText(clock) : 'not run',
    target: clock.spanTargetMinutes > 0 ? formatClock(targetMs) : 'none',
    result: ran ? phaseResultText(clock) : 'Not run yet',
    paused: paused > 0 ? formatClock(paused) : '',
    durationMs: clock.status === 'skipped' ? null : clock.elapsedMs,
    targetMs,
  };
}

export function phasesNote(state: RunState, now: EpochMs): string {
  const paused = totalPaused(state, now);
  const pauses =
    paused === 0
      ? 'The drill was never paused.'
      : `Paused time is left out of every duration: ${formatDurationInWords(paused)} in all, shown per phase under Paused.`;
  return `On target: at or under the target. Up to 20% over: a near miss. Over target: more than 20% over. A skipped phase has no duration, not a zero one: a skip records no time, so the skipped phase and the next are one span, named for both, and counted as neither phase's own time. ${pauses}`;
}

/** Every measure in the screen's order, worded as the screen words it. */
export function measureRows(
  measures: DrillMeasures,
  items: readonly ActionItemRecord[],
): MeasureRow[] {
  const rows: MeasureRow[] = MEASURE_IDS.map((id) => ({
    key: id,
    label: MEASURE_DEFINITIONS[id].label,
    value: measureFigure(id, measures),
    definition: MEASURE_DEFINITIONS[id].text,
  }));
  const closed = items.filter((i) => i.status === 'done').length;
  rows.push({
    key: 'actionItems',
    label: 'Action items',
    value: `${items.length - closed} open, ${closed} closed`,
    definition:
      'Action items from this drill: open counts those not started and in progress; closed counts those done.',
  });
  return rows;
}
