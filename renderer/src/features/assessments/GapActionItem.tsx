import { useId, useState } from 'react';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Id } from '../../domain/records/common';
import {
  type ActionItemRecord,
  type ActionItemStatus,
  ACTION_ITEM_STATUSES,
} from '../../domain/records/action-items';
import { type ActionItemField } from '../../domain/action-items/action-item-rules';
import { ACTION_ITEM_STATUS_LABELS, NO_OWNER } from '../../domain/words/action-items';
import { formatIsoDate } from '../../domain/dates/format';
import { DateField } from '../../components/DateField';
import type { PlacedCriterion } from '../../domain/maturity/model-types';
import { toast } from '../../stores/toast.store';
import { useSubmit } from '../../components/use-submit';

interface GapActionItemProps {
  readonly teamId: Id;
  readonly assessmentId: Id;
  readonly criterion: PlacedCriterion;
}

/** A gap's action item: the existing ones for this criterion, or a form to make one. */
export function GapActionItem({ teamId, assessmentId, criterion }: GapActionItemProps) {
  const existing = useLive(
    async () =>
      (await repos.actionItems.listForSource('assessment', assessmentId)).filter(
        (item) => item.source.criterionId === criterion.id,
      ),
    [assessmentId, criterion.id],
  );
  const [open, setOpen] = useState(false);
  if (existing === undefined) return null;
  return (
    <div className="gap-action">
      {existing.map((item) => (
        <p key={item.id} className="muted">
          Action item: {item.title} · {ACTION_ITEM_STATUS_LABELS[item.status]}
          {item.due !== null ? ` · due ${formatIsoDate(item.due)}` : ''}
        </p>
      ))}
      {open ? (
        <ActionItemForm
          teamId={teamId}
          assessmentId={assessmentId}
          criterion={criterion}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button small"
          aria-label={`Make an action item: ${criterion.text}`}
          onClick={() => {
            setOpen(true);
          }}
        >
          Make action item
        </button>
      )}
    </div>
  );
}

function ActionItemForm({
  teamId,
  assessmentId,
  criterion,
  onDone,
}: GapActionItemProps & { readonly onDone: () => void }) {
  const people = useLive(() => repos.people.listForTeam(teamId), [teamId]);
  const [title, setTitle] = useState(criterion.text.replace(/\.$/, ''));
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState('');
  const [status, setStatus] = useState<ActionItemStatus>('open');
  const { errors, busy, run } = useSubmit<ActionItemRecord, ActionItemField>();
  const id = useId();
  return (
    <form
      noValidate
      aria-label="New action item"
      className="action-item-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () =>
            repos.actionItems.create(teamId, {
              title,
              ownerId: ownerId === '' ? null : ownerId,
              due: due === '' ? null : due,
              status,
              source: { kind: 'assessment', id: assessmentId, criterionId: criterion.id },
            }),
          (item) => {
            toast.success(`Action item “${item.title}” added to the team’s list.`);
            onDone();
          },
        );
      }}
    >
      <TextField label="Title" value={title} onChange={setTitle} error={errors.title} autoFocus />
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select
          id={`${id}-owner`}
          value={ownerId}
          aria-invalid={errors.ownerId !== undefined}
          onChange={(event) => {
            setOwnerId(event.target.value);
          }}
        >
          <option value="">{NO_OWNER}</option>
          {people?.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
        {errors.ownerId !== undefined && <span className="error">{errors.ownerId}</span>}
      </div>
      <DateField label="Due date" value={due} onChange={setDue} error={errors.due} />
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as ActionItemStatus);
          }}
        >
          {ACTION_ITEM_STATUSES.map((option) => (
            <option key={option} value={option}>
              {ACTION_ITEM_STATUS_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <FormActions
        error={errors.form}
        submitLabel="Add action item"
        busy={busy}
        onCancel={onDone}
      />
    </form>
  );
}
