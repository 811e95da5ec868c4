import { describe, expect, it } from 'vitest';
import type { ActionItemRecord } from '../records/action-items';
import { overdueActionItems } from './executive-summary';

const item = (id: string, due: string | null, extra: Partial<ActionItemRecord> = {}) =>
  ({
    id,
    teamId: 't',
    title: `Item ${id}`,
    ownerId: null,
    due,
    status: 'open',
    source: { kind: 'manual', id: null, criterionId: null },
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  }) satisfies ActionItemRecord;

describe('overdue action items on page 1', () => {
  const today = '2026-03-10';

  it('lists the most overdue first, at most three, and says how many there are in all', () => {
    const items = [
      item('a', '2026-03-09'),
      item('b', '2026-01-01'),
      item('c', '2026-02-01'),
      item('d', '2026-02-15'),
      item('e', '2026-03-10'),
      item('f', null),
      item('g', '2025-12-01', { status: 'done' }),
    ];
    const summary = overdueActionItems(items, [], today);
    expect(summary.rows.map((row) => row.key)).toEqual(['b', 'c', 'd']);
    expect(summary.rows[0]?.due).toBe('Due 1 Jan 2026 · 68 days overdue');
    expect(summary.text).toBe(
      '4 action items are overdue on 10 Mar 2026; the 3 most overdue are listed.',
    );
  });

  it('says so when nothing is overdue, and speaks of one item as one', () => {
    expect(overdueActionItems([item('e', today)], [], today)).toEqual({
      rows: [],
      text: 'No action item is overdue on 10 Mar 2026.',
    });
    expect(overdueActionItems([item('a', '2026-03-09')], [], today).text).toBe(
      '1 action item is overdue on 10 Mar 2026.',
    );
  });
});
