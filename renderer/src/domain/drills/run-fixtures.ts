// Builds drill event lists for tests (not used by the app): times in seconds after a fixed start, seq in order.
import type { EpochMs } from '../records/common';
import type { DrillMarkId } from '../records/drills';
import type { DrillEventBody, DrillEventRecord } from '../records/drill-events';

export const START: EpochMs = Date.UTC(2025, 2, 3, 14, 0, 0);
export const sec = (s: number): EpochMs => START + s * 1000;
export const min = (m: number): number => m * 60_000;

export function eventsOf(
  steps: readonly (readonly [number, DrillEventBody])[],
): DrillEventRecord[] {
  return steps.map(([seconds, body], seq) => ({
    id: `event-${seq}`,
    drillId: 'drill-1',
    teamId: 'team-1',
    seq,
    at: sec(seconds),
    recordedAt: sec(seconds) + 5,
    ...body,
  }));
}

export const M = (mark: DrillMarkId): DrillEventBody => ({ kind: 'mark', mark });
export const SKIP = (mark: DrillMarkId): DrillEventBody => ({ kind: 'skip', mark });
export const PAUSE: DrillEventBody = { kind: 'pause', reason: 'Fire alarm' };
export const RESUME: DrillEventBody = { kind: 'resume' };

/** A full run: marks at 0, 3, 5, 15, 30, 40 and 50 minutes. */
export const FULL_RUN: readonly (readonly [number, DrillEventBody])[] = [
  [0, M('start')],
  [180, M('detected')],
  [300, M('acknowledged')],
  [900, M('diagnosed')],
  [1800, M('mitigated')],
  [2400, M('recovered')],
  [3000, M('closed')],
];
