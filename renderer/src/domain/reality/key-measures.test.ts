import { describe, expect, it } from 'vitest';
import { prepareDrills } from '../trends/prepare';
import { FULL, sourceOf } from '../trends/trends-fixtures';
import { keyMeasuresSideBySide, type SideBySideMeasure } from './key-measures';
import { prepareIncidents } from './prepare';
import { incidentRecord } from './test-support';

const find = (rows: readonly SideBySideMeasure[], id: SideBySideMeasure['measure']) =>
  rows.find((r) => r.measure === id) as SideBySideMeasure;

describe('keyMeasuresSideBySide', () => {
  const drills = prepareDrills(
    sourceOf([
      { id: 'd1', day: 0, phases: FULL, runbook: true, reviewHeld: true, notifyAfterDetect: 4 },
      { id: 'd2', day: 1, phases: FULL },
      { id: 'd3', day: 2, phases: FULL, reviewHeld: false },
    ]),
    { now: Date.UTC(2030, 0, 1), timeZoneOffsetMinutes: 0 },
  );
  const incidents = prepareIncidents(
    [
      incidentRecord({
        id: 'a',
        day: 0,
        at: { detected: 0, acknowledged: 2, recovered: 30, stakeholdersNotified: 10 },
        runbook: true,
        review: true,
      }),
      incidentRecord({
        id: 'b',
        day: 1,
        at: { detected: 0, acknowledged: 6, recovered: 50 },
        runbook: false,
        standIn: true,
      }),
      incidentRecord({ id: 'c', day: 2, at: { detected: 0, recovered: 70 }, automation: true }),
      incidentRecord({ id: 'open', day: 3, at: { detected: 0 }, state: 'open', runbook: true }),
    ],
    { timeZoneOffsetMinutes: 0 },
  );
  const rows = keyMeasuresSideBySide(drills, incidents);

  it('lists the standard’s key measures in order', () => {
    expect(rows.map((r) => r.measure)).toEqual([
      'timeToRecover',
      'timeToAcknowledge',
      'runbookUsage',
      'automationCoverage',
      'reviewRate',
      'commsLatency',
    ]);
  });

  it('summarises durations over the incidents that recorded both ends, never counting 0', () => {
    const recover = find(rows, 'timeToRecover');
    // FULL: acknowledge 3 + diagnose 10 + mitigate 5 + verify 4 = 22 min in every drill.
    expect(recover.drills).toMatchObject({
      kind: 'duration',
      summary: { n: 3, median: 22 },
    });
    // 30, 50, 70: median 50; p90 at h = 1.8: 50 + 0.8·20 = 66.
    expect(recover.incidents).toMatchObject({
      kind: 'duration',
      summary: { n: 3, median: 50, p90: 66 },
    });
    expect(recover.incidentsStandIn).toBe(1);
    const acknowledge = find(rows, 'timeToAcknowledge');
    expect(acknowledge.incidents).toMatchObject({
      kind: 'duration',
      summary: { n: 2, median: 4 },
    });
    expect(acknowledge.incidentsNotRecorded).toBe(1);
    const comms = find(rows, 'commsLatency');
    expect(comms.drills).toMatchObject({
      kind: 'duration',
      summary: { n: 1, median: 4 },
    });
    expect(comms.incidents).toMatchObject({
      kind: 'duration',
      summary: { n: 1, median: 10 },
    });
    expect(comms.incidentsNotRecorded).toBe(2);
  });

  it('counts a rate over the incidents whose source states it; open ones never count', () => {
    expect(find(rows, 'runbookUsage')).toMatchObject({
      drills: { kind: 'rate', rate: { k: 1, n: 3 } },
      incidents: { kind: 'rate', rate: { k: 1, n: 2 } },
      incidentsNotRecorded: 1,
    });
    expect(find(rows, 'automationCoverage')).toMatchObject({
      drills: { kind: 'rate', rate: { k: 0, n: 3 } },
      incidents: { kind: 'rate', rate: { k: 1, n: 1 } },
      incidentsNotRecorded: 2,
    });
    expect(find(rows, 'reviewRate')).toMatchObject({
      drills: { kind: 'rate', rate: { k: 1, n: 3 } },
      incidents: { kind: 'rate', rate: { k: 1, n: 1 } },
      incidentsNotRecorded: 2,
    });
  });
});
