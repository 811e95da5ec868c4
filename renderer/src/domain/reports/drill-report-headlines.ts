// The drill report's headline figures, for its page 1: time to recover against its target (the
// drills list's rule and words, domain/drills/recovery-target), whether the hypothesis held, and
// how many phases met their targets.
import type { DrillRecord } from '../records/drills';
import type { EpochMs } from '../records/common';
import { phaseClocks } from '../drills/clock';
import { measureDrill } from '../drills/measures';
import { MINUTE_MS } from '../drills/phases';
import { recoveryAgainstTarget } from '../drills/recovery-target';
import type { RunState } from '../drills/run-state';
import { formatDuration } from '../dates/durations';
import { recoveryVerdictText } from '../words/recovery';
import type { Headline } from './executive-summary';

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
      detail: recoveryVerdictText(recoveryAgainstTarget(ttr, drill.targets)),
    },
    { label: 'Hypothesis held', value: held, detail: 'as judged in the review' },
    {
      label: 'Phases on target',
      value: `${met} of ${timed.length}`,
      detail: `phases timed with a target (n = ${timed.length})`,
    },
  ];
}
