// A drill's status is never decided on its own: it follows from the run its events derive. The
// drill record keeps a copy so lists can filter on it; every write that changes a run (a command,
// a merged backup) sets it again from this one table, so the copy cannot contradict the events.
import type { DrillStatus } from '../records/drills';
import type { RunState, RunStatus } from './run-state';

const DRILL_STATUS_OF_RUN: Readonly<Record<RunStatus, DrillStatus>> = {
  'not-started': 'planned',
  running: 'running',
  // A pause is part of a run, not a state of the drill's life.
  paused: 'running',
  closed: 'completed',
  aborted: 'aborted',
};

export function drillStatusOf(run: Pick<RunState, 'status'>): DrillStatus {
  return DRILL_STATUS_OF_RUN[run.status];
}
