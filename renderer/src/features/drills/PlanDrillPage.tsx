import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateField';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import {
  type DrillPhaseId,
  type DrillRecord,
  PHASES,
  SEVERITIES,
} from '../../domain/records/drills';
import { localToday } from '../../platform/reader';
import { DEFAULT_TARGETS } from '../../domain/drills/phases';
import { type DrillPlanField } from '../../domain/drills/plan-rules';
import {
  fillFromScenario,
  replaceWords,
  type ReplaceableField,
  type ScenarioFields,
} from '../../domain/drills/plan-fill';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SEVERITY_LABELS } from '../../domain/words/drills';
import type { Scenario } from '../../domain/drills/scenario-rules';
import { toast } from '../../stores/toast.store';
import { NeedsTeam } from '../../session/NeedsTeam';
import { useSubmit } from '../../components/use-submit';
import { RolesField, type RolesText } from './RolesField';
import { SelectField } from '../../components/SelectField';
import { ServicesField } from './ServicesField';
import { TargetsField } from './TargetsField';
import { TextArea } from '../../components/TextArea';
import { drillKitOf } from '../../domain/drills/kit';
import { KitSummary } from './KitSummary';

export function PlanDrillPage() {
  return (
    <>
      <PageHeader
        title="Plan a drill"
        description="Choose a scenario, who takes part and the targets."
      />
      <NeedsTeam>{(team) => <PlanLoader team={team} />}</NeedsTeam>
    </>
  );
}

/** /drills/:drillId/edit — the same form, for a drill that has not started yet. */
export function EditDrillPlanPage() {
  const { drillId = '' } = useParams();
  const drill = useLive(async () => (await repos.drills.get(drillId)) ?? null, [drillId]);
  return (
    <>
      <PageHeader
        title="Edit the plan"
        description="Change the plan until the drill starts; after that the run is the record."
      />
      <NeedsTeam>
        {(team) => {
          if (drill === undefined) return null;
          if (drill === null || drill.teamId !== team.id) {
            return (
              <p>
                This drill is not one of {team.name}&apos;s.{' '}
                <Link to="/drills">Back to drills</Link>
              </p>
            );
          }
          if (drill.status !== 'planned') {
            return (
              <p>
                This drill has started, so its plan can no longer change.{' '}
                <Link to={`/drills/${drill.id}`}>See the drill</Link>
              </p>
            );
          }
          return <PlanLoader key={drill.id} team={team} initial={drill} />;
        }}
      </NeedsTeam>
    </>
  );
}

function PlanLoader({
  team,
  initial,
}: {
  readonly team: TeamRecord;
  readonly initial?: DrillRecord;
}) {
  const data = useLive(async () => {
    const [scenarios, services, people] = await Promise.all([
      repos.scenarios.list(),
      repos.services.listForTeam(team.id),
      repos.people.listForTeam(team.id),
    ]);
    return { scenarios, services, people };
  }, [team.id]);
  if (data === undefined) return null;
  return <PlanForm team={team} initial={initial} {...data} />;
}

type Targets = Record<DrillPhaseId, string>;
const asText = (targets: Readonly<Record<DrillPhaseId, number>>): Targets =>
  Object.fromEntries(PHASES.map((p) => [p, String(targets[p])])) as Targets;

