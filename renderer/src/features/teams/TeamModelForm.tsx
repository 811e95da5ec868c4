// A team's maturity model: the one its new assessments are taken on. Assessments already taken
// keep the model they were taken with, so switching never changes a past result.
import { useState } from 'react';
import { Link } from 'react-router';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { toast } from '../../stores/toast.store';
import { useSubmit } from '../../components/use-submit';

export function TeamModelSection({ team }: { readonly team: TeamRecord }) {
  return (
    <section className="card" aria-labelledby="team-model-heading">
      <h2 id="team-model-heading">Maturity model</h2>
      <p className="muted">
        New assessments are taken on this model. Assessments already taken keep the model they were
        taken with. Import a model of your own in <Link to="/settings">Settings</Link>.
      </p>
      <TeamModelForm key={team.modelId} team={team} />
    </section>
  );
}

function TeamModelForm({ team }: { readonly team: TeamRecord }) {
  const models = useLive(() => repos.models.summaries(), []);
  const [modelId, setModelId] = useState(team.modelId);
  const { errors, busy, run } = useSubmit<TeamRecord, 'modelId'>();
  if (models === undefined) return null;
  const options = models.map((model): readonly [string, string] => [
    model.id,
    `${model.name} (${model.id})`,
  ]);
  // A model the app no longer reads (only a damaged store gives one) is still named.
  if (!models.some((model) => model.id === team.modelId)) {
    options.push([team.modelId, `${team.modelId} (not in this app)`]);
  }
  return (
    <form
      noValidate
      aria-label="Team maturity model"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () => repos.teams.chooseModel(team.id, modelId),
          (chosen) => {
            toast.success(`${chosen.name} now takes new assessments on ${chosen.modelId}.`);
          },
        );
      }}
    >
      <SelectField
        label="Model for new assessments"
        value={modelId}
        onChange={setModelId}
        options={options}
        error={errors.modelId}
      />
      <FormError message={errors.form} />
      <div className="actions">
        <button
          type="submit"
          className="button primary"
          disabled={busy || modelId === team.modelId}
        >
          Use this model
        </button>
      </div>
    </form>
  );
}
