// What a valid user scenario is, and how built-ins and user scenarios read as one library.
import type { ScenarioRecord } from '../records/scenarios';
import {
  type DrillPhaseId,
  type FacilitatorKit,
  type PhaseTargets,
  type RoleId,
  PHASES,
  ROLES,
} from '../records/drills';
import {
  injectLine,
  parseHints,
  parseInjects,
  parseObserverChecklist,
  phasedLine,
} from './kit-text';
import { normaliseName } from '../teams/team-rules';
import type { FieldErrors, Outcome } from '../outcome';
import { BUILT_IN_SCENARIOS, DEFAULT_KIT, type ScenarioTemplate } from './builtin-scenarios';
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
  | 'targets'
  | 'injects'
  | 'hints'
  | 'observerChecklist'
  | 'prerequisites'
  | 'stopConditions'
  | 'roleCards';

export interface ScenarioInput {
  readonly name: string;
  readonly description: string;
  readonly hypothesis: string;
  /** One step per line. */
  readonly injectionSteps: string;
  readonly detectionSignal: string;
  readonly runbook: string;
  readonly targets: Readonly<Record<DrillPhaseId, unknown>>;
  /**
   * The kit, one item per line, each starting with when it applies (see kit-text.ts). A field
   * left out gets what a new scenario starts with (DEFAULT_KIT).
   */
  readonly injects?: string;
  readonly hints?: string;
  readonly observerChecklist?: string;
  readonly prerequisites?: string;
  readonly stopConditions?: string;
  readonly roleCards?: Readonly<Record<RoleId, string>>;
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
    injects: source.injects,
    hints: source.hints,
    observerChecklist: source.observerChecklist,
    prerequisites: source.prerequisites,
    stopConditions: source.stopConditions,
    roleCards: source.roleCards,
  };
}

export function fromRecord(record: ScenarioRecord): Scenario {
  return { ...templateOf(record), id: record.id, derivedFrom: record.derivedFrom, builtIn: false };
}

/** The kit's fields as the scenario form writes them. */
export function kitInput(kit: FacilitatorKit): Required<Pick<ScenarioInput, keyof FacilitatorKit>> {
  return {
    injects: kit.injects.map(injectLine).join('\n'),
    hints: kit.hints.map(phasedLine).join('\n'),
    observerChecklist: kit.observerChecklist.map(phasedLine).join('\n'),
    prerequisites: kit.prerequisites.join('\n'),
    stopConditions: kit.stopConditions.join('\n'),
    roleCards: kit.roleCards,
  };
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
    ...kitInput(scenario),
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
  const kit = validateKit(input, errors);
  if (Object.keys(errors).length > 0 || !targets.ok || kit === null) return { ok: false, errors };
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
      ...kit,
    },
  };
}

/** The kit's fields checked and parsed; each one at fault gets its message in `errors`. */
function validateKit(
  given: ScenarioInput,
  errors: FieldErrors<ScenarioField>,
): FacilitatorKit | null {
  const input = { ...kitInput(DEFAULT_KIT), ...given };
  const injects = parseInjects(input.injects);
  const hints = parseHints(input.hints);
  const observerChecklist = parseObserverChecklist(input.observerChecklist);
  if (!injects.ok) errors.injects = injects.message;
  if (!hints.ok) errors.hints = hints.message;
  if (!observerChecklist.ok) errors.observerChecklist = observerChecklist.message;
  const roleCards = Object.fromEntries(
    ROLES.map((role) => [role, input.roleCards[role].trim()]),
  ) as Record<RoleId, string>;
  for (const field of [
    'injects',
    'hints',
    'observerChecklist',
    'prerequisites',
    'stopConditions',
  ] as const) {
    if (input[field].length > TEXT_MAX)
      errors[field] = `Keep it to ${TEXT_MAX} characters or fewer.`;
  }
  if (ROLES.some((role) => roleCards[role].length > TEXT_MAX)) {
    errors.roleCards = `Keep each role card to ${TEXT_MAX} characters or fewer.`;
  }
  if (!injects.ok || !hints.ok || !observerChecklist.ok) return null;
  return {
    injects: injects.value,
    hints: hints.value,
    observerChecklist: observerChecklist.value,
    prerequisites: lines(input.prerequisites),
    stopConditions: lines(input.stopConditions),
    roleCards,
  };
}
