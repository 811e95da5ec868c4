// What the facilitator has to deliver next, and when. An inject due at T+offset is due once the
// total clock (paused time excluded) reaches it; one due at a phase, once that phase has started.
// Delivered and skipped injects leave the queue; hints are offered when their phase runs past its
// target, and are always there on demand.
import type { EpochMs } from '../records/common';
import { PHASES, type DrillKit, type DrillPhaseId, type PhaseTargets } from '../records/drills';
import { activeBetween, currentPhase, phaseClocks, totalElapsed } from './clock';
import type { KitRun } from './kit';
import { startMarkOf } from './phases';
import { boundaryOf, type RunState } from './run-state';

export type DueStatus = 'due' | 'upcoming';

export interface QueuedInject {
  /** Its number in the drill's kit: what a delivery names. */
  readonly index: number;
  readonly text: string;
  readonly offsetSeconds: number | null;
  readonly phase: DrillPhaseId | null;
  readonly status: DueStatus;
  /**
   * Running time (paused time excluded) from now until it is due: negative once due, null when
   * it waits for a phase that has not started.
   */
  readonly inMs: number | null;
}

/** Where the run's clock was (paused time excluded) when a phase started, or null. */
function phaseStartedAt(state: RunState, phase: DrillPhaseId, now: EpochMs): number | null {
  const start = boundaryOf(state, 'start');
  const boundary = boundaryOf(state, startMarkOf(phase));
  if (start === undefined || boundary === undefined) return null;
  return activeBetween(state, start.at, boundary.at, now);
}

/**
 * The injects not yet delivered or skipped: those due first (the longest due first), then those
 * still to come (soonest first), then those waiting for a phase (in phase order).
 */
export function injectQueue(
  kit: DrillKit,
  state: RunState,
  run: KitRun,
  now: EpochMs,
): readonly QueuedInject[] {
  const started = boundaryOf(state, 'start') !== undefined;
  const elapsed = totalElapsed(state, now);
  const queued = kit.injects.flatMap((inject, index) => {
    if (run.injects.has(index)) return [];
    const dueAtMs =
      inject.phase === null
        ? (inject.offsetSeconds ?? 0) * 1000
        : phaseStartedAt(state, inject.phase, now);
    const inMs = dueAtMs === null ? null : dueAtMs - elapsed;
    const status: DueStatus = started && inMs !== null && inMs <= 0 ? 'due' : 'upcoming';
    const order = dueAtMs ?? Number.MAX_SAFE_INTEGER + PHASES.indexOf(inject.phase ?? 'close');
    return [
      {
        index,
        text: inject.text,
        offsetSeconds: inject.offsetSeconds,
        phase: inject.phase,
        status,
        inMs,
        order,
      },
    ];
  });
  return queued
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ order: _order, ...inject }) => inject);
}

/** The inject the deliver and skip keys act on: the first of the queue, or null. */
export function nextInject(queue: readonly QueuedInject[]): QueuedInject | null {
  return queue[0] ?? null;
}

export interface HintOffer {
  readonly index: number;
  readonly text: string;
  readonly phase: DrillPhaseId | null;
  /** Its phase is running past its target now: the hint is offered, not only on demand. */
  readonly offered: boolean;
}

/** Hints not yet given: those offered (their phase is over target now) first, then the rest. */
export function hintOffers(
  kit: DrillKit,
  state: RunState,
  targets: PhaseTargets,
  run: KitRun,
  now: EpochMs,
): readonly HintOffer[] {
  const phase = currentPhase(state);
  const clock = phaseClocks(state, targets, now).find((each) => each.phase === phase);
  const overTarget = clock !== undefined && clock.target !== null && clock.target !== 'green';
  const offers = kit.hints.flatMap((hint, index) =>
    run.hints.has(index)
      ? []
      : [
          {
            index,
            text: hint.text,
            phase: hint.phase,
            offered: overTarget && hint.phase === phase,
          },
        ],
  );
  return [...offers.filter((offer) => offer.offered), ...offers.filter((offer) => !offer.offered)];
}
