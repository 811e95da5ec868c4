import { describe, expect, it } from 'vitest';
import { teamKind } from '../records/teams';
import { generateDemoData } from './generate-demo';
import { demoTeams, describeSampleData, isDemoTeam, type SampleDataSummary } from './sample-data';

const NOW = Date.UTC(2026, 10, 20, 12);
const own = {
  id: '0b5c5c2e-8f1a-4c59-9d7e-2f6a1c3b4d5e',
  name: 'Payments Platform',
  demo: false,
  createdAt: NOW,
  updatedAt: NOW,
};

describe('what is sample data', () => {
  it('is every team the demo generator makes, and only those', () => {
    const dataset = generateDemoData({ seed: 2026, now: NOW });
    expect(dataset.teams.length).toBeGreaterThan(0);
    expect(dataset.teams.every(isDemoTeam)).toBe(true);
    expect(demoTeams([own, ...dataset.teams])).toEqual(dataset.teams);
  });

  it('is never a team of the user’s, even one named like a sample team', () => {
    const [sample] = generateDemoData({ seed: 2026, now: NOW }).teams;
    expect(demoTeams([{ ...own, name: sample?.name ?? '' }])).toEqual([]);
    expect(demoTeams([own])).toEqual([]);
  });

  it('is never a team stored before teams were marked: it restores as the user’s own', () => {
    const old = {
      id: '7d0e4c1a-2b3f-4a5c-8d6e-9f0a1b2c3d4e',
      name: 'Checkout Web',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const restored = teamKind.restore(old);
    expect(restored).toEqual({ ...old, demo: false, modelId: 'mttr-maturity@1' });
    expect(teamKind.schema().safeParse(restored).success).toBe(true);
    // A marker that is present is kept, not overwritten by the default.
    expect(teamKind.restore({ ...old, demo: true })).toMatchObject({ demo: true });
  });

  it('is refused when the marker is not a yes or no', () => {
    expect(teamKind.schema().safeParse({ ...own, demo: 'yes' }).success).toBe(false);
  });
});

describe('the removal’s confirmation', () => {
  const summary: SampleDataSummary = {
    teams: ['Checkout Web', 'Data Pipelines'],
    services: 9,
    people: 1,
    assessments: 6,
    drills: 40,
    actionItems: 0,
  };

  it('names each sample team and what goes with them, and says the user’s own data stays', () => {
    expect(describeSampleData(summary)).toBe(
      'This deletes the 2 sample teams “Checkout Web” and “Data Pipelines”, with 9 services, 1 person, 6 assessments and 40 drills. Your own teams and everything recorded for them are kept.',
    );
  });

  it('speaks of one team, and of a team that holds nothing', () => {
    const one = { ...summary, teams: ['Checkout Web'], services: 0, people: 0, assessments: 0 };
    expect(describeSampleData({ ...one, drills: 0 })).toBe(
      'This deletes the sample team “Checkout Web”. Your own teams and everything recorded for them are kept.',
    );
    expect(describeSampleData(one)).toContain('“Checkout Web”, with 40 drills.');
  });

  it('offers nothing when there is no sample data', () => {
    expect(describeSampleData({ ...summary, teams: [] })).toBeNull();
  });
});
