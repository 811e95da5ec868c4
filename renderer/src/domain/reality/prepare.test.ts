import { describe, expect, it } from 'vitest';
import { prepareIncidents } from './prepare';
import { incidentRecord } from './test-support';

const MIN = 60_000;
const UTC = { timeZoneOffsetMinutes: 0 };

describe('prepareIncidents', () => {
  it('measures each phase between the milestones that bound it, as drills do', () => {
    const [incident] = prepareIncidents(
      [
        incidentRecord({
          id: 'i1',
          day: 0,
          at: {
            impactBegan: 0,
            detected: 5,
            acknowledged: 8,
            diagnosed: 20,
            mitigated: 30,
            recovered: 35,
            closed: 60,
          },
        }),
      ],
      UTC,
    );
    expect(incident?.phases).toEqual({
      detect: 5 * MIN,
      acknowledge: 3 * MIN,
      diagnose: 12 * MIN,
      mitigate: 10 * MIN,
      verify: 5 * MIN,
      close: 25 * MIN,
    });
    expect(incident?.measures.timeToRecover).toBe(30 * MIN);
    expect(incident?.date).toBe('2025-01-01');
  });

  it('leaves a phase whose milestone is not recorded, or runs backwards, without a duration', () => {
    const [incident] = prepareIncidents(
      [
        incidentRecord({
          id: 'i1',
          day: 0,
          // No acknowledgement; the cause was written down after the mitigation.
          at: { detected: 0, diagnosed: 40, mitigated: 30, recovered: 45 },
        }),
      ],
      UTC,
    );
    expect(incident?.phases).toEqual({
      detect: undefined,
      acknowledge: undefined,
      diagnose: undefined,
      mitigate: undefined,
      verify: 15 * MIN,
      close: undefined,
    });
    expect(incident?.measures.timeToRecover).toBe(45 * MIN);
  });

  it('reads only recovered incidents, oldest first', () => {
    const prepared = prepareIncidents(
      [
        incidentRecord({ id: 'late', day: 3, at: { detected: 0, recovered: 10 } }),
        incidentRecord({ id: 'open', day: 1, at: { detected: 0 }, state: 'open' }),
        incidentRecord({ id: 'early', day: 2, at: { detected: 0, recovered: 10 } }),
      ],
      UTC,
    );
    expect(prepared.map((i) => i.id)).toEqual(['early', 'late']);
  });

  it('dates an incident by its detection on the user’s calendar', () => {
    // Detected 14:00 after 10:00 UTC = 00:00 UTC next day; in UTC−5 still 1 January.
    const record = incidentRecord({ id: 'i', day: 0, at: { detected: 14 * 60, recovered: 900 } });
    expect(prepareIncidents([record], UTC)[0]?.date).toBe('2025-01-02');
    expect(prepareIncidents([record], { timeZoneOffsetMinutes: 300 })[0]?.date).toBe('2025-01-01');
  });

  it('dates an incident without a detection by its earliest recorded milestone', () => {
    const record = incidentRecord({ id: 'i', day: 4, at: { acknowledged: 30, recovered: 60 } });
    const [incident] = prepareIncidents([record], UTC);
    expect(incident?.date).toBe('2025-01-05');
    expect(incident?.measures.timeToRecover).toBeUndefined();
  });

  it('keeps a flag the source did not state as unknown, never as no', () => {
    const [incident] = prepareIncidents(
      [incidentRecord({ id: 'i', day: 0, at: { detected: 0, recovered: 5 }, review: false })],
      UTC,
    );
    expect(incident?.runbookUsed).toBeNull();
    expect(incident?.automationUsed).toBeNull();
    expect(incident?.reviewHeld).toBe(false);
  });
});
