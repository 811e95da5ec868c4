// The recovery phases of a drill and the marks that bound them. A run is a line of seven marks;
// each mark after `start` ends one phase, so phase i runs from mark i to mark i + 1. A skipped mark
// records no time: the phases on either side of it are one span (from the last recorded mark to
// the next), named for both and counted as neither phase's own time on the drill's page, in Trends
// and in the reports (see attribution.ts).
import {
  MARKS,
  PHASES,
  type DrillMarkId,
  type DrillPhaseId,
  type PhaseTargets,
} from '../records/drills';

/** The mark that starts a phase. */
export function startMarkOf(phase: DrillPhaseId): DrillMarkId {
  return MARKS[PHASES.indexOf(phase)] as DrillMarkId;
}

/** The mark that ends a phase. */
export function endMarkOf(phase: DrillPhaseId): DrillMarkId {
  return MARKS[PHASES.indexOf(phase) + 1] as DrillMarkId;
}

/** The phase a mark ends; `start` ends none. */
export function phaseEndedBy(mark: DrillMarkId): DrillPhaseId | null {
  const index = MARKS.indexOf(mark);
  return index <= 0 ? null : (PHASES[index - 1] as DrillPhaseId);
}

/** The phase a mark starts; `closed` starts none. */
export function phaseStartedBy(mark: DrillMarkId): DrillPhaseId | null {
  return PHASES[MARKS.indexOf(mark)] ?? null;
}

/** The mark recorded just before this one in a run, or null for `start`. */
export function markBefore(mark: DrillMarkId): DrillMarkId | null {
  return MARKS[MARKS.indexOf(mark) - 1] ?? null;
}

/** The mark recorded just after this one in a run, or null for `closed`. */
export function markAfter(mark: DrillMarkId): DrillMarkId | null {
  return MARKS[MARKS.indexOf(mark) + 1] ?? null;
}

/**
 * The later of two next marks in run order, null (the run is closed) after every mark: what a
 * window expects next after its own press, and the stored run's next, which another window may
 * have moved on since.
 */
export function laterNextMark(a: DrillMarkId | null, b: DrillMarkId | null): DrillMarkId | null {
  const at = (mark: DrillMarkId | null) => (mark === null ? MARKS.length : MARKS.indexOf(mark));
  return at(a) >= at(b) ? a : b;
}

export function markIndex(mark: DrillMarkId): number {
  return MARKS.indexOf(mark);
}

export function isMarkId(value: unknown): value is DrillMarkId {
  return typeof value === 'string' && MARKS.includes(value as DrillMarkId);
}

/** Sensible targets for a scenario that has none of its own. */
export const DEFAULT_TARGETS: PhaseTargets = {
  detect: 5,
  acknowledge: 5,
  diagnose: 15,
  mitigate: 15,
  verify: 10,
  close: 10,
};

export const MINUTE_MS = 60_000;
