import { describe, expect, it } from 'vitest';
import { drillOf } from '../trends/trends-fixtures';
import { toEvidenceDrills } from './drill-evidence-source';

const NOW = Date.UTC(2026, 0, 1);

describe('toEvidenceDrills: the day a drill ran', () => {
  // Half past midnight on 1 July in a zone one hour ahead of UTC in summer only.
  const start = Date.UTC(2025, 5, 30, 23, 30);
  const built = drillOf({ id: 'summer', day: 0, phases: [2, 3, 10, 5, 4, 6] });
  const shift = start - (built.events[0]?.at ?? 0);
  const events = built.events.map((event) => ({ ...event, at: event.at + shift }));
  const summerOnly = (at: number) => {
    const month = new Date(at).getUTCMonth();
    return month >= 3 && month <= 9 ? -60 : 0;
  };

  it('uses the offset in force when the drill started', () => {
    const [entry] = toEvidenceDrills([built.drill], events, NOW, summerOnly);
    expect(entry?.ranOn).toBe('2025-07-01');
  });

  it('still accepts one fixed offset', () => {
    const [entry] = toEvidenceDrills([built.drill], events, NOW, 0);
    expect(entry?.ranOn).toBe('2025-06-30');
  });

  it('gives a drill that never started its planned day', () => {
    const [entry] = toEvidenceDrills([{ ...built.drill, plannedFor: '2025-03-10' }], [], NOW, 300);
    expect(entry?.ranOn).toBe('2025-03-10');
  });
});
