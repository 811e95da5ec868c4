import { describe, expect, it } from 'vitest';
import { NO_MILESTONES, type Milestones } from './incident';
import { type IncidentMilestoneId } from '../records/incidents';
import { measureIncident } from './incident-measures';

const MIN = 60_000;
const T0 = Date.parse('2026-02-01T10:00:00Z');

function milestones(
  minutes: Partial<Record<IncidentMilestoneId, number>>,
  standIn = false,
): Milestones {
  const entries = Object.entries(minutes).map(([id, offset]) => [
    id,
    {
      at: T0 + offset * MIN,
      field: id,
      raw: '',
      ...(standIn && id === 'detected' ? { standIn: 'creation' } : {}),
    },
  ]);
  return { ...NO_MILESTONES, ...Object.fromEntries(entries) } as Milestones;
}

describe('the measures of an incident', () => {
  it('uses the drills’ definitions: recover and acknowledge from detection, phases in turn', () => {
    const measures = measureIncident({
      milestones: milestones({
        impactBegan: 0,
        detected: 5,
        acknowledged: 8,
        diagnosed: 20,
        mitigated: 30,
        recovered: 45,
        stakeholdersNotified: 15,
      }),
    });
    expect(measures).toEqual({
      timeToDetect: 5 * MIN,
      timeToAcknowledge: 3 * MIN,
      timeToDiagnose: 12 * MIN,
      timeToMitigate: 10 * MIN,
      timeToRecover: 40 * MIN,
      impactDuration: 45 * MIN,
      commsLatency: 10 * MIN,
      detectionStandsIn: false,
    });
  });

  it('leaves a measure with a missing end undefined, never 0', () => {
    const measures = measureIncident({
      milestones: milestones({ detected: 0, recovered: 30 }, true),
    });
    expect(measures.timeToAcknowledge).toBeUndefined();
    expect(measures.timeToDetect).toBeUndefined();
    expect(measures.timeToRecover).toBe(30 * MIN);
    expect(measures.detectionStandsIn).toBe(true);
  });

  it('gives no phase duration when the cause was found after the mitigation', () => {
    const measures = measureIncident({
      milestones: milestones({
        detected: 0,
        acknowledged: 2,
        mitigated: 10,
        diagnosed: 60,
        recovered: 20,
      }),
    });
    expect(measures.timeToMitigate).toBeUndefined();
    expect(measures.timeToDiagnose).toBe(58 * MIN);
  });

  it('counts stakeholders told before detection as told at once, as drills do', () => {
    expect(
      measureIncident({ milestones: milestones({ detected: 10, stakeholdersNotified: 4 }) })
        .commsLatency,
    ).toBe(0);
  });
});
