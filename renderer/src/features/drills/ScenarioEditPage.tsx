import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import { type DrillPhaseId, PHASES } from '../../domain/records/drills';
import { DEFAULT_TARGETS } from '../../domain/drills/phases';
import {
  kitInput,
  toInput,
  type Scenario,
  type ScenarioField,
} from '../../domain/drills/scenario-rules';
import { DEFAULT_KIT } from '../../domain/drills/builtin-scenarios';
import { KitFields, type KitText } from './KitFields';
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

type Targets = Record<DrillPhaseId, string>;

function ScenarioForm({ scenario }: { readonly scenario: Scenario | null }) {
  const navigate = useNavigate();
  const initial = scenario === null ? null : toInput(scenario);
  const [fields, setFields] = useState({
    name: initial?.name ?? '',
    description: initial?.description ?? '',
    hypothesis: initial?.hypothesis ?? '',
    injectionSteps: initial?.injectionSteps ?? '',
    detectionSignal: initial?.detectionSignal ?? '',
    runbook: initial?.runbook ?? '',
  });
  const [kit, setKit] = useState<KitText>(() => kitInput(scenario ?? DEFAULT_KIT));
  const [targets, setTargets] = useState<Targets>(
    Object.fromEntries(
      PHASES.map((p) => [p, String((scenario?.targets ?? DEFAULT_TARGETS)[p])]),
    ) as Targets,
  );
  const { errors, busy, run } = useSubmit<Scenario, ScenarioField>();
  const set = (key: keyof typeof fields) => (value: string) => {
    setFields({ ...fields, [key]: value });
  };
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
          const input = {
            ...fields,
            ...kit,
            targets: Object.fromEntries(PHASES.map((p) => [p, Number(targets[p])])) as Record<
              DrillPhaseId,
              number
            >,
          };
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
        <TextField label="Name" value={fields.name} onChange={set('name')} error={errors.name} />
        <TextArea
          label="Description"
          value={fields.description}
          onChange={set('description')}
          error={errors.description}
        />
        <TextArea
          label="Hypothesis template"
          value={fields.hypothesis}
          onChange={set('hypothesis')}
          error={errors.hypothesis}
        />
        <TextArea
          label="Injection steps"
          hint="One step per line."
          value={fields.injectionSteps}
          onChange={set('injectionSteps')}
          error={errors.injectionSteps}
          rows={4}
        />
        <TextField
          label="Expected detection signal"
          value={fields.detectionSignal}
          onChange={set('detectionSignal')}
          error={errors.detectionSignal}
        />
        <TextArea
          label="Runbook checklist"
          hint="One item per line."
          value={fields.runbook}
          onChange={set('runbook')}
          error={errors.runbook}
          rows={4}
        />
        <TargetsField value={targets} onChange={setTargets} error={errors.targets} />
        <KitFields value={kit} onChange={setKit} errors={errors} />
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
