// Settings → Maturity models: every model the app can use (built in and imported), each exported
// as a YAML file an organisation can edit, and the import of an edited file as a model of its own.
import { useState } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { ModelSummary } from '../../db/repositories/models.repository';
import { toast } from '../../stores/toast.store';
import { ModelImport } from './ModelImport';
import { saveTextFile } from '../../platform/save-file';

export function ModelsSection() {
  const models = useLive(() => repos.models.summaries(), []);
  return (
    <section className="card data-section" aria-labelledby="models-heading">
      <h2 id="models-heading">Maturity models</h2>
      <p>
        Each team answers its assessments on one model (chosen in the team’s settings). Export a
        model as a YAML file to reword, add or remove criteria, then import it as a model of your
        own. The scoring rule is the same for every model.
      </p>
      {models !== undefined && <ModelsTable models={models} />}
      <h3>Import a model file</h3>
      <ModelImport />
    </section>
  );
}

function ModelsTable({ models }: { readonly models: readonly ModelSummary[] }) {
  return (
    <table className="data models-table">
      <caption className="visually-hidden">Maturity models in this app</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Id</th>
          <th scope="col" className="numeric">
            Categories
          </th>
          <th scope="col" className="numeric">
            Criteria
          </th>
          <th scope="col">Source</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {models.map((model) => (
          <tr key={model.id}>
            <td>{model.name}</td>
            <td>
              <code>{model.id}</code>
            </td>
            <td className="numeric">{model.categories}</td>
            <td className="numeric">{model.criteria}</td>
            <td>{model.builtIn ? 'Built in' : 'Imported'}</td>
            <td>
              <ExportButton model={model} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExportButton({ model }: { readonly model: ModelSummary }) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const content = await repos.models.exportFile(model.id);
      if (content === undefined) {
        toast.error(`The model ${model.id} is no longer in this app.`);
        return;
      }
      const outcome = await saveTextFile({
        suggestedName: `${model.id.replace('@', '-v')}.yaml`,
        content,
        kind: 'maturity-model',
      });
      if (outcome.kind === 'failed') toast.error(outcome.message);
      if (outcome.kind === 'saved') toast.success(`${model.id} saved as ${outcome.fileName}.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="button"
      aria-disabled={busy}
      aria-label={`Export ${model.name} (${model.id}) as YAML`}
      onClick={() => {
        if (!busy) void save();
      }}
    >
      Export YAML
    </button>
  );
}
