import { useState } from 'react';
import { repos } from '../db/app-db';
import type { TeamRecord } from '../domain/records/teams';
import { FormError } from '../components/FormError';
import { TextField } from '../components/TextField';
import { useSubmit } from '../components/use-submit';
import { selectTeam } from '../session/team-context';
import { toast } from '../stores/toast.store';

interface CreateTeamFormProps {
  readonly onCreated: (team: TeamRecord) => void;
  readonly autoFocus?: boolean;
  readonly submitLabel?: string;
}

export function CreateTeamForm({ onCreated, autoFocus, submitLabel }: CreateTeamFormProps) {
  const [name, setName] = useState('');
  const { errors, busy, run } = useSubmit<TeamRecord, 'name'>(
    'The team could not be saved. Nothing was changed.',
  );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () => repos.teams.create({ name }),
          async (team) => {
            setName('');
            await selectTeam(team.id);
            toast.success(`Team “${team.name}” created.`);
            onCreated(team);
          },
        );
      }}
      noValidate
      aria-label="Create a team"
    >
      <TextField
        label="Team name"
        hint="The team that owns the services you will assess and drill, e.g. “Payments Platform”."
        value={name}
        onChange={setName}
        error={errors.name}
        autoFocus={autoFocus}
        name="team-name"
      />
      <FormError message={errors.form} />
      <button type="submit" className="button primary" disabled={busy}>
        {submitLabel ?? 'Create team'}
      </button>
    </form>
  );
}
