import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from './builtin-scenarios';
import { DEFAULT_TARGETS } from './phases';
import {
  validateDrillPlan,
  validateReview,
  whyNotReviewable,
  whyPlanFixed,
  type DrillPlanInput,
} from './plan-rules';
import { templateOf, toInput, validateScenarioInput, whyNotEditable } from './scenario-rules';
import { DRILL_STATUSES, PHASES, type DrillRecord, type DrillStatus } from '../records/drills';
import type { ScenarioRecord } from '../records/scenarios';

const INPUT: DrillPlanInput = {
  title: ' DB  failover ',
  scenarioId: 'builtin:database-failover',
  serviceIds: ['svc-1', 'svc-1'],
  severity: 'SEV2',
  plannedFor: '2025-03-03',
  hypothesis: 'We fail over in 2 minutes.',
  facilitator: 'Ana',
  incidentCommander: 'Ben',
  scribe: '',
  responders: 'Cleo, Dev\nEmil',
  observers: '',
  targets: DEFAULT_TARGETS,
};
const CONTEXT = { teamServiceIds: ['svc-1', 'svc-2'], scenarioName: 'Database primary failover' };

describe('validateDrillPlan', () => {
  it.each(['1066-10-14', '9999-12-31'])('refuses a planned date of %s', (plannedFor) => {
    const result = validateDrillPlan({ ...INPUT, plannedFor }, CONTEXT);
    expect(result.ok ? null : result.errors.plannedFor).toBe(
      'Give a date from 2000-01-01 to 2199-12-31.',
    );
  });

  it('cleans a good plan', () => {
    expect(validateDrillPlan(INPUT, CONTEXT)).toEqual({
      ok: true,
      value: {
        title: 'DB failover',
        scenarioId: 'builtin:database-failover',
        scenarioName: 'Database primary failover',
        serviceIds: ['svc-1'],
        severity: 'SEV2',
        plannedFor: '2025-03-03',
        hypothesis: 'We fail over in 2 minutes.',
        roles: {
          facilitator: 'Ana',
          incidentCommander: 'Ben',
          scribe: '',
          responders: ['Cleo', 'Dev', 'Emil'],
          observers: [],
        },
        targets: DEFAULT_TARGETS,
      },
    });
  });

  it('names every field at fault', () => {
    const result = validateDrillPlan(
      {
        ...INPUT,
        title: '',
        serviceIds: [],
        severity: 'SEV5',
        plannedFor: '2025-02-30',
        hypothesis: ' ',
        facilitator: 'Ana',
        incidentCommander: 'ana',
        responders: ' , ',
        targets: { ...DEFAULT_TARGETS, detect: 0, verify: 2.5 },
      },
      { ...CONTEXT, scenarioName: undefined },
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Give the drill a title.',
        scenarioId: 'Choose a scenario from the library.',
        serviceIds: 'Choose at least one service the drill involves.',
        severity: 'Choose a severity, SEV1 to SEV4.',
        plannedFor: 'Give the planned date as a real date.',
        hypothesis:
          'Write what you expect, e.g. “we detect within 5 minutes and recover within 30”.',
        incidentCommander:
          'The facilitator runs the drill, so someone else should command the incident.',
        responders: 'Name at least one responder.',
        targets:
          'Give every phase a target in whole minutes from 1 to 10080 (check Detect, Verify).',
      },
    });
  });

  it('refuses a service of another team', () => {
    const result = validateDrillPlan({ ...INPUT, serviceIds: ['svc-9'] }, CONTEXT);
    expect(result.ok ? null : result.errors.serviceIds).toMatch(/no longer belongs/);
  });
});

describe('validateReview', () => {
  it('accepts a review', () => {
    expect(
      validateReview({
        hypothesisHeld: 'partly',
        wentWell: ' a ',
        wentBadly: '',
        reviewHeld: true,
      }),
    ).toEqual({
      ok: true,
      value: {
        hypothesisHeld: 'partly',
        detectedBy: null,
        wentWell: 'a',
        wentBadly: '',
        reviewHeld: true,
      },
    });
  });

  it('records who detected the fault, and refuses anything but monitoring or people', () => {
    const review = { hypothesisHeld: 'unsure', wentWell: '', wentBadly: '', reviewHeld: false };
    const people = validateReview({ ...review, detectedBy: 'people' });
    expect(people.ok && people.value).toMatchObject({
      hypothesisHeld: 'unsure',
      detectedBy: 'people',
    });
    expect(validateReview({ ...review, detectedBy: '' }).ok && 'unsaid').toBe('unsaid');
    expect(validateReview({ ...review, detectedBy: 'luck' })).toEqual({
      ok: false,
      errors: {
        detectedBy: 'Say whether monitoring or people detected the fault, or leave it unsaid.',
      },
    });
  });

  it('asks for the two choices', () => {
    expect(
      validateReview({ hypothesisHeld: null, wentWell: '', wentBadly: '', reviewHeld: null }),
    ).toEqual({
      ok: false,
      errors: {
        hypothesisHeld: 'Say whether the hypothesis held: yes, partly, no or unsure.',
        reviewHeld: 'Say whether a review meeting was held.',
      },
    });
  });
});

describe('the scenario library', () => {
  it('has at least eight built-ins, each complete and valid as a user scenario', () => {
    expect(BUILT_IN_SCENARIOS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(BUILT_IN_SCENARIOS.map((s) => s.id)).size).toBe(BUILT_IN_SCENARIOS.length);
    for (const scenario of BUILT_IN_SCENARIOS) {
      expect(validateScenarioInput(toInput(scenario))).toEqual({
        ok: true,
        value: templateOf(scenario),
      });
      expect(scenario.runbook.length).toBeGreaterThan(0);
      expect(scenario.detectionSignal).not.toBe('');
      for (const phase of PHASES) expect(scenario.targets[phase]).toBeGreaterThan(0);
    }
  });

  it('refuses a scenario without its essentials', () => {
    const result = validateScenarioInput({
      ...toInput(BUILT_IN_SCENARIOS[0] as (typeof BUILT_IN_SCENARIOS)[number]),
      name: ' ',
      injectionSteps: '\n \n',
      targets: { ...DEFAULT_TARGETS, close: '10' },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Give the scenario a name.',
        injectionSteps: 'List at least one injection step.',
        targets: 'Give every phase a target in whole minutes from 1 to 10080 (check Close).',
      },
    });
  });
});

describe('what a drill allows by its status', () => {
  const drill = (status: DrillStatus) => ({ status }) as DrillRecord;

  it.each(DRILL_STATUSES)('a %s drill', (status) => {
    expect(whyPlanFixed(drill(status))).toBe(
      status === 'planned' ? null : 'This drill has started, so its plan is fixed.',
    );
    expect(whyNotReviewable(drill(status))).toBe(
      status === 'completed' ? null : 'Only a completed (closed) drill can be reviewed.',
    );
  });

  it('a deleted drill', () => {
    expect(whyPlanFixed(undefined)).toBe('This drill has been deleted.');
    expect(whyNotReviewable(undefined)).toBe('Only a completed (closed) drill can be reviewed.');
  });
});

describe('whyNotEditable', () => {
  it('edits only a user scenario that still exists', () => {
    const own = { id: 's1' } as ScenarioRecord;
    expect(whyNotEditable(false, own)).toBeNull();
    expect(whyNotEditable(true, undefined)).toBe('Built-in scenarios are not edited; edit a copy.');
    expect(whyNotEditable(false, undefined)).toBe('This scenario has been removed.');
  });
});
