import { describe, expect, it } from 'vitest';
import { EMPTY_DRILL_KIT, type DrillRecord } from '../records/drills';
import { KIT } from '../drills/kit-fixtures';
import { DEFAULT_TARGETS } from '../drills/phases';
import { DEFAULT_ROLE_CARDS } from '../words/drill-kit';
import { buildRoleCards } from './role-cards';

const DRILL: DrillRecord = {
  id: 'drill-1',
  teamId: 'team-1',
  scenarioId: 'builtin:database-failover',
  status: 'planned',
  severity: 'SEV2',
  plannedFor: '2025-03-03',
  serviceIds: [],
  title: 'Ledger failover',
  scenarioName: 'Database failover',
  hypothesis: 'We fail over in 2 minutes.',
  roles: {
    facilitator: 'Ana',
    incidentCommander: 'Ben',
    scribe: '',
    responders: ['Cleo', 'Dev'],
    observers: [],
  },
  targets: DEFAULT_TARGETS,
  kit: { ...KIT, roleCards: DEFAULT_ROLE_CARDS },
  review: null,
  createdAt: 0,
  updatedAt: 0,
};

describe('role cards', () => {
  const report = buildRoleCards(DRILL, 'Payments');

  it('has one card per role, in order, naming who holds it', () => {
    expect(report.cards.map((card) => [card.title, card.people])).toEqual([
      ['Facilitator', 'Ana'],
      ['Incident commander', 'Ben'],
      ['Scribe', 'Not named'],
      ['Responders', 'Cleo, Dev'],
      ['Observers', 'Not named'],
    ]);
    expect(report.fileName).toBe('mttr-role-cards-payments-ledger-failover-2025-03-03.pdf');
  });

  it('puts injects on the facilitator’s card only, and the observer list on the observers’', () => {
    const text = (index: number) => JSON.stringify(report.cards[index]);
    expect(text(0)).toContain('T+5:00: Replica lag is 30 s');
    for (const index of [1, 2, 3, 4]) expect(text(index)).not.toContain('Replica lag is 30 s');
    expect(report.cards[4]?.lists).toEqual([
      { title: 'Expected actions to tick', items: ['Acknowledge: Incident channel opened'] },
    ]);
  });

  it('says so when a role has no card, and leaves out empty lists', () => {
    const bare = buildRoleCards({ ...DRILL, kit: EMPTY_DRILL_KIT }, null);
    expect(bare.cards[0]?.duty).toBe('No card was written for this role.');
    expect(bare.cards[0]?.lists).toEqual([]);
    expect(bare.title).toBe('Unknown team — Ledger failover, 3 Mar 2025: role cards');
  });
});
