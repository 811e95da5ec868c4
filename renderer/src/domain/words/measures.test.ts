import { describe, expect, it } from 'vitest';
import { phaseClocks } from '../drills/clock';
import { measureDrill } from '../drills/measures';
import { eventsOf, FULL_RUN, M, PAUSE, RESUME, sec, SKIP } from '../drills/run-fixtures';
import { deriveRun } from '../drills/run-state';
import {
  measureFigure,
  phaseClockLabel,
  phaseDurationText,
  phaseResultText,
  spanLabel,
} from './measures';

const TARGETS = { detect: 5, acknowledge: 5, diagnose: 10, mitigate: 15, verify: 10, close: 10 };

function wordsOf(steps: Parameters<typeof eventsOf>[0], now: number) {
  return phaseClocks(deriveRun(eventsOf(steps)), TARGETS, now).map((clock) => [
    phaseDurationText(clock),
    phaseResultText(clock),
  ]);
}

describe('phase words', () => {
  it('judge a finished phase against its target, in words', () => {
    // Detect 3:00 of 5, Acknowledge 2:00 of 5, Diagnose 10:00 of 10, Mitigate 15:00 of 15,
    // Verify 10:00 of 10, Close 10:00 of 10.
    expect(wordsOf(FULL_RUN, sec(3000))[0]).toEqual(['3:00', 'On target']);
    expect(
      wordsOf(
        [
          [0, M('start')],
          [330, M('detected')],
          [700, M('acknowledged')],
        ],
        sec(700),
      ).slice(0, 2),
    ).toEqual([
      ['5:30', 'Up to 20% over'],
      ['6:10', 'Over target'],
    ]);
  });

  it('say "skipped" for a skipped phase, never a zero duration', () => {
    const words = wordsOf(
      [
        [0, M('start')],
        [60, SKIP('detected')],
      ],
      sec(60),
    );
    expect(words[0]).toEqual(['skipped', 'Skipped']);
  });

  it('name the span a skip merged: every phase in it and the skipped marks', () => {
    expect(spanLabel(['diagnose'], [])).toBe('Diagnose');
    expect(spanLabel(['diagnose', 'mitigate'], ['diagnosed'])).toBe(
      'Diagnose + Mitigate (Diagnosed was skipped)',
    );
    expect(spanLabel(['acknowledge', 'diagnose', 'mitigate'], ['acknowledged', 'diagnosed'])).toBe(
      'Acknowledge + Diagnose + Mitigate (Acknowledged and Diagnosed were skipped)',
    );
    const clocks = phaseClocks(
      deriveRun(
        eventsOf([
          [0, M('start')],
          [60, SKIP('detected')],
          [90, M('acknowledged')],
        ]),
      ),
      TARGETS,
      sec(90),
    );
    expect(clocks.map(phaseClockLabel).slice(0, 2)).toEqual([
      'Detect',
      'Detect + Acknowledge (Detected was skipped)',
    ]);
    expect(clocks[1]?.elapsedMs).toBe(90_000);
  });

  it('never call a phase cut short by an abort "on target"', () => {
    const words = wordsOf(
      [
        [0, M('start')],
        [60, M('detected')],
        [90, { kind: 'abort', reason: 'Real incident' }],
      ],
      sec(4000),
    );
    expect(words[1]).toEqual(['0:30', 'Stopped by the abort']);
    expect(words[2]).toEqual(['—', 'Not reached']);
  });

  it('call the running phase not finished', () => {
    const words = wordsOf([[0, M('start')]], sec(30));
    expect(words[0]).toEqual(['0:30', 'Not finished']);
  });
});

describe('measureFigure', () => {
  it('writes durations, yes/no, pauses and a review not written yet', () => {
    const state = deriveRun(
      eventsOf([
        [0, M('start')],
        [60, PAUSE],
        [120, RESUME],
        [240, M('detected')],
        [300, { kind: 'side', side: 'runbook-used', detail: 'Failover runbook' }],
      ]),
    );
    const measures = measureDrill(state, null, sec(300));
    expect(measureFigure('timeToDetect', measures)).toBe('3:00');
    expect(measureFigure('timeToRecover', measures)).toBe('—');
    expect(measureFigure('pausedTotal', measures)).toBe('1 min 0 s');
    expect(measureFigure('runbookUsed', measures)).toBe('Yes');
    expect(measureFigure('automationUsed', measures)).toBe('No');
    expect(measureFigure('reviewHeld', measures)).toBe('not reviewed yet');
    expect(measureFigure('pausedTotal', measureDrill(deriveRun([]), null, 0))).toBe('not paused');
  });
});
