import { useState, type SubmitEvent } from 'react';
import { repos } from '../../db/app-db';
import type { TeamRecord } from '../../domain/records/teams';
import { TextField } from '../../components/TextField';
import { selectTeam } from '../../app/team-context';
import { toast } from '../../stores/toast.store';

interface CreateTeamFormProps {
  readonly onCreated: (team: TeamRecord) => void;
  readonly autoFocus?: boolean;
  readonly submitLabel?: string;
}

export function CreateTeamForm({ onCreated, autoFocus, submitLabel }: CreateTeamFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await repos.teams.create({ name });
      if (!result.ok) {
        setError(result.errors.name);
        return;
      }
      setError(undefined);
      setName('');
      await selectTeam(result.value.id);
      toast.success(`Team “${result.value.name}” created.`);
      onCreated(result.value);
    } catch {
      toast.error('The team could not be saved. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Create a team">
      <TextField
        label="Team name"
        hint="The team that owns the services you will assess and drill, e.g. “Payments Platform”."
        value={name}
        onChange={setName}
        error={error}
        autoFocus={autoFocus}
        name="team-name"
      />
      <button type="submit" className="button primary" disabled={busy}>
        {submitLabel ?? 'Create team'}
      </button>
    </form>
  );
}
