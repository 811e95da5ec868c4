import { describe, expect, it } from 'vitest';
import { validatePersonInput, validateServiceInput, validateTeamInput } from '../teams/team-rules';
import { DEMO_HISTORY_DAYS, DAY_MS, type DemoDataset } from './dataset';
import { DEMO_SECTIONS, generateDemoData } from './generate-demo';
import { LEAD_ROLES } from './team-catalogue';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SEEDS = [1, 2, 7, 2026, 123_456, 4_294_967_295];

const of = (dataset: DemoDataset, teamId: string) => ({
  services: dataset.services.filter((service) => service.teamId === teamId),
  people: dataset.people.filter((person) => person.teamId === teamId),
});

describe('generateDemoData', () => {
  it('gives deep-equal output for the same seed and now', () => {
    expect(generateDemoData({ seed: 2026, now: NOW })).toEqual(
      generateDemoData({ seed: 2026, now: NOW }),
    );
  });

  it('gives different output for a different seed', () => {
    const a = generateDemoData({ seed: 1, now: NOW });
    const b = generateDemoData({ seed: 2, now: NOW });
    expect(a.teams.map((team) => team.id)).not.toEqual(b.teams.map((team) => team.id));
    expect(a.people.map((person) => person.name)).not.toEqual(
      b.people.map((person) => person.name),
    );
  });

  it('moves only the dates when now changes', () => {
    const a = generateDemoData({ seed: 5, now: NOW });
    const b = generateDemoData({ seed: 5, now: NOW + DAY_MS });
    const shift = (dataset: DemoDataset) =>
      dataset.services.map((service) => ({ ...service, createdAt: 0, updatedAt: 0 }));
    expect(shift(a)).toEqual(shift(b));
    expect(b.teams[0]?.createdAt).toBe((a.teams[0]?.createdAt ?? 0) + DAY_MS);
  });

  it('runs the teams section first, so later sections cannot change it', () => {
    expect(DEMO_SECTIONS[0]?.name).toBe('teams');
  });

  it.each(SEEDS)('creates four named teams with 3–6 services and 4–7 people (seed %d)', (seed) => {
    const dataset = generateDemoData({ seed, now: NOW });
    expect(dataset.teams.map((team) => team.name)).toEqual([
      'Payments Platform',
      'Checkout Web',
      'Identity & Access',
      'Data Pipelines',
    ]);
    for (const team of dataset.teams) {
      const { services, people } = of(dataset, team.id);
      expect(services.length).toBeGreaterThanOrEqual(3);
      expect(services.length).toBeLessThanOrEqual(6);
      expect(services.some((service) => service.tier === 1)).toBe(true);
      expect(people.length).toBeGreaterThanOrEqual(4);
      expect(people.length).toBeLessThanOrEqual(7);
      expect(people.slice(0, LEAD_ROLES.length).map((person) => person.role)).toEqual(LEAD_ROLES);
    }
  });

  it.each(SEEDS)('produces records that pass the team rules (seed %d)', (seed) => {
    const dataset = generateDemoData({ seed, now: NOW });
    dataset.teams.forEach((team, index) => {
      const before = dataset.teams.slice(0, index);
      expect(validateTeamInput(team, before)).toEqual({ ok: true, value: { name: team.name } });
    });
    for (const team of dataset.teams) {
      const { services, people } = of(dataset, team.id);
      services.forEach((service, index) => {
        const result = validateServiceInput(service, services.slice(0, index));
        expect(result).toEqual({ ok: true, value: { name: service.name, tier: service.tier } });
      });
      people.forEach((person, index) => {
        const result = validatePersonInput(person, people.slice(0, index));
        expect(result).toEqual({ ok: true, value: { name: person.name, role: person.role } });
      });
    }
  });

  it.each(SEEDS)('keeps every reference and id valid (seed %d)', (seed) => {
    const dataset = generateDemoData({ seed, now: NOW });
    const teamIds = new Set(dataset.teams.map((team) => team.id));
    for (const record of [...dataset.services, ...dataset.people]) {
      expect(teamIds.has(record.teamId)).toBe(true);
    }
    const ids = [...dataset.teams, ...dataset.services, ...dataset.people].map(
      (record) => record.id,
    );
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SEEDS)('gives every person a name unique across the data set (seed %d)', (seed) => {
    const names = generateDemoData({ seed, now: NOW }).people.map((person) => person.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(SEEDS)(
    'dates teams before the demo history and everything before now (seed %d)',
    (seed) => {
      const dataset = generateDemoData({ seed, now: NOW });
      const historyStart = NOW - DEMO_HISTORY_DAYS * DAY_MS;
      for (const team of dataset.teams) {
        expect(team.createdAt).toBeLessThan(historyStart);
        const { services, people } = of(dataset, team.id);
        for (const record of [...services, ...people]) {
          expect(record.createdAt).toBeGreaterThanOrEqual(team.createdAt);
          expect(record.createdAt).toBeLessThan(historyStart);
          expect(record.updatedAt).toBe(record.createdAt);
        }
      }
    },
  );

  it('varies the services and people between seeds', () => {
    const shapes = SEEDS.map((seed) => {
      const dataset = generateDemoData({ seed, now: NOW });
      return JSON.stringify([
        dataset.services.map((s) => s.name),
        dataset.people.map((p) => p.role),
      ]);
    });
    expect(new Set(shapes).size).toBeGreaterThan(1);
  });
});
