import { describe, expect, it } from 'vitest';
import { validateCommand, type DrillCommand } from '../drills/commands';
import { measureDrill } from '../drills/measures';
import { deriveRun } from '../drills/run-state';
import { DAY_MS } from './dataset';
import { generateDemoData } from './generate-demo';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const data = generateDemoData({ seed: 2026, now: NOW });

describe('demo drills', () => {
  it('gives every team about 18 months of drills, mostly completed and a few aborted', () => {
    for (const team of data.teams) {
      const drills = data.drills.filter((d) => d.teamId === team.id);
      expect(drills.length).toBeGreaterThanOrEqual(12);
      const dates = drills.map((d) => Date.parse(d.plannedFor)).sort((a, b) => a - b);
      expect((dates.at(-1) ?? 0) - (dates[0] ?? 0)).toBeGreaterThan(450 * DAY_MS);
      expect(new Set(drills.map((d) => d.scenarioId)).size).toBeGreaterThan(3);
    }
    const statuses = data.drills.map((d) => d.status);
    expect(statuses.filter((s) => s === 'aborted').length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 'aborted').length).toBeLessThan(statuses.length / 5);
    expect(data.drills.filter((d) => d.review !== null).length).toBeGreaterThan(
      data.drills.length / 2,
    );
    expect(data.actionItems.some((a) => a.source.kind === 'drill')).toBe(true);
  });

  it('holds only runs the app would have accepted, with the status they derive', () => {
    // Drills planned for after today are the upcoming-drills section's: they have not run.
    for (const drill of data.drills.filter((d) => Date.parse(d.plannedFor) <= NOW)) {
      const events = data.drillEvents.filter((e) => e.drillId === drill.id);
      events.forEach((event, index) => {
        const before = deriveRun(events.slice(0, index));
        const command = { ...event, kind: event.kind } as unknown as DrillCommand;
        if (event.kind === 'correct') return;
        expect(validateCommand(before, command, NOW).ok).toBe(true);
        expect(event.seq).toBe(index);
        expect(event.recordedAt).toBeLessThanOrEqual(NOW);
      });
      const state = deriveRun(events);
      expect(drill.status).toBe(state.status === 'closed' ? 'completed' : 'aborted');
    }
  });

  it('has heavy-tailed recovery times', () => {
    const times = data.drills
      .map((d) =>
        measureDrill(deriveRun(data.drillEvents.filter((e) => e.drillId === d.id)), null, NOW),
      )
      .map((m) => m.timeToRecover)
      .filter((t): t is number => t !== undefined)
      .sort((a, b) => a - b);
    const at = (q: number) => times[Math.floor(q * (times.length - 1))] ?? 0;
    expect(at(0.9) / at(0.5)).toBeGreaterThan(1.8);
  });
});
