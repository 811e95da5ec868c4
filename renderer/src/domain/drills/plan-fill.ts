// What choosing a scenario does to a plan being written. A scenario is a template: it fills the
// plan's title, hypothesis and targets where the facilitator has not written their own, and never
// overwrites what they typed without asking. A field is the facilitator's own once it holds
// something other than what the form last put there (the defaults, or an earlier scenario's).
import { type DrillPhaseId, PHASES } from '../records/drills';

/** The plan's fields a scenario fills, as the form holds them (targets as typed text). */
export interface ScenarioFields {
  readonly title: string;
  readonly hypothesis: string;
  readonly targets: Readonly<Record<DrillPhaseId, string>>;
}

/** The fields that are asked about before they are replaced; a title is only ever filled. */
export type ReplaceableField = 'hypothesis' | 'targets';

export interface ScenarioFill {
  /** Filled at once: each was empty or still what the form had put there. */
  readonly fill: Partial<ScenarioFields>;
  /** The facilitator's own values the scenario would replace, if they agree. */
  readonly wouldReplace: readonly ReplaceableField[];
}

const sameTargets = (a: ScenarioFields['targets'], b: ScenarioFields['targets']) =>
  PHASES.every((phase) => a[phase].trim() === b[phase].trim());

const targetsEmpty = (targets: ScenarioFields['targets']) =>
  PHASES.every((phase) => targets[phase].trim() === '');

/**
 * `current` is the form now, `putThere` what the form itself last filled in, per field (a field
 * missing there came from the facilitator, as every field of a saved plan being edited does), and
 * `scenario` the chosen template.
 */
export function fillFromScenario(
  current: ScenarioFields,
  putThere: Partial<ScenarioFields>,
  scenario: ScenarioFields,
): ScenarioFill {
  const fill: { -readonly [K in keyof ScenarioFields]?: ScenarioFields[K] } = {};
  const wouldReplace: ReplaceableField[] = [];
  const title = current.title.trim();
  if (title === '' || title === putThere.title?.trim()) {
    fill.title = scenario.title;
  }
  const hypothesis = current.hypothesis.trim();
  if (hypothesis === '' || hypothesis === putThere.hypothesis?.trim()) {
    fill.hypothesis = scenario.hypothesis;
  } else if (hypothesis !== scenario.hypothesis.trim()) {
    wouldReplace.push('hypothesis');
  }
  if (
    targetsEmpty(current.targets) ||
    (putThere.targets !== undefined && sameTargets(current.targets, putThere.targets))
  ) {
    fill.targets = scenario.targets;
  } else if (!sameTargets(current.targets, scenario.targets)) {
    wouldReplace.push('targets');
  }
  return { fill, wouldReplace };
}

const FIELD_WORDS: Readonly<Record<ReplaceableField, string>> = {
  hypothesis: 'the hypothesis you wrote',
  targets: 'the phase targets you set',
};

/** "the hypothesis you wrote and the phase targets you set". */
export function replaceWords(fields: readonly ReplaceableField[]): string {
  return fields.map((field) => FIELD_WORDS[field]).join(' and ');
}
