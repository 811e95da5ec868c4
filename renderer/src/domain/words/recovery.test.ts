import { describe, expect, it } from 'vitest';
import { recoveryResultText, recoveryVerdictText } from './recovery';

const MIN = 60_000;

describe('the words of a recovery against its target', () => {
  it('say the time and how it compares, in whole minutes', () => {
    expect(recoveryResultText({ kind: 'within', recoverMs: 42 * MIN, targetMs: 60 * MIN })).toBe(
      '42 min · within the 60 min target',
    );
    expect(
      recoveryResultText({
        kind: 'over',
        recoverMs: 75 * MIN,
        targetMs: 60 * MIN,
        overMs: 15 * MIN,
      }),
    ).toBe('75 min · 15 min over target');
    expect(recoveryResultText({ kind: 'no-target', recoverMs: 42 * MIN })).toBe(
      '42 min · no target',
    );
  });

  it('never call a few seconds over "0 min over"', () => {
    expect(
      recoveryResultText({
        kind: 'over',
        recoverMs: 60 * MIN + 20_000,
        targetMs: 60 * MIN,
        overMs: 20_000,
      }),
    ).toBe('60 min · < 1 min over target');
  });

  it('say why there is no time to judge', () => {
    expect(recoveryResultText({ kind: 'not-measured' })).toBe(
      'not measured (Detected or Recovered was skipped)',
    );
  });
});

describe('the verdict alone, beside a time shown on its own', () => {
  it('names the target, and how far over it', () => {
    expect(recoveryVerdictText({ kind: 'within', recoverMs: 42 * MIN, targetMs: 60 * MIN })).toBe(
      'within the 60 min target',
    );
    expect(
      recoveryVerdictText({
        kind: 'over',
        recoverMs: 75 * MIN,
        targetMs: 60 * MIN,
        overMs: 15 * MIN,
      }),
    ).toBe('15 min over the 60 min target');
    expect(recoveryVerdictText({ kind: 'no-target', recoverMs: MIN })).toBe('no target');
  });
});
