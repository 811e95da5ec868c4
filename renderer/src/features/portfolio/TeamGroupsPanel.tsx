// Team groups ("Payments", "Platform"): create one with its members, rename it, change its
// members, delete it. The repository checks every change against the rules in the domain; its
// messages are shown beside the field they are about.
import { useState } from 'react';
import { repos } from '../../db/app-db';
import { FormDialog } from '../../components/FormDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { TeamGroupRecord } from '../../domain/records/team-groups';
import type { GroupField, GroupOutcome } from '../../db/repositories/team-groups.repository';
import { countOf } from '../../domain/text/plural';
import { toast } from '../../stores/toast.store';

export interface TeamChoice {
  readonly id: Id;
  readonly name: string;
}

interface TeamGroupsPanelProps {
  readonly groups: readonly TeamGroupRecord[];
  readonly teams: readonly TeamChoice[];
}

type Editing =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly group: TeamGroupRecord }
  | { readonly kind: 'delete'; readonly group: TeamGroupRecord };

export function TeamGroupsPanel({ groups, teams }: TeamGroupsPanelProps) {
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const close = () => {
    setEditing({ kind: 'none' });
  };
  const names = new Map(teams.map((t) => [t.id, t.name]));
  return (
    <section className="team-groups card" aria-labelledby="team-groups-heading">
      <div className="section-heading">
        <h2 id="team-groups-heading">Team groups</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            setEditing({ kind: 'create' });
          }}
        >
          New group…
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="muted">
          No groups yet. A group (for example “Payments”) filters and summarises its teams.
        </p>
      ) : (
        <ul className="group-list">
          {groups.map((group) => (
            <li key={group.id}>
              <span>
                <strong>{group.name}</strong>{' '}
                <span className="muted">
                  ({countOf(group.teamIds.length, 'team', 'teams')}
                  {group.teamIds.length > 0 &&
                    `: ${group.teamIds.map((id) => names.get(id) ?? 'deleted team').join(', ')}`}
                  )
                </span>
              </span>
              <span className="button-row">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Edit ${group.name}`}
                  onClick={() => {
                    setEditing({ kind: 'edit', group });
                  }}
                >
                  Edit…
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Delete ${group.name}`}
                  onClick={() => {
                    setEditing({ kind: 'delete', group });
                  }}
                >
                  Delete…
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {(editing.kind === 'create' || editing.kind === 'edit') && (
        <GroupDialog
          key={editing.kind === 'edit' ? editing.group.id : 'new'}
          group={editing.kind === 'edit' ? editing.group : null}
          teams={teams}
          onDone={close}
        />
      )}
      <ConfirmDialog
        open={editing.kind === 'delete'}
        title={editing.kind === 'delete' ? `Delete the group “${editing.group.name}”?` : ''}
        confirmLabel="Delete group"
        danger
        onCancel={close}
        onConfirm={() => {
          if (editing.kind !== 'delete') return;
          const { group } = editing;
          void repos.teamGroups.delete(group.id).then(() => {
            toast.success(`Group “${group.name}” deleted; its teams are unchanged.`);
            close();
          });
        }}
      >
        <p>Its teams and their data stay as they are.</p>
      </ConfirmDialog>
    </section>
  );
}

interface GroupDialogProps {
  readonly group: TeamGroupRecord | null;
  readonly teams: readonly TeamChoice[];
  readonly onDone: () => void;
}

function GroupDialog({ group, teams, onDone }: GroupDialogProps) {
  const [name, setName] = useState(group?.name ?? '');
  const [members, setMembers] = useState<readonly Id[]>(group?.teamIds ?? []);
  const [errors, setErrors] = useState<FieldErrors<GroupField>>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const draft = { name, teamIds: members };
    const result: GroupOutcome =
      group === null
        ? await repos.teamGroups.create(draft)
        : await repos.teamGroups.update(group.id, draft);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    toast.success(`Group “${result.value.name}” saved.`);
    onDone();
  };
  return (
    <FormDialog
      open
      title={group === null ? 'New team group' : `Edit “${group.name}”`}
      submitLabel={group === null ? 'Create group' : 'Save group'}
      busy={busy}
      error={errors.form}
      onSubmit={() => {
        void submit();
      }}
      onCancel={onDone}
    >
      <TextField label="Group name" value={name} onChange={setName} error={errors.name} />
      <fieldset className="field">
        <legend>Teams in the group</legend>
        {teams.length === 0 && <p className="muted">There are no teams yet.</p>}
        <div className="member-list">
          {teams.map((team) => (
            <label key={team.id}>
              <input
                type="checkbox"
                checked={members.includes(team.id)}
                onChange={(event) => {
                  setMembers(
                    event.target.checked
                      ? [...members, team.id]
                      : members.filter((id) => id !== team.id),
                  );
                }}
              />
              {team.name}
            </label>
          ))}
        </div>
        {errors.teamIds !== undefined && (
          <p className="message error" role="alert">
            {errors.teamIds}
          </p>
        )}
      </fieldset>
    </FormDialog>
  );
}
