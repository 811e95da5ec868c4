// How a drill's recovery went, in words beside (never instead of) any colour: for lists where a
// facilitator scans a season of game days.
import { formatWholeMinutes } from '../dates/durations';
import type { RecoveryResult } from '../drills/recovery-target';

const minutes = (ms: number) => formatWholeMinutes(ms / 60_000);

/** "42 min · within the 45 min target", "60 min · 15 min over target", "42 min · no target". */
export function recoveryResultText(result: RecoveryResult): string {
  switch (result.kind) {
    case 'not-measured':
      return 'not measured (Detected or Recovered was skipped)';
    case 'no-target':
      return `${minutes(result.recoverMs)} · no target`;
    case 'within':
      return `${minutes(result.recoverMs)} · within the ${minutes(result.targetMs)} target`;
    case 'over':
      return `${minutes(result.recoverMs)} · ${minutes(result.overMs)} over target`;
  }
}

/** The verdict alone, where the time is shown beside it: "within the 45 min target". */
export function recoveryVerdictText(result: RecoveryResult): string {
  switch (result.kind) {
    case 'not-measured':
      return 'not measured (Detected or Recovered was skipped)';
    case 'no-target':
      return 'no target';
    case 'within':
      return `within the ${minutes(result.targetMs)} target`;
    case 'over':
      return `${minutes(result.overMs)} over the ${minutes(result.targetMs)} target`;
  }
}
