// The scenario form's text: every field as the user edits it (lists one item per line, targets as
// typed minutes, the facilitator's kit apart), made from a scenario and read back into the input
// the scenario rules check. The form keeps one value of this shape.
import { PHASES, type DrillPhaseId } from '../records/drills';
import { DEFAULT_KIT, type ScenarioTemplate } from './builtin-scenarios';
import { DEFAULT_TARGETS } from './phases';
import { kitInput, toInput, type ScenarioInput } from './scenario-rules';

export type KitText = ReturnType<typeof kitInput>;

export interface ScenarioText {
  readonly name: string;
  readonly description: string;
  readonly hypothesis: string;
  readonly injectionSteps: string;
  readonly detectionSignal: string;
  readonly runbook: string;
  /** Minutes per phase, as typed. */
  readonly targets: Readonly<Record<DrillPhaseId, string>>;
  readonly kit: KitText;
}

/** The form of an existing scenario, or of a new one: empty, with the default kit and targets. */
export function scenarioText(scenario: ScenarioTemplate | null): ScenarioText {
  const input = scenario === null ? null : toInput(scenario);
  const targets = scenario?.targets ?? DEFAULT_TARGETS;
  return {
    name: input?.name ?? '',
    description: input?.description ?? '',
    hypothesis: input?.hypothesis ?? '',
    injectionSteps: input?.injectionSteps ?? '',
    detectionSignal: input?.detectionSignal ?? '',
    runbook: input?.runbook ?? '',
    targets: Object.fromEntries(PHASES.map((p) => [p, String(targets[p])])) as Record<
      DrillPhaseId,
      string
    >,
    kit: kitInput(scenario ?? DEFAULT_KIT),
  };
}

/** What the form says, for the scenario rules to check; a target that is not a number fails there. */
export function scenarioInputOf(text: ScenarioText): ScenarioInput {
  const { kit, targets, ...fields } = text;
  return {
    ...fields,
    ...kit,
    targets: Object.fromEntries(PHASES.map((p) => [p, Number(targets[p])])) as Record<
      DrillPhaseId,
      number
    >,
  };
}
