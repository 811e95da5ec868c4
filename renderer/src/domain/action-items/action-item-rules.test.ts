import { describe, expect, it } from 'vitest';
import type { ActionItemRecord } from '../records/action-items';
import {
  compareActionItems,
  isOverdue,
  ownerName,
  TITLE_MAX_LENGTH,
  validateActionItemInput,
} from './action-item-rules';

const people = ['p1', 'p2'];
const valid = {
  title: 'Add a runbook link to the disk alert',
  ownerId: 'p1',
  due: '2025-03-01',
  status: 'open',
};

function item(overrides: Partial<ActionItemRecord>): ActionItemRecord {
  return {
    id: 'a',
    teamId: 't',
    title: 'x',
    ownerId: null,
    due: null,
    status: 'open',
    source: { kind: 'manual', id: null, criterionId: null },
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('validateActionItemInput', () => {
  it('accepts a complete item and normalises the title', () => {
    expect(validateActionItemInput({ ...valid, title: '  Add   a runbook ' }, people)).toEqual({
      ok: true,
      value: { title: 'Add a runbook', ownerId: 'p1', due: '2025-03-01', status: 'open' },
    });
  });

  it('refuses a due date outside the years a history holds', () => {
    expect(validateActionItemInput({ ...valid, due: '9999-12-31' }, people)).toEqual({
      ok: false,
      errors: { due: 'Give a date from 2000-01-01 to 2199-12-31.' },
    });
  });

  it('allows no owner and no due date', () => {
    const result = validateActionItemInput({ ...valid, ownerId: null, due: '  ' }, people);
    expect(result).toEqual({
      ok: true,
      value: { ...(result.ok && result.value), ownerId: null, due: null },
    });
  });

  it('names every problem at once', () => {
    expect(
      validateActionItemInput(
        { title: ' ', ownerId: 'stranger', due: '2025-02-30', status: 'later' },
        people,
      ),
    ).toEqual({
      ok: false,
      errors: {
        title: 'Say what needs doing.',
        ownerId: 'Choose an owner from the team, or leave it unassigned.',
        due: 'Give the due date as a real date (YYYY-MM-DD).',
        status: 'Choose open, in progress or done.',
      },
    });
  });

  it(`accepts ${TITLE_MAX_LENGTH} characters and refuses one more`, () => {
    expect(
      validateActionItemInput({ ...valid, title: 'x'.repeat(TITLE_MAX_LENGTH) }, people).ok,
    ).toBe(true);
    expect(
      validateActionItemInput({ ...valid, title: 'x'.repeat(TITLE_MAX_LENGTH + 1) }, people),
    ).toEqual({
      ok: false,
      errors: { title: `Keep the title to 200 characters or fewer (this one has 201).` },
    });
  });
});

describe('compareActionItems', () => {
  it('puts unfinished first, then earliest due, undated last, then by title', () => {
    const items = [
      item({ id: '1', title: 'b', status: 'done', due: '2025-01-01' }),
      item({ id: '2', title: 'z', due: null }),
      item({ id: '3', title: 'a', due: null }),
      item({ id: '4', title: 'c', due: '2025-02-01', status: 'in-progress' }),
      item({ id: '5', title: 'd', due: '2025-01-15' }),
    ];
    expect([...items].sort(compareActionItems).map((i) => i.id)).toEqual(['5', '4', '3', '2', '1']);
  });

  it('settles equal items by id, whatever order they were read in', () => {
    const twins = [item({ id: 'b', title: 'Same' }), item({ id: 'a', title: 'Same' })];
    expect([...twins].sort(compareActionItems).map((i) => i.id)).toEqual(['a', 'b']);
    expect(
      [...twins]
        .reverse()
        .sort(compareActionItems)
        .map((i) => i.id),
    ).toEqual(['a', 'b']);
  });
});

describe('ownerName', () => {
  const team = [{ id: 'p1', name: 'Grace Hopper' }];

  it('names the owner, and says unassigned for no owner or one who has left the team', () => {
    expect(ownerName('p1', team)).toBe('Grace Hopper');
    expect(ownerName(null, team)).toBe('Unassigned');
    expect(ownerName('left', team)).toBe('Unassigned');
  });
});

describe('isOverdue', () => {
  it('is true only for unfinished items due before today', () => {
    expect(isOverdue(item({ due: '2025-01-14' }), '2025-01-15')).toBe(true);
    expect(isOverdue(item({ due: '2025-01-15' }), '2025-01-15')).toBe(false);
    expect(isOverdue(item({ due: null }), '2025-01-15')).toBe(false);
    expect(isOverdue(item({ due: '2025-01-01', status: 'done' }), '2025-01-15')).toBe(false);
  });
});
