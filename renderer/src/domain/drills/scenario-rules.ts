// What a valid user scenario is, and how built-ins and user scenarios read as one library.
import type { ScenarioRecord } from '../records/scenarios';
import { type DrillPhaseId, type PhaseTargets, PHASES } from '../records/drills';
import { normaliseName } from '../teams/team-rules';
import type { FieldErrors, Outcome } from '../outcome';
import { BUILT_IN_SCENARIOS, type ScenarioTemplate } from './builtin-scenarios';
import { PHASE_LABELS } from '../words/drills';

export interface Scenario extends ScenarioTemplate {
  readonly id: string;
  readonly builtIn: boolean;
  readonly derivedFrom: string | null;
}

export type ScenarioField =
  | 'name'
  | 'description'
  | 'hypothesis'
  | 'injectionSteps'
  | 'detectionSignal'
  | 'runbook'
  | 'targets';

export interface ScenarioInput {
  readonly name: string;
  readonly description: string;
  readonly hypothesis: string;
  /** One step per line. */
  readonly injectionSteps: string;
  readonly detectionSignal: string;
  readonly runbook: string;
  readonly targets: Readonly<Record<DrillPhaseId, unknown>>;
}

export const SCENARIO_NAME_MAX = 100;
export const TEXT_MAX = 2000;
/** A week: longer than any drill should run. */
export const TARGET_MAX_MINUTES = 7 * 24 * 60;

export function builtInScenarios(): Scenario[] {
  return BUILT_IN_SCENARIOS.map((s) => ({ ...s, builtIn: true, derivedFrom: null }));
}

/** Only the template's own fields, whatever else the object carries. */
export function templateOf(source: ScenarioTemplate): ScenarioTemplate {
  return {
    name: source.name,
    description: source.description,
    hypothesis: source.hypothesis,
    injectionSteps: source.injectionSteps,
    detectionSignal: source.detectionSignal,
    runbook: source.runbook,
    targets: source.targets,
  };
}

export function fromRecord(record: ScenarioRecord): Scenario {
  return { ...templateOf(record), id: record.id, derivedFrom: record.derivedFrom, builtIn: false };
}

export function toInput(scenario: ScenarioTemplate): ScenarioInput {
  return {
    name: scenario.name,
    description: scenario.description,
    hypothesis: scenario.hypothesis,
    injectionSteps: scenario.injectionSteps.join('\n'),
    detectionSignal: scenario.detectionSignal,
    runbook: scenario.runbook.join('\n'),
    targets: scenario.targets,
  };
}

/**
 * Why the scenario cannot be edited, or null when it can: built-ins come with the app and are the
 * same for everyone, so they are cloned and the copy edited.
 */
export function whyNotEditable(
  builtIn: boolean,
  existing: ScenarioRecord | undefined,
): string | null {
  if (builtIn) return 'Built-in scenarios are not edited; edit a copy.';
  return existing === undefined ? 'This scenario has been removed.' : null;
}

/** Targets in whole minutes, 1 to a week each; `error` names every phase at fault. */
export function validateTargets(
  targets: Readonly<Record<DrillPhaseId, unknown>>,
): Outcome<PhaseTargets, 'targets'> {
  const bad = PHASES.filter((phase) => {
    const value = targets[phase];
    return !(
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= TARGET_MAX_MINUTES
    );
  });
  if (bad.length > 0) {
    const names = bad.map((phase) => PHASE_LABELS[phase]).join(', ');
    return {
      ok: false,
      errors: {
        targets: `Give every phase a target in whole minutes from 1 to ${TARGET_MAX_MINUTES} (check ${names}).`,
      },
    };
  }
  return { ok: true, value: targets as PhaseTargets };
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function validateScenarioInput(
  input: ScenarioInput,
): Outcome<ScenarioTemplate, ScenarioField> {
  const errors: FieldErrors<ScenarioField> = {};
  const name = normaliseName(input.name);
  if (name === '') errors.name = 'Give the scenario a name.';
  else if (name.length > SCENARIO_NAME_MAX) {
    errors.name = `Keep the name to ${SCENARIO_NAME_MAX} characters or fewer (this one has ${name.length}).`;
  }
  const description = input.description.trim();
  if (description === '') errors.description = 'Describe what fails in this scenario.';
  const hypothesis = input.hypothesis.trim();
  if (hypothesis === '') errors.hypothesis = 'Write the hypothesis the drill will test.';
  const detectionSignal = input.detectionSignal.trim();
  const injectionSteps = lines(input.injectionSteps);
  if (injectionSteps.length === 0) errors.injectionSteps = 'List at least one injection step.';
  const runbook = lines(input.runbook);
  for (const [field, text] of [
    ['description', description],
    ['hypothesis', hypothesis],
    ['detectionSignal', detectionSignal],
    ['injectionSteps', input.injectionSteps],
    ['runbook', input.runbook],
  ] as const) {
    if (text.length > TEXT_MAX) errors[field] = `Keep it to ${TEXT_MAX} characters or fewer.`;
  }
  const targets = validateTargets(input.targets);
  if (!targets.ok) errors.targets = targets.errors.targets;
  if (Object.keys(errors).length > 0 || !targets.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      description,
      hypothesis,
      injectionSteps,
      detectionSignal,
      runbook,
      targets: targets.value,
    },
  };
}
