import { describe, expect, it } from 'vitest';
import type { PhaseTargets } from '../records/drills';
import { currentPhase, phaseClocks, targetStatus, totalElapsed, totalPaused } from './clock';
import { deriveRun } from './run-state';
import { eventsOf, FULL_RUN, M, min, PAUSE, RESUME, sec, SKIP } from './run-fixtures';

const TARGETS: PhaseTargets = {
  detect: 5,
  acknowledge: 2,
  diagnose: 10,
  mitigate: 13,
  verify: 8,
  close: 10,
};

const run = (steps: Parameters<typeof eventsOf>[0]) => deriveRun(eventsOf(steps));
const elapsed = (steps: Parameters<typeof eventsOf>[0], now: number) =>
  phaseClocks(run(steps), TARGETS, now).map((c) => [c.phase, c.status, c.elapsedMs]);

describe('targetStatus', () => {
  it.each([
    [0, 'green'],
    [min(10), 'green'],
    [min(10) + 1, 'amber'],
    [min(12), 'amber'],
    [min(12) + 1, 'red'],
    [min(60), 'red'],
  ])('%d ms against a 10-minute target is %s', (ms, status) => {
    expect(targetStatus(ms, 10)).toBe(status);
  });

  it('gives no status without a positive target', () => {
    expect(targetStatus(min(3), 0)).toBeNull();
    expect(targetStatus(min(3), Number.NaN)).toBeNull();
  });
});

describe('the total clock', () => {
  it('is 0 before the start, however late it is', () => {
    expect(totalElapsed(run([]), sec(5000))).toBe(0);
  });

  it('runs from the start mark to now', () => {
    expect(totalElapsed(run([[0, M('start')]]), sec(75))).toBe(75_000);
  });

  it('stops at the close mark', () => {
    expect(totalElapsed(run(FULL_RUN), sec(99_999))).toBe(3000_000);
  });

  it('stops at the abort', () => {
    const state = run([
      [0, M('start')],
      [60, { kind: 'abort', reason: 'Real incident elsewhere' }],
    ]);
    expect(totalElapsed(state, sec(600))).toBe(60_000);
  });

  it('leaves out paused time, and freezes while paused', () => {
    const steps = [
      [0, M('start')],
      [100, PAUSE],
      [400, RESUME],
    ] as const;
    expect(totalElapsed(run(steps), sec(500))).toBe(200_000);
    const paused = run(steps.slice(0, 2));
    expect(totalElapsed(paused, sec(150))).toBe(100_000);
    expect(totalElapsed(paused, sec(900))).toBe(100_000);
    expect(totalPaused(paused, sec(900))).toBe(800_000);
  });

  it('clamps at zero when the wall clock has jumped back before the start', () => {
    expect(totalElapsed(run([[0, M('start')]]), sec(-3600))).toBe(0);
  });

  it('does not run backwards when now is earlier than a stored mark', () => {
    const state = run([
      [0, M('start')],
      [300, M('detected')],
    ]);
    const clocks = phaseClocks(state, TARGETS, sec(200));
    expect(clocks[1]).toMatchObject({ phase: 'acknowledge', status: 'active', elapsedMs: 0 });
    expect(totalElapsed(state, sec(200))).toBe(200_000);
  });
});

describe('phase clocks', () => {
  it('are all pending before the start', () => {
    expect(elapsed([], sec(10)).map((c) => c[1])).toEqual(Array(6).fill('pending'));
  });

  it('follow every transition of a full run', () => {
    const expected = [
      ['detect', 'active', 60_000],
      ['acknowledge', 'pending', null],
    ];
    expect(elapsed(FULL_RUN.slice(0, 1), sec(60)).slice(0, 2)).toEqual(expected);
    const secondsAt = [0, 180, 300, 900, 1800, 2400, 3000];
    for (let reached = 1; reached <= 7; reached++) {
      const now = (secondsAt[reached - 1] ?? 0) + 30;
      const clocks = elapsed(FULL_RUN.slice(0, reached), sec(now));
      clocks.forEach(([, status, ms], index) => {
        if (index < reached - 1) {
          expect(status).toBe('done');
          expect(ms).toBe(((secondsAt[index + 1] ?? 0) - (secondsAt[index] ?? 0)) * 1000);
        } else if (index === reached - 1) {
          expect([status, ms]).toEqual(['active', 30_000]);
        } else {
          expect([status, ms]).toEqual(['pending', null]);
        }
      });
    }
  });

  it('gives each finished phase its target colour', () => {
    const clocks = phaseClocks(run(FULL_RUN), TARGETS, sec(4000));
    expect(clocks.map((c) => c.target)).toEqual([
      'green',
      'green',
      'green',
      'amber',
      'red',
      'green',
    ]);
  });

  it('show a skipped phase as skipped, with no duration, and the next as the span merged with it', () => {
    const clocks = elapsed(
      [
        [0, M('start')],
        [60, M('detected')],
        [90, SKIP('acknowledged')],
      ],
      sec(150),
    );
    // A skip records no time: Acknowledge and Diagnose are one span from Detected (60 s) on.
    expect(clocks.slice(0, 3)).toEqual([
      ['detect', 'done', 60_000],
      ['acknowledge', 'skipped', null],
      ['diagnose', 'active', 90_000],
    ]);
    const diagnose = phaseClocks(
      run([
        [0, M('start')],
        [60, M('detected')],
        [90, SKIP('acknowledged')],
      ]),
      TARGETS,
      sec(150),
    )[2];
    expect(diagnose?.mergedWith).toEqual(['acknowledge']);
    // Judged against both phases' targets (2 + 10 minutes), not Diagnose's alone.
    expect(diagnose?.target).toBe('green');
  });

  it('exclude a pause from the phase it fell in', () => {
    const clocks = elapsed(
      [
        [0, M('start')],
        [60, PAUSE],
        [660, RESUME],
        [700, M('detected')],
      ],
      sec(710),
    );
    expect(clocks.slice(0, 2)).toEqual([
      ['detect', 'done', 100_000],
      ['acknowledge', 'active', 10_000],
    ]);
  });

  it('show the running phase as stopped when the drill is aborted', () => {
    const clocks = elapsed(
      [
        [0, M('start')],
        [60, M('detected')],
        [100, { kind: 'abort', reason: 'Customer traffic spike' }],
      ],
      sec(900),
    );
    expect(clocks[1]).toEqual(['acknowledge', 'stopped', 40_000]);
    expect(clocks[2]).toEqual(['diagnose', 'pending', null]);
  });

  it('use corrected times', () => {
    const clocks = elapsed(
      [
        [0, M('start')],
        [300, M('detected')],
        [310, { kind: 'correct', mark: 'detected', from: sec(300), to: sec(200), reason: '' }],
      ],
      sec(320),
    );
    expect(clocks.slice(0, 2)).toEqual([
      ['detect', 'done', 200_000],
      ['acknowledge', 'active', 120_000],
    ]);
  });
});

describe('currentPhase', () => {
  it('is the phase after the last mark while the drill runs or is paused', () => {
    expect(currentPhase(run([]))).toBeNull();
    expect(currentPhase(run(FULL_RUN.slice(0, 1)))).toBe('detect');
    expect(currentPhase(run([...FULL_RUN.slice(0, 3), [400, PAUSE]]))).toBe('diagnose');
    expect(currentPhase(run(FULL_RUN))).toBeNull();
  });
});
