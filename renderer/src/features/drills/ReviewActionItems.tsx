import { useState } from 'react';
import { messagesOf } from '../../domain/outcome';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { DrillRecord } from '../../domain/records/drills';
import {
  type ActionItemRecord,
  type ActionItemStatus,
  ACTION_ITEM_STATUSES,
} from '../../domain/records/action-items';
import { ownerName, type ActionItemField } from '../../domain/action-items/action-item-rules';
import { ACTION_ITEM_STATUS_LABELS, NO_OWNER } from '../../domain/words/action-items';
import { formatIsoDate } from '../../domain/dates/format';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { toast } from '../../stores/toast.store';
import { useSubmit } from '../../components/use-submit';
import { SelectField } from '../../components/SelectField';

/** The drill's action items (also listed on the team's Home), and a form to add one. */
export function ReviewActionItems({ drill }: { readonly drill: DrillRecord }) {
  const data = useLive(async () => {
    const [items, people] = await Promise.all([
      repos.actionItems.listForSource('drill', drill.id),
      repos.people.listForTeam(drill.teamId),
    ]);
    return { items, people };
  }, [drill.id, drill.teamId]);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState('');
  const { errors, busy, run } = useSubmit<ActionItemRecord, ActionItemField>();
  if (data === undefined) return null;
  return (
    <section className="card" aria-labelledby="action-items-heading">
      <h2 id="action-items-heading">Action items</h2>
      {data.items.length === 0 ? (
        <p className="muted">No action items yet.</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Action items from this drill</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>{item.title}</td>
                <td>{ownerName(item.ownerId, data.people)}</td>
                <td>{item.due === null ? '—' : formatIsoDate(item.due)}</td>
                <td>
                  <select
                    aria-label={`Status of “${item.title}”`}
                    value={item.status}
                    onChange={(event) => {
                      const status = event.target.value as ActionItemStatus;
                      void repos.actionItems.update(item.id, { ...item, status }).then((r) => {
                        if (!r.ok) toast.error(messagesOf(r.errors)[0] ?? 'Not saved.');
                      });
                    }}
                  >
                    {ACTION_ITEM_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {ACTION_ITEM_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        noValidate
        aria-label="Add an action item"
        className="inline-form action-item-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            () =>
              repos.actionItems.create(drill.teamId, {
                title,
                ownerId: ownerId === '' ? null : ownerId,
                due: due === '' ? null : due,
                source: { kind: 'drill', id: drill.id, criterionId: null },
              }),
            (saved) => {
              setTitle('');
              setDue('');
              toast.success(`Action item “${saved.title}” added.`);
            },
          );
        }}
      >
        <TextField label="Action item" value={title} onChange={setTitle} error={errors.title} />
        <SelectField
          label="Owner"
          value={ownerId}
          onChange={setOwnerId}
          error={errors.ownerId}
          options={[['', NO_OWNER], ...data.people.map((p) => [p.id, p.name] as const)]}
        />
        <DateField label="Due" value={due} onChange={setDue} error={errors.due} />
        <FormActions error={errors.form} submitLabel="Add action item" busy={busy} />
      </form>
    </section>
  );
}
