import { describe, expect, it } from 'vitest';
import { computeTrends } from '../trends/compute';
import { NO_FILTERS } from '../trends/filters';
import { prepareDrills } from '../trends/prepare';
import { FULL, sourceOf } from '../trends/trends-fixtures';
import { prepareIncidents } from './prepare';
import { incidentRecord, recoveredIn } from './test-support';

describe('Trends with incidents', () => {
  const source = sourceOf([
    { id: 'd1', day: 0, phases: FULL, scenarioId: 'scenario-1' },
    { id: 'd2', day: 1, phases: FULL, severity: 'SEV1' },
  ]);
  const drills = prepareDrills(source, { now: Date.UTC(2030, 0, 1), timeZoneOffsetMinutes: 0 });
  const incidents = prepareIncidents(
    [
      recoveredIn('i1', 0, 30),
      { ...recoveredIn('i2', 1, 40), sourceKey: 'opsgenie' },
      incidentRecord({ id: 'i3', day: 2, at: { detected: 0, recovered: 9 }, severity: 'SEV1' }),
      incidentRecord({ id: 'open', day: 2, at: { detected: 0 }, state: 'open' }),
    ],
    { timeZoneOffsetMinutes: 0 },
  );
  const view = (filters: Partial<typeof NO_FILTERS>) =>
    computeTrends(source, drills, {
      filters: { ...NO_FILTERS, ...filters },
      groupBy: 'severity',
      today: '2025-03-01',
      incidents,
    }).reality;

  it('reads the recovered incidents in the same filters as the drills', () => {
    const all = view({});
    expect(all.incidents).toBe(3);
    expect(all.bySource).toEqual([
      { sourceKey: 'pagerduty', count: 2 },
      { sourceKey: 'opsgenie', count: 1 },
    ]);
    expect(all.comparison.drillCount).toBe(2);
    const sev1 = view({ severity: 'SEV1' });
    expect(sev1.incidents).toBe(1);
    expect(sev1.comparison.drillCount).toBe(1);
    expect(sev1.comparison.sentence).toMatch(/^Not enough SEV1 incidents to compare: 1 recovered/);
  });

  it('says the scenario filter narrows the drills only', () => {
    const scoped = view({ scenarioId: 'scenario-1' });
    expect(scoped.scenarioIgnored).toBe(true);
    expect(scoped.incidents).toBe(3);
    expect(view({}).scenarioIgnored).toBe(false);
  });

  it('counts every incident under a results filter, and says the filter narrows drills only', () => {
    const held = view({ hypothesis: 'yes' });
    // The drills have no review: none of them held, yet every incident is still counted.
    expect(held.comparison.drillCount).toBe(0);
    expect(held.incidents).toBe(3);
    expect(held.resultsIgnored).toBe(true);
    expect(view({ checklist: 'none' }).resultsIgnored).toBe(true);
    expect(view({ detectedBy: 'not-recorded' }).comparison.drillCount).toBe(2);
    expect(view({}).resultsIgnored).toBe(false);
  });

  it('has no incidents when none are given', () => {
    const without = computeTrends(source, drills, {
      filters: NO_FILTERS,
      groupBy: 'severity',
      today: '2025-03-01',
    });
    expect(without.reality.incidents).toBe(0);
  });
});
