// The sentence under a drill's phases that shows where every second of the run went: the phases
// (a span merged by a skip counted once), the pauses, and the total they add up to.
import type { RunAttribution } from '../drills/attribution';
import type { RunStatus } from '../drills/run-state';
import { formatClock } from '../dates/durations';

const END_WORDS: Readonly<Record<RunStatus, string>> = {
  'not-started': 'now',
  running: 'now',
  paused: 'now',
  closed: 'the close',
  aborted: 'the abort',
};

/** "Every second is counted once: 44:10 in phases + 10:00 paused = 54:10 from … to the close." */
export function runPartsSentence(attribution: RunAttribution, status: RunStatus): string {
  const phases = attribution.parts.reduce((sum, part) => sum + part.activeMs, 0);
  const merged = attribution.parts.some((part) => part.skippedMarks.length > 0)
    ? ' (a span merged by a skip counted once)'
    : '';
  return `Every second of the run is counted once: ${formatClock(phases)} in phases${merged} + ${formatClock(attribution.pausedMs)} paused = ${formatClock(attribution.totalMs)} from the fault's injection to ${END_WORDS[status]}.`;
}
