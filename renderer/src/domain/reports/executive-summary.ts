// What page 1 of every report says before any detail: a few headline figures, each with the n it
// rests on, and the action items that are overdue on the day the report is generated, most
// overdue first. Each report kind chooses its headlines; the overdue list is the same in all.
import type { Id, IsoDate } from '../records/common';
import type { ActionItemRecord } from '../records/action-items';
import type { PersonRecord } from '../records/people';
import { isOverdue, ownerName } from '../action-items/action-item-rules';
import { daysBetween } from '../dates/iso-date';
import { formatIsoDate } from '../dates/format';

/** One headline figure: "Time to recover · 41:12 · target 45:00, on target". */
export interface Headline {
  readonly label: string;
  readonly value: string;
  /** What the figure rests on (its n) or is held against (its target). */
  readonly detail: string;
}

export interface OverdueRow {
  readonly key: Id;
  readonly title: string;
  readonly owner: string;
  /** "Due 3 Mar 2026 · 12 days overdue". */
  readonly due: string;
}

export interface OverdueSummary {
  /** At most `limit` rows, most overdue first. */
  readonly rows: readonly OverdueRow[];
  /** The sentence above (or instead of) the rows, with how many there are in all. */
  readonly text: string;
}

/** How many overdue items page 1 lists: enough to act on, few enough to fit beside the chart. */
export const OVERDUE_ON_PAGE_ONE = 3;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The overdue action items among `items` on `today`: unfinished and past their due date, the
 * longest overdue first (then by title and id, so the same data prints the same list).
 */
export function overdueActionItems(
  items: readonly ActionItemRecord[],
  people: readonly Pick<PersonRecord, 'id' | 'name'>[],
  today: IsoDate,
  limit: number = OVERDUE_ON_PAGE_ONE,
): OverdueSummary {
  const overdue = items
    .filter((item) => isOverdue(item, today))
    .sort(
      (a, b) =>
        (a.due ?? '').localeCompare(b.due ?? '') ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    );
  const rows = overdue.slice(0, limit).map((item) => {
    const due = item.due ?? today;
    return {
      key: item.id,
      title: item.title,
      owner: ownerName(item.ownerId, people),
      due: `Due ${formatIsoDate(due)} · ${plural(daysBetween(due, today), 'day', 'days')} overdue`,
    };
  });
  const total = overdue.length;
  const text =
    total === 0
      ? `No action item is overdue on ${formatIsoDate(today)}.`
      : total <= limit
        ? `${plural(total, 'action item is', 'action items are')} overdue on ${formatIsoDate(today)}.`
        : `${total} action items are overdue on ${formatIsoDate(today)}; the ${limit} most overdue are listed.`;
  return { rows, text };
}
