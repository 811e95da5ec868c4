// The drill report's headline figures, for its page 1: time to recover against its target, whether
// the hypothesis held, and how many phases met their targets. Time to recover runs from detection
// to verified recovery, so its target is the sum of the targets of the phases between those marks.
import type { DrillRecord, DrillPhaseId } from '../records/drills';
import type { EpochMs } from '../records/common';
import { phaseClocks } from '../drills/clock';
import { measureDrill } from '../drills/measures';
import { MINUTE_MS } from '../drills/phases';
import type { RunState } from '../drills/run-state';
import { formatClock, formatDuration } from '../dates/durations';
import type { Headline } from './executive-summary';

/** The phases between the Detected and Recovered marks: what time to recover spans. */
const RECOVERY_PHASES: readonly DrillPhaseId[] = ['acknowledge', 'diagnose', 'mitigate', 'verify'];

/** The target time to recover a drill's phase targets add up to, in ms. */
export function recoveryTargetMs(targets: DrillRecord['targets']): number {
  return RECOVERY_PHASES.reduce((sum, phase) => sum + targets[phase] * MINUTE_MS, 0);
}

function againstTarget(ms: number | undefined, targetMs: number): string {
  const target = `target ${formatClock(targetMs)}`;
  if (ms === undefined)
    return `${target}; not measured (a mark it needs was skipped or never made)`;
  if (ms <= targetMs) return `${target}: on target`;
  return `${target}: over by ${formatClock(ms - targetMs)}`;
}

export function drillHeadlines(
  state: RunState,
  drill: DrillRecord,
  now: EpochMs,
  held: string,
): Headline[] {
  const ttr = measureDrill(state, drill.review, now).timeToRecover;
  const timed = phaseClocks(state, drill.targets, now).filter(
    (clock) => clock.status === 'done' && clock.elapsedMs !== null && clock.targetMinutes > 0,
  );
  const met = timed.filter(
    (clock) => (clock.elapsedMs ?? 0) <= clock.targetMinutes * MINUTE_MS,
  ).length;
  return [
    {
      label: 'Time to recover',
      value: formatDuration(ttr),
      detail: againstTarget(ttr, recoveryTargetMs(drill.targets)),
    },
    { label: 'Hypothesis held', value: held, detail: 'as judged in the review' },
    {
      label: 'Phases on target',
      value: `${met} of ${timed.length}`,
      detail: `phases timed with a target (n = ${timed.length})`,
    },
  ];
}
