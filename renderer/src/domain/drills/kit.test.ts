import { describe, expect, it } from 'vitest';
import { checklistCompletion, checklistSummaries, deriveKitRun, drillKitOf } from './kit';
import { KIT } from './kit-fixtures';
import { eventsOf, M, sec } from './run-fixtures';
import { BUILT_IN_SCENARIOS } from './builtin-scenarios';

describe('the kit a drill copies', () => {
  it('copies the scenario’s kit and nothing else, as a copy', () => {
    const scenario = BUILT_IN_SCENARIOS[0];
    if (scenario === undefined) throw new Error('no built-in scenario');
    const kit = drillKitOf(scenario);
    expect(kit.runbook).toEqual(scenario.runbook);
    expect(kit.runbook).not.toBe(scenario.runbook);
    expect(kit.injects).toEqual(scenario.injects);
    expect(kit.prerequisites).toHaveLength(4);
    expect(Object.keys(kit).sort()).toEqual(
      [
        'detectionSignal',
        'hints',
        'injectionSteps',
        'injects',
        'observerChecklist',
        'prerequisites',
        'roleCards',
        'runbook',
        'stopConditions',
      ].sort(),
    );
  });
});

describe('checklist summary', () => {
  const events = eventsOf([
    [0, M('start')],
    [10, { kind: 'tick', list: 'runbook', item: 0, done: true }],
    [20, { kind: 'tick', list: 'runbook', item: 1, done: true }],
    [30, { kind: 'tick', list: 'runbook', item: 1, done: false }],
    [40, { kind: 'tick', list: 'observer', item: 0, done: true }],
    [50, { kind: 'tick', list: 'runbook', item: 0, done: false }],
    [60, { kind: 'tick', list: 'runbook', item: 0, done: true }],
  ]);

  it('says what is done and when (the latest tick), and what is not', () => {
    const [runbook, observer] = checklistSummaries(KIT, deriveKitRun(events));
    expect(runbook?.lines).toEqual([
      { item: 0, text: 'Check lag', done: true, at: sec(60) },
      { item: 1, text: 'Promote the replica', done: false, at: null },
      { item: 2, text: 'Repoint the app', done: false, at: null },
    ]);
    expect([runbook?.done, runbook?.total, observer?.done, observer?.total]).toEqual([1, 3, 1, 1]);
    expect(checklistCompletion(checklistSummaries(KIT, deriveKitRun(events)))).toEqual({
      done: 2,
      total: 4,
    });
  });

  it('has no completion for a drill without checklists', () => {
    const none = { ...KIT, runbook: [], observerChecklist: [] };
    expect(checklistCompletion(checklistSummaries(none, deriveKitRun(events)))).toBeNull();
  });

  it('keeps the first delivery of an inject and the latest go', () => {
    const run = deriveKitRun(
      eventsOf([
        [-9, { kind: 'go', confirmed: [] }],
        [-5, { kind: 'go', confirmed: [{ prerequisite: 'A', by: 'B' }] }],
        [0, M('start')],
        [10, { kind: 'inject', inject: 0, outcome: 'skipped' }],
        [20, { kind: 'inject', inject: 0, outcome: 'delivered' }],
        [30, { kind: 'hint', hint: 1 }],
      ]),
    );
    expect(run.go).toEqual({ at: sec(-5), confirmed: [{ prerequisite: 'A', by: 'B' }] });
    expect(run.injects.get(0)).toEqual({ at: sec(10), outcome: 'skipped' });
    expect(run.hints.get(1)).toBe(sec(30));
  });
});
