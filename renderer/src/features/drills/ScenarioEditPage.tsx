import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Scenario, ScenarioField } from '../../domain/drills/scenario-rules';
import { scenarioInputOf, scenarioText } from '../../domain/drills/scenario-form';
import { fieldSetter } from '../../components/field-setter';
import { KitFields } from './KitFields';
import { toast } from '../../stores/toast.store';
import { useSubmit } from '../../components/use-submit';
import { TargetsField } from './TargetsField';
import { TextArea } from '../../components/TextArea';

/** New scenario at /drills/scenarios/new; a user scenario at /drills/scenarios/:id. */
export function ScenarioEditPage() {
  const { scenarioId = 'new' } = useParams();
  const scenario = useLive(
    async () => (scenarioId === 'new' ? null : ((await repos.scenarios.get(scenarioId)) ?? null)),
    [scenarioId],
  );
  if (scenario === undefined) return null;
  if (scenario?.builtIn === true) {
    return (
      <PageHeader
        title="Built-in scenario"
        description="Built-ins are not edited in place: use “Edit a copy” in the library."
      />
    );
  }
  return <ScenarioForm key={scenarioId} scenario={scenario} />;
}

function ScenarioForm({ scenario }: { readonly scenario: Scenario | null }) {
  const navigate = useNavigate();
  const [text, setText] = useState(() => scenarioText(scenario));
  const { errors, busy, run } = useSubmit<Scenario, ScenarioField>();
  const set = fieldSetter(text, setText);
  const title = scenario === null ? 'New scenario' : `Edit “${scenario.name}”`;
  return (
    <>
      <PageHeader title={title} />
      <form
        noValidate
        className="card"
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          const input = scenarioInputOf(text);
          void run(
            () =>
              scenario === null
                ? repos.scenarios.create(input)
                : repos.scenarios.update(scenario.id, input),
            (saved) => {
              toast.success(`Scenario “${saved.name}” saved.`);
              void navigate('/drills/scenarios');
            },
          );
        }}
      >
        <TextField label="Name" value={text.name} onChange={set('name')} error={errors.name} />
        <TextArea
          label="Description"
          value={text.description}
          onChange={set('description')}
          error={errors.description}
        />
        <TextArea
          label="Hypothesis template"
          value={text.hypothesis}
          onChange={set('hypothesis')}
          error={errors.hypothesis}
        />
        <TextArea
          label="Injection steps"
          hint="One step per line."
          value={text.injectionSteps}
          onChange={set('injectionSteps')}
          error={errors.injectionSteps}
          rows={4}
        />
        <TextField
          label="Expected detection signal"
          value={text.detectionSignal}
          onChange={set('detectionSignal')}
          error={errors.detectionSignal}
        />
        <TextArea
          label="Runbook checklist"
          hint="One item per line."
          value={text.runbook}
          onChange={set('runbook')}
          error={errors.runbook}
          rows={4}
        />
        <TargetsField value={text.targets} onChange={set('targets')} error={errors.targets} />
        <KitFields value={text.kit} onChange={set('kit')} errors={errors} />
        <FormActions
          error={errors.form}
          submitLabel="Save scenario"
          busy={busy}
          onCancel={() => void navigate('/drills/scenarios')}
        />
      </form>
    </>
  );
}