function PlanForm(props: {
  readonly team: TeamRecord;
  readonly scenarios: readonly Scenario[];
  readonly services: readonly { id: string; name: string }[];
  readonly people: readonly { name: string }[];
  readonly initial?: DrillRecord | undefined;
}) {
  const { team, scenarios, services, people, initial } = props;
  const navigate = useNavigate();
  const [scenarioId, setScenarioId] = useState(initial?.scenarioId ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [serviceIds, setServiceIds] = useState<readonly string[]>(initial?.serviceIds ?? []);
  const [severity, setSeverity] = useState<string>(initial?.severity ?? 'SEV2');
  const [plannedFor, setPlannedFor] = useState(() => initial?.plannedFor ?? localToday());
  const [hypothesis, setHypothesis] = useState(initial?.hypothesis ?? '');
  const [roles, setRoles] = useState<RolesText>({
    facilitator: initial?.roles.facilitator ?? '',
    incidentCommander: initial?.roles.incidentCommander ?? '',
    scribe: initial?.roles.scribe ?? '',
    responders: initial?.roles.responders.join(', ') ?? '',
    observers: initial?.roles.observers.join(', ') ?? '',
  });
  const [targets, setTargets] = useState<Targets>(asText(initial?.targets ?? DEFAULT_TARGETS));
  const { errors, busy, run } = useSubmit<DrillRecord, DrillPlanField>();
  const chosen = scenarios.find((s) => s.id === scenarioId);
  // What the form itself filled in, per field: a new plan starts from the default targets; every
  // value of a saved plan is the facilitator's own.
  const [putThere, setPutThere] = useState<Partial<ScenarioFields>>(
    initial === undefined ? { title: '', hypothesis: '', targets: asText(DEFAULT_TARGETS) } : {},
  );
  const [asking, setAsking] = useState<{
    readonly name: string;
    readonly fields: ScenarioFields;
    readonly wouldReplace: readonly ReplaceableField[];
  } | null>(null);
  const apply = (fill: Partial<ScenarioFields>) => {
    if (fill.title !== undefined) setTitle(fill.title);
    if (fill.hypothesis !== undefined) setHypothesis(fill.hypothesis);
    if (fill.targets !== undefined) setTargets({ ...fill.targets });
    setPutThere((before) => ({ ...before, ...fill }));
  };
  const chooseScenario = (id: string) => {
    setScenarioId(id);
    const scenario = scenarios.find((s) => s.id === id);
    if (scenario === undefined) return;
    // The template fills the plan where the facilitator has not written their own.
    const fields = {
      title: scenario.name,
      hypothesis: scenario.hypothesis,
      targets: asText(scenario.targets),
    };
    const { fill, wouldReplace } = fillFromScenario(
      { title, hypothesis, targets },
      putThere,
      fields,
    );
    apply(fill);
    setAsking(wouldReplace.length === 0 ? null : { name: scenario.name, fields, wouldReplace });
  };
  return (
    <>
      <ConfirmDialog
        open={asking !== null}
        title="Replace what you wrote?"
        confirmLabel="Use the scenario’s"
        onCancel={() => {
          setAsking(null);
        }}
        onConfirm={() => {
          if (asking !== null) {
            apply(
              Object.fromEntries(asking.wouldReplace.map((field) => [field, asking.fields[field]])),
            );
          }
          setAsking(null);
        }}
      >
        {asking !== null && (
          <p>
            “{asking.name}” comes with its own {asking.wouldReplace.join(' and ')}. Replace{' '}
            {replaceWords(asking.wouldReplace)} with the scenario’s? Cancel keeps yours.
          </p>
        )}
      </ConfirmDialog>
      <form
        noValidate
        className="card plan-form"
        aria-label={initial === undefined ? 'Plan a drill' : 'Edit the plan'}
        onSubmit={(event) => {
          event.preventDefault();
          const input = {
            title,
            scenarioId,
            serviceIds,
            severity,
            plannedFor,
            hypothesis,
            ...roles,
            targets: Object.fromEntries(
              PHASES.map((p) => [p, targets[p].trim() === '' ? NaN : Number(targets[p])]),
            ) as Record<DrillPhaseId, number>,
          };
          void run(
            () =>
              initial === undefined
                ? repos.drills.plan(team.id, input)
                : repos.drills.updatePlan(initial.id, input),
            (drill) => {
              toast.success(
                initial === undefined
                  ? `Drill “${drill.title}” planned.`
                  : `Plan of “${drill.title}” saved.`,
              );
              // The drill's page, never the run: starting it is a deliberate act of its own.
              void navigate(`/drills/${drill.id}`);
            },
          );
        }}
      >
        <SelectField
          label="Scenario"
          value={scenarioId}
          onChange={chooseScenario}
          error={errors.scenarioId}
          options={[
            ['', 'Choose a scenario'],
            ...scenarios.map((s) => [s.id, s.builtIn ? s.name : `${s.name} (yours)`] as const),
          ]}
        />
        <TextField label="Title" value={title} onChange={setTitle} error={errors.title} />
        <ServicesField
          services={services}
          value={serviceIds}
          onChange={setServiceIds}
          error={errors.serviceIds}
        />
        <SelectField
          label="Severity"
          value={severity}
          onChange={setSeverity}
          error={errors.severity}
          options={SEVERITIES.map((s) => [s, SEVERITY_LABELS[s]] as const)}
        />
        <DateField
          label="Planned date"
          value={plannedFor}
          onChange={setPlannedFor}
          error={errors.plannedFor}
        />
        <TextArea
          label="Hypothesis"
          hint="What you expect, e.g. “when X fails, we detect within 5 minutes and recover within 30”."
          value={hypothesis}
          onChange={setHypothesis}
          error={errors.hypothesis}
        />
        <RolesField value={roles} onChange={setRoles} people={people} errors={errors} />
        <TargetsField value={targets} onChange={setTargets} error={errors.targets} />
        {chosen !== undefined && (
          <KitSummary
            id="plan-kit-heading"
            kit={initial?.scenarioId === chosen.id ? initial.kit : drillKitOf(chosen)}
            title="Copied into the drill when planned"
          />
        )}
        <FormActions
          error={errors.form}
          submitLabel={initial === undefined ? 'Plan drill' : 'Save plan'}
          busy={busy}
          onCancel={() =>
            void navigate(initial === undefined ? '/drills' : `/drills/${initial.id}`)
          }
        />
      </form>
    </>
  );
}
