import { useState } from 'react';
import { repos } from '../../db/app-db';
import type { TeamRecord } from '../../domain/records/teams';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { toast } from '../../stores/toast.store';
import { useSubmit } from '../../components/use-submit';

export function RenameTeamForm({ team }: { readonly team: TeamRecord }) {
  const [name, setName] = useState(team.name);
  const { errors, busy, run } = useSubmit<TeamRecord, 'name'>();
  const unchanged = name === team.name;
  return (
    <form
      noValidate
      aria-label="Rename team"
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () => repos.teams.rename(team.id, name),
          (renamed) => {
            setName(renamed.name);
            toast.success(`Team renamed to “${renamed.name}”.`);
          },
        );
      }}
    >
      <TextField label="Team name" value={name} onChange={setName} error={errors.name} />
      <FormError message={errors.form} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || unchanged}>
          Rename
        </button>
      </div>
    </form>
  );
}
