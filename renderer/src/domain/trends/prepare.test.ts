import { describe, expect, it } from 'vitest';
import { computeTrends } from './compute';
import { NO_FILTERS } from './filters';
import { prepareDrills } from './prepare';
import { drillOf, sourceOf } from './trends-fixtures';

const NOW = Date.UTC(2026, 0, 1);

describe('prepareDrills: the calendar date of a drill', () => {
  it('keeps the planned date of a drill aborted before it started, in any time zone', () => {
    const built = drillOf({ id: 'early', day: 68, phases: [], status: 'aborted' });
    const source = sourceOf([], {
      drills: [{ ...built.drill, plannedFor: '2025-03-10' }],
      eventsByDrill: new Map([['early', []]]),
    });
    // New York in winter: five hours behind UTC.
    const [prepared] = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 300 });
    expect(prepared?.date).toBe('2025-03-10');
    const view = computeTrends(
      source,
      prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 300 }),
      {
        filters: { ...NO_FILTERS, period: 'custom', from: '2025-03-10', to: '2025-03-10' },
        groupBy: 'team',
        today: '2025-12-31',
      },
    );
    expect(view.aborted).toBe(1);
  });

  it('dates each drill by the offset in force when it ran, not today’s', () => {
    // Local midnight plus half an hour on 1 July, in a zone one hour ahead of UTC in summer only.
    const start = Date.UTC(2025, 5, 30, 23, 30);
    const built = drillOf({ id: 'summer', day: 0, phases: [2, 3, 10, 5, 4, 6] });
    const shift = start - (built.events[0]?.at ?? 0);
    const events = built.events.map((event) => ({ ...event, at: event.at + shift }));
    const source = sourceOf([], {
      drills: [built.drill],
      eventsByDrill: new Map([['summer', events]]),
    });
    const summerOnly = (at: number) => {
      const month = new Date(at).getUTCMonth();
      return month >= 3 && month <= 9 ? -60 : 0;
    };
    const [prepared] = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: summerOnly });
    expect(prepared?.date).toBe('2025-07-01');
    // Read in winter with one fixed offset, the same drill would fall on the day before.
    const [fixed] = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
    expect(fixed?.date).toBe('2025-06-30');
  });
});
