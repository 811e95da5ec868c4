// How a drill's recovery went against its target. Time to recover runs from Detected to Recovered
// (domain/drills/measures.ts), so its target is the sum of the targets of the phases between those
// marks; a phase there without a target leaves the whole span without one rather than a target
// that flatters the drill by leaving a phase out.
import { PHASES, type PhaseTargets } from '../records/drills';
import { MINUTE_MS, markIndex } from './phases';

/** The phases time to recover spans: Acknowledge, Diagnose, Mitigate and Verify. */
export const RECOVERY_PHASES = PHASES.slice(markIndex('detected'), markIndex('recovered'));

/** The target of time to recover, in milliseconds; null when a phase it spans has none. */
export function recoveryTargetMs(targets: PhaseTargets): number | null {
  const minutes = RECOVERY_PHASES.map((phase) => targets[phase]);
  if (minutes.some((m) => !(m > 0))) return null;
  return minutes.reduce((sum, m) => sum + m, 0) * MINUTE_MS;
}

export type RecoveryResult =
  /** Detected or Recovered was skipped or never reached: there is no time to judge. */
  | { readonly kind: 'not-measured' }
  | { readonly kind: 'no-target'; readonly recoverMs: number }
  | { readonly kind: 'within'; readonly recoverMs: number; readonly targetMs: number }
  | {
      readonly kind: 'over';
      readonly recoverMs: number;
      readonly targetMs: number;
      readonly overMs: number;
    };

/** A recovery exactly on its target is within it. */
export function recoveryAgainstTarget(
  recoverMs: number | undefined,
  targets: PhaseTargets,
): RecoveryResult {
  if (recoverMs === undefined || !Number.isFinite(recoverMs)) return { kind: 'not-measured' };
  const targetMs = recoveryTargetMs(targets);
  if (targetMs === null) return { kind: 'no-target', recoverMs };
  if (recoverMs <= targetMs) return { kind: 'within', recoverMs, targetMs };
  return { kind: 'over', recoverMs, targetMs, overMs: recoverMs - targetMs };
}
