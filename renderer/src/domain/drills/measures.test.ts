import { describe, expect, it } from 'vitest';
import type { DrillReview } from '../records/drills';
import type { DrillEventBody } from '../records/drill-events';
import { measureDrill } from './measures';
import { deriveRun } from './run-state';
import { eventsOf, FULL_RUN, M, min, PAUSE, RESUME, sec, SKIP } from './run-fixtures';

type Steps = readonly (readonly [number, DrillEventBody])[];
const measure = (steps: Steps, review: DrillReview | null = null, now = sec(99_999)) =>
  measureDrill(deriveRun(eventsOf(steps)), review, now);
const notify = (detail = ''): DrillEventBody => ({
  kind: 'side',
  side: 'stakeholders-notified',
  detail,
});

describe('measures of hand-worked drills', () => {
  it('a clean run: marks at 0, 3, 5, 15, 30, 40 and 50 minutes', () => {
    const review: DrillReview = {
      hypothesisHeld: 'yes',
      detectedBy: null,
      wentWell: '',
      wentBadly: '',
      reviewHeld: true,
      savedAt: sec(4000),
    };
    expect(measure([...FULL_RUN, [240, notify()]], review)).toEqual({
      timeToDetect: min(3),
      timeToAcknowledge: min(2),
      timeToDiagnose: min(10),
      timeToMitigate: min(15),
      timeToRecover: min(37),
      impactDuration: min(40),
      commsLatency: min(1),
      pausedTotal: 0,
      runbookUsed: false,
      automationUsed: false,
      reviewHeld: true,
    });
  });

  it('a run paused for 10 minutes during diagnosis', () => {
    // start 0, detected 2 min, acknowledged 4, pause 6–16, diagnosed 20, mitigated 25, recovered 31
    const steps: Steps = [
      [0, M('start')],
      [120, M('detected')],
      [240, M('acknowledged')],
      [360, PAUSE],
      [960, RESUME],
      [1200, M('diagnosed')],
      [1500, M('mitigated')],
      [1860, M('recovered')],
      [1900, { kind: 'side', side: 'runbook-used', detail: 'DB failover' }],
      [1910, { kind: 'side', side: 'automation-used', detail: '' }],
    ];
    expect(measure(steps)).toMatchObject({
      timeToDetect: min(2),
      timeToAcknowledge: min(2),
      timeToDiagnose: min(6),
      timeToMitigate: min(5),
      timeToRecover: min(19),
      impactDuration: min(21),
      commsLatency: undefined,
      pausedTotal: min(10),
      runbookUsed: true,
      automationUsed: true,
      reviewHeld: undefined,
    });
  });

  it('a run with Acknowledge and Verify skipped', () => {
    // detected 4 min, acknowledge skipped at 5, diagnosed 9, mitigated 12, verify skipped at 14
    const steps: Steps = [
      [0, M('start')],
      [240, M('detected')],
      [300, SKIP('acknowledged')],
      [540, M('diagnosed')],
      [720, M('mitigated')],
      [840, SKIP('recovered')],
      [900, M('closed')],
    ];
    expect(measure(steps)).toMatchObject({
      timeToDetect: min(4),
      timeToAcknowledge: undefined,
      // Acknowledge and Diagnose are one span merged by the skip: neither has a time of its own.
      timeToDiagnose: undefined,
      timeToMitigate: min(3),
      // Recovery was never verified, so neither spanning measure has an end.
      timeToRecover: undefined,
      impactDuration: undefined,
    });
  });

  it('a run with detection skipped has no detection-based measures', () => {
    const steps: Steps = [
      [0, M('start')],
      [60, SKIP('detected')],
      [120, M('acknowledged')],
      [300, M('diagnosed')],
      [400, M('mitigated')],
      [500, M('recovered')],
      [200, notify()],
    ];
    expect(measure(steps)).toMatchObject({
      timeToDetect: undefined,
      // Detect and Acknowledge are one span merged by the skip.
      timeToAcknowledge: undefined,
      timeToRecover: undefined,
      impactDuration: 500_000,
      commsLatency: undefined,
    });
  });

  it('an aborted run measures only what it reached', () => {
    const steps: Steps = [
      [0, M('start')],
      [100, M('detected')],
      [200, { kind: 'abort', reason: 'Real outage' }],
    ];
    expect(measure(steps)).toMatchObject({
      timeToDetect: 100_000,
      timeToAcknowledge: undefined,
      timeToRecover: undefined,
      impactDuration: undefined,
    });
  });

  it('comms latency uses the earliest notice, and is 0 when told before detection', () => {
    const base: Steps = FULL_RUN.slice(0, 2);
    expect(measure([...base, [400, notify('b')], [300, notify('a')]]).commsLatency).toBe(min(2));
    const early = measure([
      [0, M('start')],
      [10, notify()],
      [180, M('detected')],
    ]);
    expect(early.commsLatency).toBe(0);
  });

  it('uses corrected marks', () => {
    const steps: Steps = [
      ...FULL_RUN,
      [3100, { kind: 'correct', mark: 'detected', from: sec(180), to: sec(60), reason: '' }],
    ];
    expect(measure(steps)).toMatchObject({
      timeToDetect: min(1),
      timeToAcknowledge: min(4),
      timeToRecover: min(39),
    });
  });

  it('counts a pause still open up to now', () => {
    const m = measure(
      [
        [0, M('start')],
        [60, PAUSE],
      ],
      null,
      sec(360),
    );
    expect(m.pausedTotal).toBe(min(5));
  });
});
