import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../drills/builtin-scenarios';
import { validateDrillPlan } from '../drills/plan-rules';
import { DAY_MS } from './dataset';
import { DEMO_SECTIONS, generateDemoData } from './generate-demo';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const TODAY = '2025-06-01';

describe('demo upcoming drills', () => {
  it.each([1, 7, 2026])(
    'plans one or two drills per team in the coming weeks (seed %d)',
    (seed) => {
      const data = generateDemoData({ seed, now: NOW });
      const planned = data.drills.filter((d) => d.status === 'planned');
      for (const team of data.teams) {
        const mine = planned.filter((d) => d.teamId === team.id);
        expect(mine.length).toBeGreaterThanOrEqual(1);
        expect(mine.length).toBeLessThanOrEqual(2);
        for (const drill of mine) {
          expect(drill.plannedFor > TODAY).toBe(true);
          expect(Date.parse(drill.plannedFor) - NOW).toBeLessThan(60 * DAY_MS);
          expect(drill.createdAt).toBeLessThanOrEqual(NOW);
          expect(data.drillEvents.some((e) => e.drillId === drill.id)).toBe(false);
        }
      }
    },
  );

  it('holds only plans the planning form would accept', () => {
    const data = generateDemoData({ seed: 2026, now: NOW });
    for (const drill of data.drills.filter((d) => d.status === 'planned')) {
      const services = data.services.filter((s) => s.teamId === drill.teamId).map((s) => s.id);
      const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === drill.scenarioId);
      const result = validateDrillPlan(
        {
          ...drill,
          ...drill.roles,
          responders: drill.roles.responders.join(', '),
          observers: drill.roles.observers.join(', '),
        },
        { teamServiceIds: services, scenarioName: scenario?.name },
      );
      expect(result.ok).toBe(true);
      expect(drill.serviceIds.every((id) => services.includes(id))).toBe(true);
    }
  });

  it('comes last, so the sections before it produce what they did', () => {
    expect(DEMO_SECTIONS.at(-1)?.name).toBe('upcoming-drills');
    const sections = DEMO_SECTIONS.slice(0, -1);
    const before = sections.map((section) => section.name);
    expect(before).toEqual(['teams', 'assessments', 'drills']);
  });
});
