import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, DEFAULT_KIT } from './builtin-scenarios';
import { DEFAULT_TARGETS } from './phases';
import { scenarioInputOf, scenarioText } from './scenario-form';
import { kitInput, templateOf, toInput, validateScenarioInput } from './scenario-rules';

const SCENARIO = BUILT_IN_SCENARIOS[0] as (typeof BUILT_IN_SCENARIOS)[number];

describe('scenarioText', () => {
  it('starts a new scenario empty, with the default kit and targets', () => {
    const text = scenarioText(null);
    expect([text.name, text.description, text.injectionSteps, text.runbook]).toEqual([
      '',
      '',
      '',
      '',
    ]);
    expect(text.kit).toEqual(kitInput(DEFAULT_KIT));
    expect(text.targets.detect).toBe(String(DEFAULT_TARGETS.detect));
  });

  it('writes a scenario as its form shows it: lists one item per line, the kit apart', () => {
    const text = scenarioText(SCENARIO);
    expect(text.injectionSteps).toBe(SCENARIO.injectionSteps.join('\n'));
    expect(text.kit).toEqual(kitInput(SCENARIO));
    expect(text.targets.mitigate).toBe(String(SCENARIO.targets.mitigate));
  });
});

describe('scenarioInputOf', () => {
  it('reads the form back into the input the rules check, unchanged by the round trip', () => {
    const input = scenarioInputOf(scenarioText(SCENARIO));
    expect(input).toEqual(toInput(SCENARIO));
    expect(validateScenarioInput(input)).toEqual({ ok: true, value: templateOf(SCENARIO) });
  });

  it('passes a target that is not a number on for the rules to refuse', () => {
    const text = scenarioText(SCENARIO);
    const input = scenarioInputOf({ ...text, targets: { ...text.targets, detect: 'soon' } });
    const checked = validateScenarioInput(input);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? undefined : checked.errors.targets).toContain('Detect');
  });
});
