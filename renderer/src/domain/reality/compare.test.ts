import { describe, expect, it } from 'vitest';
import { prepareDrills } from '../trends/prepare';
import { sourceOf } from '../trends/trends-fixtures';
import { compareWithReality, minutesWords, ratioWords, type RealityRow } from './compare';
import { prepareIncidents } from './prepare';
import { incidentRecord, recoveredIn } from './test-support';

const UTC = { timeZoneOffsetMinutes: 0 };

/** Completed drills recovering in the given minutes (acknowledge 1 + diagnose x + mitigate 1 + verify 1). */
function drillsRecoveringIn(minutes: readonly number[]) {
  const source = sourceOf(
    minutes.map((m, index) => ({ id: `d${index}`, day: index, phases: [2, 1, m - 3, 1, 1, 1] })),
  );
  return prepareDrills(source, { now: Date.UTC(2030, 0, 1), timeZoneOffsetMinutes: 0 });
}

function incidentsRecoveringIn(minutes: readonly number[]) {
  return prepareIncidents(
    minutes.map((m, index) => recoveredIn(`i${index}`, index, m)),
    UTC,
  );
}

const row = (rows: readonly RealityRow[], measure: RealityRow['measure']) =>
  rows.find((r) => r.measure === measure) as RealityRow;

