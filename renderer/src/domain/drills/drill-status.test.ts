import { describe, expect, it } from 'vitest';
import type { DrillEventBody } from '../records/drill-events';
import { drillStatusOf } from './drill-status';
import { eventsOf, FULL_RUN, M, PAUSE, RESUME } from './run-fixtures';
import { deriveRun, RUN_STATUSES, type RunStatus } from './run-state';

type Steps = readonly (readonly [number, DrillEventBody])[];
const ABORT: DrillEventBody = { kind: 'abort', reason: 'Real incident' };
const statusOfSteps = (steps: Steps) => drillStatusOf(deriveRun(eventsOf(steps)));

describe('drillStatusOf', () => {
  it.each<[RunStatus, string]>([
    ['not-started', 'planned'],
    ['running', 'running'],
    ['paused', 'running'],
    ['closed', 'completed'],
    ['aborted', 'aborted'],
  ])('gives a %s run the drill status %s', (status, expected) => {
    expect(drillStatusOf({ status })).toBe(expected);
  });

  it('has a drill status for every run status', () => {
    for (const status of RUN_STATUSES) {
      expect(['planned', 'running', 'completed', 'aborted']).toContain(drillStatusOf({ status }));
    }
  });

  it('follows the events of a run, back and forth', () => {
    expect(statusOfSteps([])).toBe('planned');
    expect(statusOfSteps(FULL_RUN.slice(0, 1))).toBe('running');
    expect(statusOfSteps([...FULL_RUN.slice(0, 2), [200, PAUSE]])).toBe('running');
    expect(statusOfSteps([...FULL_RUN.slice(0, 2), [200, PAUSE], [210, RESUME]])).toBe('running');
    expect(statusOfSteps(FULL_RUN)).toBe('completed');
    // Undoing the close mark reopens the drill.
    expect(statusOfSteps([...FULL_RUN, [3010, { kind: 'undo', mark: 'closed' }]])).toBe('running');
    expect(
      statusOfSteps([
        [0, M('start')],
        [10, ABORT],
      ]),
    ).toBe('aborted');
    // An abort before the fault is injected still ends the drill.
    expect(statusOfSteps([[0, ABORT]])).toBe('aborted');
  });
});
