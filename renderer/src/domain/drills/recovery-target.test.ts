import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS } from './phases';
import { RECOVERY_PHASES, recoveryAgainstTarget, recoveryTargetMs } from './recovery-target';

const MIN = 60_000;
// Acknowledge 5 + Diagnose 15 + Mitigate 15 + Verify 10 = 45 minutes.
const TARGETS = DEFAULT_TARGETS;

describe('time to recover against its target', () => {
  it('spans the phases from Detected to Recovered', () => {
    expect(RECOVERY_PHASES).toEqual(['acknowledge', 'diagnose', 'mitigate', 'verify']);
    expect(recoveryTargetMs(TARGETS)).toBe(45 * MIN);
  });

  it('has no target when a phase it spans has none', () => {
    expect(recoveryTargetMs({ ...TARGETS, diagnose: 0 })).toBeNull();
    expect(recoveryAgainstTarget(42 * MIN, { ...TARGETS, verify: 0 })).toEqual({
      kind: 'no-target',
      recoverMs: 42 * MIN,
    });
  });

  it('ignores the phases outside its span', () => {
    expect(recoveryTargetMs({ ...TARGETS, detect: 0, close: 0 })).toBe(45 * MIN);
  });

  it('is within the target up to and including it', () => {
    expect(recoveryAgainstTarget(42 * MIN, TARGETS)).toEqual({
      kind: 'within',
      recoverMs: 42 * MIN,
      targetMs: 45 * MIN,
    });
    expect(recoveryAgainstTarget(45 * MIN, TARGETS).kind).toBe('within');
  });

  it('is over it by the difference', () => {
    expect(recoveryAgainstTarget(60 * MIN, TARGETS)).toEqual({
      kind: 'over',
      recoverMs: 60 * MIN,
      targetMs: 45 * MIN,
      overMs: 15 * MIN,
    });
  });

  it('is not measured when Detected or Recovered was skipped', () => {
    expect(recoveryAgainstTarget(undefined, TARGETS)).toEqual({ kind: 'not-measured' });
    expect(recoveryAgainstTarget(Number.NaN, TARGETS)).toEqual({ kind: 'not-measured' });
  });
});