describe('compareWithReality', () => {
  const drills = drillsRecoveringIn([10, 12, 14, 16, 18]);

  it('puts drills and incidents side by side with hand-computed n, median and p90', () => {
    const incidents = [
      ...incidentsRecoveringIn([20, 30, 40, 50, 60, 100]),
      ...prepareIncidents(
        [
          // Open: never counted.
          incidentRecord({ id: 'open', day: 9, at: { detected: 0 }, state: 'open' }),
          // Recovered, but its tool recorded no recovery time: out of the n, never 0.
          incidentRecord({ id: 'no-time', day: 9, at: { detected: 0, acknowledged: 4 } }),
        ],
        UTC,
      ),
    ];
    const result = compareWithReality(drills, incidents);
    expect(result.drillCount).toBe(5);
    expect(result.incidentCount).toBe(7);
    const recover = row(result.rows, 'timeToRecover');
    // Drills 10 12 14 16 18: median 14; p90 at h = 3.6: 16 + 0.6·2 = 17.2.
    expect(recover.drills).toMatchObject({ n: 5, median: 14 });
    expect(recover.drills.p90).toBeCloseTo(17.2, 10);
    // Incidents 20 30 40 50 60 100: median (40 + 50) / 2 = 45; p90 at h = 4.5: 60 + 0.5·40 = 80.
    expect(recover.incidents).toMatchObject({ n: 6, median: 45, p90: 80 });
    expect(recover.incidentsNotRecorded).toBe(1);
    expect(recover.ratio).toBeCloseTo(45 / 14, 10);
    // Every incident took longer than every drill: every resampled difference is above 0.
    expect(recover.difference?.distinguishable).toBe(true);
    expect(recover.difference?.low).toBeGreaterThanOrEqual(2);
    expect(recover.difference?.high).toBeLessThanOrEqual(90);
    // The acknowledge phase: drills 1 min each; only the incident that recorded one has it.
    const acknowledge = row(result.rows, 'acknowledge');
    expect(acknowledge.drills).toMatchObject({ n: 5, median: 1 });
    expect(acknowledge.incidents).toMatchObject({ n: 1, median: 4 });
    expect(acknowledge.incidentsNotRecorded).toBe(6);
    expect(acknowledge.difference).toBeNull();
    expect(result.sentence).toMatch(
      /^In drills the team recovers in a median of 14 min; in real incidents, 45 min \(n = 6 vs 5 drills\)\. Real incidents take about 3\.2× as long to recover as drills: with 95 % confidence between \d+(\.\d)? min and \d+(\.\d)? min longer\. 1 recovered incident has no recovery time recorded and is left out\.$/,
    );
  });

  it('gives the same interval every time: the bootstrap is seeded', () => {
    const incidents = incidentsRecoveringIn([20, 30, 40, 50, 60, 100]);
    const first = row(compareWithReality(drills, incidents).rows, 'timeToRecover');
    const second = row(compareWithReality(drills, incidents).rows, 'timeToRecover');
    expect(second.difference).toEqual(first.difference);
  });

  it('claims nothing below five incidents with a recovery time', () => {
    const result = compareWithReality(drills, incidentsRecoveringIn([20, 30, 40, 50]));
    const recover = row(result.rows, 'timeToRecover');
    expect(recover.difference).toBeNull();
    expect(recover.incidents).toMatchObject({ n: 4, median: 35 });
    expect(result.sentence).toBe(
      'Not enough incidents to compare: 4 recovered incidents have a recovery time in these filters, and at least 5 are needed, so no difference is claimed.',
    );
  });

  it('claims nothing below five drills with a recovery time', () => {
    const result = compareWithReality(
      drillsRecoveringIn([10, 12]),
      incidentsRecoveringIn([20, 30, 40, 50, 60]),
      'SEV1 incidents',
    );
    expect(row(result.rows, 'timeToRecover').difference).toBeNull();
    expect(result.sentence).toBe(
      'Not enough drills to compare: 2 completed drills have a recovery time in these filters, and at least 5 are needed, so no difference is claimed.',
    );
  });

  it('says plainly when the data cannot tell drills and incidents apart', () => {
    const result = compareWithReality(drills, incidentsRecoveringIn([9, 11, 13, 15, 17, 19]));
    expect(row(result.rows, 'timeToRecover').difference?.distinguishable).toBe(false);
    expect(result.sentence).toMatch(
      /^In drills the team recovers in a median of 14 min; in real incidents, 14 min \(n = 6 vs 5 drills\)\. With these numbers the data cannot tell drills and real incidents apart: the difference of medians could be anywhere from −\d+(\.\d)? min to \+\d+(\.\d)? min\.$/,
    );
  });

  it('says so when real incidents recover faster', () => {
    const result = compareWithReality(
      drills,
      incidentsRecoveringIn([2, 3, 4, 5, 6]),
      'SEV3 incidents',
    );
    expect(result.sentence).toMatch(
      /Real SEV3 incidents recover faster than drills: with 95 % confidence between \d+(\.\d)? min and \d+(\.\d)? min shorter\.$/,
    );
  });

  it('names a creation time standing in for detection', () => {
    const incidents = prepareIncidents(
      [20, 30, 40, 50, 60].map((m, index) =>
        incidentRecord({
          id: `i${index}`,
          day: index,
          at: { detected: 0, recovered: m },
          standIn: index < 2,
        }),
      ),
      UTC,
    );
    const result = compareWithReality(drills, incidents);
    expect(row(result.rows, 'timeToRecover').incidentsStandIn).toBe(2);
    // Verify runs mitigated → recovered: nothing measured from detection.
    expect(row(result.rows, 'verify').incidentsStandIn).toBe(0);
    expect(result.sentence).toContain(
      "For 2 of the 5 incidents, detection is the incident's creation: the tool records no separate detection.",
    );
  });

  it('compares every phase and time to recover, time to recover first', () => {
    expect(compareWithReality([], []).rows.map((r) => r.measure)).toEqual([
      'timeToRecover',
      'detect',
      'acknowledge',
      'diagnose',
      'mitigate',
      'verify',
      'close',
    ]);
  });
});

describe('words', () => {
  it('writes minutes whole from 10 up and to one decimal below', () => {
    expect(minutesWords(47.4)).toBe('47 min');
    expect(minutesWords(4.25)).toBe('4.3 min');
  });
  it('writes a ratio to one decimal, a whole one without it', () => {
    expect(ratioWords(2.04)).toBe('2×');
    expect(ratioWords(3.21)).toBe('3.2×');
  });
});
