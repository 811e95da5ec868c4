import { describe, expect, it } from 'vitest';
import type { MilestoneTime } from './incident';
import type { IncidentMilestoneId } from '../records/incidents';
import { checkOrder, dropLateStandIn } from './milestone-order';

const at = (iso: string, field: string, standIn?: 'creation'): MilestoneTime => ({
  at: Date.parse(iso),
  field,
  raw: iso,
  ...(standIn === undefined ? {} : { standIn }),
});

type Times = Partial<Record<IncidentMilestoneId, MilestoneTime>>;

describe('the order of milestones', () => {
  it('accepts an incident whose milestones keep their order', () => {
    const times: Times = {
      impactBegan: at('2026-02-01T10:00:00Z', 'start'),
      detected: at('2026-02-01T10:05:00Z', 'detected'),
      acknowledged: at('2026-02-01T10:06:00Z', 'ack'),
      mitigated: at('2026-02-01T10:30:00Z', 'mitigated'),
      recovered: at('2026-02-01T10:40:00Z', 'recovered'),
      closed: at('2026-02-02T09:00:00Z', 'closed'),
    };
    expect(checkOrder(times)).toEqual([]);
  });

  it('says plainly when an incident was recovered before it was detected', () => {
    const times: Times = {
      detected: at('2026-02-01T10:05:00Z', 'created_at'),
      recovered: at('2026-02-01T09:55:00Z', 'resolved_at'),
    };
    expect(checkOrder(times)).toEqual([
      'it was recovered before it was detected: resolved_at "2026-02-01T09:55:00Z" is before created_at "2026-02-01T10:05:00Z"',
    ]);
  });

  it('names both times of any other pair out of order', () => {
    const times: Times = {
      detected: at('2026-02-01T10:05:00Z', 'detected_at'),
      acknowledged: at('2026-02-01T10:01:00Z', 'acknowledged_at'),
      recovered: at('2026-02-01T10:40:00Z', 'resolved_at'),
      closed: at('2026-02-01T10:30:00Z', 'closed_at'),
    };
    expect(checkOrder(times)).toEqual([
      'milestones out of order: acknowledged comes before detected (acknowledged_at "2026-02-01T10:01:00Z" is before detected_at "2026-02-01T10:05:00Z")',
      'milestones out of order: closed comes before recovered (closed_at "2026-02-01T10:30:00Z" is before resolved_at "2026-02-01T10:40:00Z")',
    ]);
  });

  it('lets the cause be found after recovery, but not before detection', () => {
    const later: Times = {
      detected: at('2026-02-01T10:05:00Z', 'detected'),
      recovered: at('2026-02-01T10:40:00Z', 'recovered'),
      diagnosed: at('2026-02-01T15:00:00Z', 'identified'),
    };
    expect(checkOrder(later)).toEqual([]);
    const early: Times = { ...later, diagnosed: at('2026-02-01T10:00:00Z', 'identified') };
    expect(checkOrder(early)).toHaveLength(1);
  });

  it('drops a creation standing in for detection when the record was made after the fact', () => {
    const times: Times = {
      detected: at('2026-04-10T17:00:00Z', 'created_at', 'creation'),
      recovered: at('2026-04-09T21:00:00Z', 'resolved'),
    };
    expect(dropLateStandIn(times)).toContain('after it was recovered');
    const recorded: Times = { ...times, detected: at('2026-04-10T17:00:00Z', 'detected_at') };
    expect(dropLateStandIn(recorded)).toBeUndefined();
  });
});
