// The drill report of a drill that did not complete: aborted, planned, or still running.
import { describe, expect, it } from 'vitest';
import { M } from '../drills/run-fixtures';
import {
  ABORTED_BEFORE_START_NOTE,
  buildDrillReport,
  NOT_RUN_NOTE,
  RUNNING_MESSAGE,
} from './drill-report';
import { build, DRILL, fact, input, type Steps } from './drill-report-fixtures';

describe('an aborted drill', () => {
  const steps: Steps = [
    [0, M('start')],
    [180, M('detected')],
    [400, { kind: 'abort', reason: 'A real incident needed the same people.' }],
  ];
  const report = build(steps, { drill: { ...DRILL, status: 'aborted', review: null } });

  it('gives the reason in its status', () => {
    expect(fact(report.summary, 'Status')).toBe('Aborted: A real incident needed the same people.');
    expect(fact(report.summary, 'Ran')).toBe('3 Mar 2025, 14:00:00 to 14:06:40 (local time)');
  });

  it('stops the running phase at the abort and leaves the rest unreached', () => {
    expect(report.phases.map((p) => [p.duration, p.result])).toEqual([
      ['3:00', 'On target'],
      ['3:40', 'Stopped by the abort'],
      ['—', 'Not reached'],
      ['—', 'Not reached'],
      ['—', 'Not reached'],
      ['—', 'Not reached'],
    ]);
  });

  it('has no review and says the hypothesis was not reviewed', () => {
    expect(report.review).toBeNull();
    expect(fact(report.scenario, 'Hypothesis held')).toBe('Not reviewed yet');
    expect(report.measures.find((m) => m.key === 'reviewHeld')?.value).toBe('not reviewed yet');
    expect(report.timeline.at(-1)?.text).toBe('Aborted: A real incident needed the same people.');
  });

  it('before the fault was injected, reports the plan and the abort only', () => {
    const early = build([[0, { kind: 'abort', reason: 'Wrong environment.' }]], {
      drill: { ...DRILL, status: 'aborted', review: null },
    });
    expect(early.ran).toBe(false);
    expect(early.notice).toBe(ABORTED_BEFORE_START_NOTE);
    // It will never run: no "yet".
    const never = 'Never ran: aborted before the fault was injected';
    expect(fact(early.summary, 'Ran')).toBe(never);
    expect(fact(early.scenario, 'Hypothesis held')).toBe(never);
    expect(early.timeline.map((r) => [r.elapsed, r.text])).toEqual([
      ['—', 'Aborted: Wrong environment.'],
    ]);
    expect(early.measures).toEqual([]);
  });
});

describe('a planned drill', () => {
  const report = build([], { drill: { ...DRILL, status: 'planned', review: null } });

  it('reports the plan, saying it has not run', () => {
    expect(report.ran).toBe(false);
    expect(report.notice).toBe(NOT_RUN_NOTE);
    expect(fact(report.summary, 'Ran')).toBe('Not run yet');
    expect(fact(report.summary, 'Status')).toBe('Planned, not run yet');
    expect(fact(report.scenario, 'Hypothesis held')).toBe('Not run yet');
    expect(report.timeline).toEqual([]);
    expect(report.measures).toEqual([]);
  });

  it('lists the targets with no durations', () => {
    expect(report.phases.map((p) => [p.duration, p.target, p.result])[0]).toEqual([
      'not run',
      '5:00',
      'Not run yet',
    ]);
  });

  it('is dated and named by its planned day', () => {
    const later = build([], {
      drill: { ...DRILL, status: 'planned', review: null, plannedFor: '2026-11-21' },
    });
    expect(later.title).toBe('Checkout Web — Checkout instance down, 21 Nov 2026');
    expect(later.fileName).toBe('mttr-drill-checkout-web-checkout-instance-down-2026-11-21.pdf');
  });
});

it('refuses a drill that is still running: its figures change by the second', () => {
  const result = buildDrillReport(
    input([[0, M('start')]], { drill: { ...DRILL, status: 'running', review: null } }),
  );
  expect(result).toEqual({ ok: false, problem: { message: RUNNING_MESSAGE } });
});
