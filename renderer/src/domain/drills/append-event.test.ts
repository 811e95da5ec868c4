import { describe, expect, it } from 'vitest';
import type { DrillRunRecord } from '../records/drill-runs';
import { EMPTY_DRILL_KIT, type DrillRecord } from '../records/drills';
import { appendToRun } from './append-event';
import { eventsOf, FULL_RUN, M, sec } from './run-fixtures';

const DRILL: DrillRecord = {
  id: 'drill-1',
  teamId: 'team-1',
  scenarioId: 'builtin:instance-down',
  status: 'running',
  severity: 'SEV2',
  plannedFor: '2025-03-03',
  serviceIds: ['s-1'],
  title: 'Checkout instance down',
  scenarioName: 'Instance down with a paging alert',
  hypothesis: 'We recover within 30 minutes.',
  roles: {
    facilitator: 'Ana',
    incidentCommander: 'Ben',
    scribe: 'Cleo',
    responders: [],
    observers: [],
  },
  targets: { detect: 5, acknowledge: 2, diagnose: 9, mitigate: 10, verify: 10, close: 10 },
  kit: EMPTY_DRILL_KIT,
  review: null,
  createdAt: sec(-600),
  updatedAt: sec(-600),
};
const runOf = (steps: Parameters<typeof eventsOf>[0]): DrillRunRecord => ({
  drillId: 'drill-1',
  teamId: 'team-1',
  events: eventsOf(steps),
});
const deps = { now: () => sec(4000), newId: () => 'event-new' };

describe('a command appended to a stored run', () => {
  it('gives the event the next seq, the command’s time, the write time and the drill’s team', () => {
    const run = runOf(FULL_RUN.slice(0, 2));
    const appended = appendToRun(DRILL, run, { kind: 'mark', at: sec(250) }, deps);
    expect(appended.ok && appended.value.event).toEqual({
      id: 'event-new',
      drillId: 'drill-1',
      teamId: 'team-1',
      seq: 2,
      at: sec(250),
      recordedAt: sec(4000),
      kind: 'mark',
      mark: 'acknowledged',
    });
    expect(appended.ok && appended.value.run).toEqual({
      drillId: 'drill-1',
      teamId: 'team-1',
      events: [...run.events, appended.ok && appended.value.event],
    });
  });

  it('leaves the stored records as they were', () => {
    const run = runOf(FULL_RUN.slice(0, 6));
    const before = structuredClone({ DRILL, run });
    const appended = appendToRun(DRILL, run, { kind: 'mark', at: sec(3000) }, deps);
    expect(appended.ok).toBe(true);
    expect({ DRILL, run }).toEqual(before);
    expect(appended.ok && appended.value.stored).toBe(DRILL);
  });

  it('writes the drill only when its status changes, with the event’s write time', () => {
    const marked = appendToRun(
      DRILL,
      runOf(FULL_RUN.slice(0, 2)),
      { kind: 'mark', at: sec(250) },
      deps,
    );
    expect(marked.ok && marked.value.drill).toBeNull();
    const closed = appendToRun(
      DRILL,
      runOf(FULL_RUN.slice(0, 6)),
      { kind: 'mark', at: sec(3000) },
      deps,
    );
    expect(closed.ok && closed.value.drill).toEqual({
      ...DRILL,
      status: 'completed',
      updatedAt: sec(4000),
    });
  });

  it('starts a run with none stored: the first event is seq 0', () => {
    const planned = { ...DRILL, status: 'planned' as const };
    const started = appendToRun(planned, undefined, { kind: 'mark', at: sec(0) }, deps);
    expect(started.ok && [started.value.event.seq, started.value.drill?.status]).toEqual([
      0,
      'running',
    ]);
    expect(started.ok && started.value.run.events).toHaveLength(1);
  });

  it('hands back a refusal and nothing to write', () => {
    const run = runOf([
      [0, M('start')],
      [60, M('detected')],
    ]);
    expect(appendToRun(DRILL, run, { kind: 'mark', at: sec(30) }, deps)).toEqual({
      ok: false,
      errors: { at: expect.stringContaining('must come after Detected') as string },
    });
  });
});
