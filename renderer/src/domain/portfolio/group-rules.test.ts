import { describe, expect, it } from 'vitest';
import { groupProblems, normaliseGroupName } from './group-rules';
import { group } from './test-support';

const context = {
  groups: [group('g1', 'Payments', ['t1'])],
  teamIds: new Set(['t1', 't2']),
};

describe('team group rules', () => {
  it('accepts a new name with existing teams', () => {
    expect(groupProblems({ name: 'Platform', teamIds: ['t1', 't2'] }, context)).toBeNull();
  });
  it('needs a name', () => {
    expect(groupProblems({ name: '   ', teamIds: [] }, context)?.name).toMatch(/name/);
  });
  it('refuses a name another group has, whatever its case and spaces', () => {
    expect(groupProblems({ name: ' payments ', teamIds: [] }, context)?.name).toMatch(
      /already a group named “payments”/,
    );
  });
  it('lets a group keep its own name when renamed or edited', () => {
    expect(
      groupProblems({ name: 'Payments', teamIds: ['t2'] }, { ...context, selfId: 'g1' }),
    ).toBeNull();
  });
  it('refuses a member that is not a team, or one listed twice', () => {
    expect(groupProblems({ name: 'X', teamIds: ['gone'] }, context)?.teamIds).toMatch(/no longer/);
    expect(groupProblems({ name: 'X', teamIds: ['t1', 't1'] }, context)?.teamIds).toMatch(/twice/);
  });
  it('refuses a name that is too long', () => {
    expect(groupProblems({ name: 'x'.repeat(81), teamIds: [] }, context)?.name).toMatch(/80/);
  });
  it('reads names as people do: trimmed, inner spaces joined', () => {
    expect(normaliseGroupName('  Core   platform ')).toBe('Core platform');
  });
});
