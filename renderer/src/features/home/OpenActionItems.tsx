import { useId } from 'react';
import { messagesOf } from '../../domain/outcome';
import { repos } from '../../db/app-db';
import type { PersonRecord } from '../../domain/records/people';
import {
  type ActionItemRecord,
  type ActionItemStatus,
  ACTION_ITEM_STATUSES,
} from '../../domain/records/action-items';
import { isOverdue, ownerName } from '../../domain/action-items/action-item-rules';
import {
  ACTION_ITEM_SOURCE_LABELS,
  ACTION_ITEM_STATUS_LABELS,
} from '../../domain/words/action-items';
import { useToday } from '../../session/use-today';
import { toast } from '../../stores/toast.store';
import { formatIsoDate } from '../../domain/dates/format';

interface OpenActionItemsProps {
  /** The team's unfinished items, soonest due first; `undefined` while loading. */
  readonly items: readonly ActionItemRecord[] | undefined;
  readonly people: readonly PersonRecord[];
}

/**
 * The team's unfinished action items; the status changes in place. The caller reads them, so a
 * screen showing several cards reads the database once.
 */
export function OpenActionItems({ items, people }: OpenActionItemsProps) {
  const today = useToday();
  return (
    <section className="card" aria-labelledby="open-actions-heading">
      <h2 id="open-actions-heading">Open action items</h2>
      {items !== undefined && items.length === 0 && (
        <p className="muted">
          Nothing open. Action items come from assessment gaps and drill reviews.
        </p>
      )}
      {items !== undefined && items.length > 0 && (
        <ul className="action-list">
          {items.map((item) => (
            <ActionItemRow key={item.id} item={item} people={people} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RowProps {
  readonly item: ActionItemRecord;
  readonly people: readonly PersonRecord[];
  readonly today: string;
}

function ActionItemRow({ item, people, today }: RowProps) {
  const statusId = useId();
  const owner = ownerName(item.ownerId, people);
  const overdue = isOverdue(item, today);
  async function setStatus(status: ActionItemStatus) {
    const result = await repos.actionItems.update(item.id, { ...item, status });
    if (!result.ok) toast.error(messagesOf(result.errors).join(' '));
    else if (status === 'done') toast.success(`“${item.title}” is done.`);
  }
  return (
    <li className="action-item">
      <div>
        <strong>{item.title}</strong>
        <div className="muted">
          {owner} · {item.due === null ? 'no due date' : `due ${formatIsoDate(item.due)}`}
          {overdue && <span className="overdue"> · overdue</span>} ·{' '}
          {ACTION_ITEM_SOURCE_LABELS[item.source.kind]}
        </div>
      </div>
      <div className="action-status">
        <label htmlFor={statusId} className="visually-hidden">
          Status of “{item.title}”
        </label>
        <select
          id={statusId}
          value={item.status}
          onChange={(event) => {
            void setStatus(event.target.value as ActionItemStatus).catch(() => {
              toast.error('The status could not be saved.');
            });
          }}
        >
          {ACTION_ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ACTION_ITEM_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
