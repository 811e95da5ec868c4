import { describe, expect, it } from 'vitest';
import type { PhaseTargets } from '../../domain/records/drills';
import { deriveRun } from '../../domain/drills/run-state';
import { eventsOf, FULL_RUN, M, PAUSE, sec, SKIP } from '../../domain/drills/run-fixtures';
import { presenterHero, standingText } from './presenter-view';

const TARGETS: PhaseTargets = {
  detect: 5,
  acknowledge: 2,
  diagnose: 10,
  mitigate: 13,
  verify: 8,
  close: 10,
};
const run = (steps: Parameters<typeof eventsOf>[0]) => deriveRun(eventsOf(steps));

describe('standingText', () => {
  it('says how far over the target a phase is, in the clock’s own words', () => {
    expect(standingText({ elapsedMs: 12 * 60_000 + 14_000, spanTargetMinutes: 10 })).toBe(
      'Over target by 2:14',
    );
  });

  it('says what is left while within the target, and exactly at it', () => {
    expect(standingText({ elapsedMs: 6 * 60_000 + 48_000, spanTargetMinutes: 10 })).toBe(
      '3:12 left of the 10:00 target',
    );
    expect(standingText({ elapsedMs: 10 * 60_000, spanTargetMinutes: 10 })).toBe(
      '0:00 left of the 10:00 target',
    );
  });

  it('says so when a phase has no target', () => {
    expect(standingText({ elapsedMs: 5000, spanTargetMinutes: 0 })).toBe(
      'No target for this phase',
    );
  });
});

describe('presenterHero', () => {
  it('shows the running phase’s clock, not the total', () => {
    // Detected at 3 min; at 7 min, Acknowledge (target 2 min) has run 4 min: 2 min over, red.
    const hero = presenterHero(
      run([
        [0, M('start')],
        [180, M('detected')],
      ]),
      TARGETS,
      sec(420),
    );
    expect(hero).toEqual({
      title: 'Acknowledge',
      detail: null,
      clock: '4:00',
      tone: 'over',
      standing: 'Over target by 2:00',
    });
  });

  it('is on target within the target, and near it up to 20 % over', () => {
    const started = run([[0, M('start')]]);
    expect(presenterHero(started, TARGETS, sec(60))).toMatchObject({
      tone: 'on-target',
      clock: '1:00',
      standing: '4:00 left of the 5:00 target',
    });
    expect(presenterHero(started, TARGETS, sec(330))).toMatchObject({
      tone: 'near',
      standing: 'Over target by 0:30',
    });
    expect(presenterHero(started, TARGETS, sec(361))).toMatchObject({ tone: 'over' });
  });

  it('times a phase after a skip from the last mark, judged against both targets, and says so', () => {
    const hero = presenterHero(
      run([
        [0, M('start')],
        [60, M('detected')],
        [70, SKIP('acknowledged')],
      ]),
      TARGETS,
      sec(60 + 11 * 60),
    );
    expect(hero).toMatchObject({
      title: 'Diagnose',
      clock: '11:00',
      tone: 'on-target',
      standing: '1:00 left of the 12:00 target',
      detail: 'Timed from the last mark: Acknowledge skipped, so counted with it',
    });
  });

  it('says the drill is paused, and why, with the phase’s clock standing still', () => {
    const paused = run([
      [0, M('start')],
      [60, PAUSE],
    ]);
    expect(presenterHero(paused, TARGETS, sec(900))).toMatchObject({
      title: 'Detect',
      clock: '1:00',
      detail: 'Paused: Fire alarm',
    });
  });

  it('waits for the fault before the start', () => {
    expect(presenterHero(run([]), TARGETS, sec(100))).toMatchObject({
      title: 'Waiting for the fault',
      clock: '0:00',
      tone: 'untimed',
    });
  });

  it('shows the total once the drill is closed or aborted', () => {
    expect(presenterHero(run(FULL_RUN), TARGETS, sec(99_999))).toMatchObject({
      title: 'Closed',
      clock: '50:00',
      standing: 'Total time, paused time excluded',
    });
    const aborted = run([
      [0, M('start')],
      [90, { kind: 'abort', reason: 'Real incident elsewhere' }],
    ]);
    expect(presenterHero(aborted, TARGETS, sec(5000))).toMatchObject({
      title: 'Aborted',
      detail: 'Real incident elsewhere',
      clock: '1:30',
    });
  });
});
