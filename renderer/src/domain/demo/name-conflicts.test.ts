import { describe, expect, it } from 'vitest';
import { EMPTY_DEMO_DATASET, type DemoDataset } from './dataset';
import { demoConflictMessage, demoNameConflicts } from './name-conflicts';

const stamp = { createdAt: 0, updatedAt: 0 };
const dataset: DemoDataset = {
  ...EMPTY_DEMO_DATASET,
  teams: [{ id: 't1', name: 'Payments', demo: true, modelId: 'mttr-maturity@1', ...stamp }],
  services: [{ id: 's1', teamId: 't1', name: 'Ledger', tier: 1, ...stamp }],
  people: [{ id: 'p1', teamId: 't1', name: 'Amara Okafor', role: 'SRE', ...stamp }],
};

describe('demoNameConflicts', () => {
  it('finds nothing in an empty database, nor in the demo records themselves', () => {
    expect(demoNameConflicts(dataset, { teams: [], services: [], people: [] })).toEqual([]);
    expect(demoNameConflicts(dataset, { ...dataset })).toEqual([]);
  });

  it('names a team, a service and a person whose names are already used, as a reader sees them', () => {
    const conflicts = demoNameConflicts(dataset, {
      teams: [...dataset.teams, { id: 'mine', name: ' PAYMENTS ' }],
      services: [{ id: 'other', teamId: 't1', name: 'ledger' }],
      people: [{ id: 'other', teamId: 't1', name: 'Amara  Okafor' }],
    });
    expect(conflicts).toEqual([
      'the team “Payments”',
      'the service “Ledger” in “Payments”',
      '“Amara Okafor” in “Payments”',
    ]);
  });

  it('compares services and people only within their team', () => {
    expect(
      demoNameConflicts(dataset, {
        teams: [],
        services: [{ id: 'other', teamId: 't2', name: 'Ledger' }],
        people: [],
      }),
    ).toEqual([]);
  });
});

describe('demoConflictMessage', () => {
  it('names five clashes and counts the rest', () => {
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(demoConflictMessage(seven)).toBe(
      'The demo data can’t be loaded because some of its names are already used: a, b, c, d, e, and 2 more. Rename those, then load the demo data again.',
    );
  });
});
