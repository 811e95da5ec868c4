import { describe, expect, it } from 'vitest';
import { hintOffers, injectQueue, nextInject } from './due-injects';
import { deriveKitRun } from './kit';
import { KIT } from './kit-fixtures';
import { DEFAULT_TARGETS } from './phases';
import { eventsOf, M, PAUSE, RESUME, sec } from './run-fixtures';
import { deriveRun } from './run-state';
import type { DrillEventBody } from '../records/drill-events';

type Steps = readonly (readonly [number, DrillEventBody])[];
const queue = (steps: Steps, now: number) => {
  const events = eventsOf(steps);
  return injectQueue(KIT, deriveRun(events), deriveKitRun(events), sec(now));
};
const summary = (steps: Steps, now: number) =>
  queue(steps, now).map((inject) => [inject.index, inject.status, inject.inMs]);

describe('what is due next', () => {
  it('before the start: nothing is due, offsets wait in order, phases last', () => {
    expect(summary([], 0)).toEqual([
      [2, 'upcoming', 60_000],
      [0, 'upcoming', 300_000],
      [1, 'upcoming', null],
    ]);
  });

  it('an offset inject is due once the total clock reaches it', () => {
    expect(summary([[0, M('start')]], 59)[0]).toEqual([2, 'upcoming', 1000]);
    expect(summary([[0, M('start')]], 60)[0]).toEqual([2, 'due', 0]);
    expect(summary([[0, M('start')]], 400).slice(0, 2)).toEqual([
      [2, 'due', -340_000],
      [0, 'due', -100_000],
    ]);
  });

  it('paused time does not count towards an offset', () => {
    const steps: Steps = [
      [0, M('start')],
      [30, PAUSE],
      [130, RESUME],
    ];
    expect(summary(steps, 150)[0]).toEqual([2, 'upcoming', 10_000]);
    // Still paused: the clock stands, so the inject stays just as far away.
    expect(
      summary(
        [
          [0, M('start')],
          [30, PAUSE],
        ],
        500,
      )[0],
    ).toEqual([2, 'upcoming', 30_000]);
  });

  it('a phase inject is due once its phase starts, in the order it became due', () => {
    const steps: Steps = [
      [0, M('start')],
      [10, M('detected')],
      [20, M('acknowledged')],
    ];
    expect(summary(steps, 30).find(([index]) => index === 1)).toEqual([1, 'due', -10_000]);
    expect(summary(steps, 30)[0]).toEqual([1, 'due', -10_000]);
  });

  it('delivered and skipped injects leave the queue; the next is the first left', () => {
    const steps: Steps = [
      [0, M('start')],
      [70, { kind: 'inject', inject: 2, outcome: 'delivered' }],
      [80, { kind: 'inject', inject: 0, outcome: 'skipped' }],
    ];
    expect(summary(steps, 90)).toEqual([[1, 'upcoming', null]]);
    expect(nextInject(queue(steps, 90))?.text).toBe('The CFO asks for an update');
    expect(nextInject([])).toBeNull();
  });
});

describe('hints offered', () => {
  const offers = (steps: Steps, now: number) => {
    const events = eventsOf(steps);
    return hintOffers(KIT, deriveRun(events), DEFAULT_TARGETS, deriveKitRun(events), sec(now));
  };

  it('are on demand while the phase is within its target', () => {
    expect(offers([[0, M('start')]], 60).map((o) => [o.index, o.offered])).toEqual([
      [0, false],
      [1, false],
    ]);
  });

  it('are offered first once their phase runs past its target', () => {
    // Detect's target is 5 minutes.
    expect(offers([[0, M('start')]], 301).map((o) => [o.index, o.offered])).toEqual([
      [0, true],
      [1, false],
    ]);
  });

  it('leave the list once given', () => {
    const steps: Steps = [
      [0, M('start')],
      [10, { kind: 'hint', hint: 0 }],
    ];
    expect(offers(steps, 400).map((o) => o.index)).toEqual([1]);
  });
});
