import { useId } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type {
  ActionItemRecord,
  ActionItemStatus,
  PersonRecord,
  TeamRecord,
} from '../../db/records';
import {
  ACTION_ITEM_STATUSES,
  isOverdue,
  STATUS_LABELS,
} from '../../domain/action-items/action-item-rules';
import { useToday } from '../../app/use-today';
import { toast } from '../../stores/toast.store';

const SOURCE_LABELS: Readonly<Record<ActionItemRecord['source']['kind'], string>> = {
  assessment: 'From an assessment',
  drill: 'From a drill review',
  manual: 'Added by hand',
};

/** The team's unfinished action items, soonest due first; the status changes in place. */
export function OpenActionItems({ team }: { readonly team: TeamRecord }) {
  const data = useLive(
    async () => ({
      items: (await repos.actionItems.listForTeam(team.id)).filter((i) => i.status !== 'done'),
      people: await repos.people.listForTeam(team.id),
    }),
    [team.id],
  );
  const today = useToday();
  return (
    <section className="card" aria-labelledby="open-actions-heading">
      <h2 id="open-actions-heading">Open action items</h2>
      {data !== undefined && data.items.length === 0 && (
        <p className="muted">
          Nothing open. Action items come from assessment gaps and drill reviews.
        </p>
      )}
      {data !== undefined && data.items.length > 0 && (
        <ul className="action-list">
          {data.items.map((item) => (
            <ActionItemRow key={item.id} item={item} people={data.people} today={today} />
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
  const owner = people.find((person) => person.id === item.ownerId)?.name ?? 'Unassigned';
  const overdue = isOverdue(item, today);
  async function setStatus(status: ActionItemStatus) {
    const result = await repos.actionItems.update(item.id, { ...item, status });
    if (!result.ok) toast.error(Object.values(result.errors).join(' '));
    else if (status === 'done') toast.success(`“${item.title}” is done.`);
  }
  return (
    <li className="action-item">
      <div>
        <strong>{item.title}</strong>
        <div className="muted">
          {owner} · {item.due === null ? 'no due date' : `due ${item.due}`}
          {overdue && <span className="overdue"> · overdue</span>} ·{' '}
          {SOURCE_LABELS[item.source.kind]}
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
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
