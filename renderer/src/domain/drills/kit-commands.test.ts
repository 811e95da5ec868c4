import { describe, expect, it } from 'vitest';
import type { DrillEventBody } from '../records/drill-events';
import { validateCommand, type DrillCommand } from './commands';
import { KIT } from './kit-fixtures';
import { eventsOf, FULL_RUN, M, PAUSE, sec } from './run-fixtures';
import { deriveRun } from './run-state';

type Steps = readonly (readonly [number, DrillEventBody])[];
const NOW = sec(100_000);
const STARTED: Steps = [[0, M('start')]];
const GO: DrillEventBody = {
  kind: 'go',
  confirmed: [
    { prerequisite: 'Blast radius agreed', by: 'Ana' },
    { prerequisite: 'Rollback ready', by: 'Ben' },
  ],
};
const check = (steps: Steps, command: DrillCommand, kit = KIT) =>
  validateCommand(deriveRun(eventsOf(steps)), command, NOW, kit);
const error = (steps: Steps, command: DrillCommand, kit = KIT) => {
  const result = check(steps, command, kit);
  return result.ok ? 'accepted' : Object.values(result.errors)[0];
};

describe('go / no-go', () => {
  it('refuses the start until every prerequisite is confirmed', () => {
    expect(error([], { kind: 'start', at: sec(0) })).toBe(
      'No-go: confirm “Blast radius agreed”, “Rollback ready” before the start.',
    );
    const half: DrillEventBody = {
      kind: 'go',
      confirmed: [{ prerequisite: 'Blast radius agreed', by: 'Ana' }],
    };
    expect(error([[-5, half]], { kind: 'start', at: sec(0) })).toBe(
      'No-go: confirm “Rollback ready” before the start.',
    );
    expect(error([[-5, GO]], { kind: 'start', at: sec(0) })).toBe('accepted');
  });

  it('starts as before a drill without prerequisites, and a run checked without its kit', () => {
    const none = { ...KIT, prerequisites: [] };
    expect(error([], { kind: 'start', at: sec(0) }, none)).toBe('accepted');
    expect(validateCommand(deriveRun([]), { kind: 'start', at: sec(0) }, NOW).ok).toBe(true);
  });

  it('records who confirmed each prerequisite, in the kit’s order and words', () => {
    const result = check([], {
      kind: 'go',
      at: sec(-5),
      confirmed: [
        { prerequisite: 'Rollback ready', by: '  Ben ' },
        { prerequisite: 'Blast radius agreed', by: 'Ana' },
      ],
    });
    expect(result).toEqual({ ok: true, value: { at: sec(-5), body: GO } });
  });

  it('names a prerequisite nobody confirmed, and refuses a go once started', () => {
    const missing = {
      kind: 'go',
      at: sec(-5),
      confirmed: [{ prerequisite: 'Rollback ready', by: 'Ben' }],
    } as const;
    expect(check([], missing)).toEqual({
      ok: false,
      errors: { confirmed: 'Say who confirmed “Blast radius agreed”.' },
    });
    expect(error(STARTED, { ...missing, at: sec(5) })).toBe(
      'The go / no-go is decided before the start.',
    );
  });
});

describe('injects', () => {
  const deliver = (
    inject: number,
    at = 10,
    outcome: 'delivered' | 'skipped' = 'delivered',
  ): DrillCommand => ({ kind: 'inject', at: sec(at), inject, outcome });

  it('are delivered or skipped while the drill runs or is paused', () => {
    expect(check(STARTED, deliver(0))).toEqual({
      ok: true,
      value: { at: sec(10), body: { kind: 'inject', inject: 0, outcome: 'delivered' } },
    });
    expect(error([...STARTED, [5, PAUSE]], deliver(1, 10, 'skipped'))).toBe('accepted');
    expect(error([], deliver(0))).toBe('Injects are delivered while the drill runs.');
    expect(error(FULL_RUN, deliver(0, 4000))).toBe('Injects are delivered while the drill runs.');
  });

  it('refuses one the drill does not have, one settled already, or one before the start', () => {
    expect(error(STARTED, deliver(3))).toBe('This drill has no such inject.');
    const delivered: Steps = [
      ...STARTED,
      [10, { kind: 'inject', inject: 0, outcome: 'delivered' }],
    ];
    expect(error(delivered, deliver(0, 20, 'skipped'))).toBe(
      'That inject was already delivered at +0:10.',
    );
    expect(error([[10, M('start')]], deliver(0, 5))).toBe(
      'An inject cannot be delivered before the fault was injected.',
    );
  });
});

describe('hints', () => {
  it('are given once each, while the drill runs', () => {
    const hint = (index: number, at = 10): DrillCommand => ({
      kind: 'hint',
      at: sec(at),
      hint: index,
    });
    expect(error(STARTED, hint(1))).toBe('accepted');
    expect(error(STARTED, hint(2))).toBe('This drill has no such hint.');
    expect(error([...STARTED, [10, { kind: 'hint', hint: 1 }]], hint(1, 20))).toBe(
      'That hint was already given at +0:10.',
    );
    expect(error([], hint(0))).toBe('Hints are given while the drill runs.');
  });
});

describe('checklist ticks', () => {
  const tick = (
    done: boolean,
    item = 0,
    list: 'runbook' | 'observer' = 'runbook',
  ): DrillCommand => ({
    kind: 'tick',
    at: sec(10),
    list,
    item,
    done,
  });

  it('tick and untick an item in turn, after the close too', () => {
    expect(error(STARTED, tick(true))).toBe('accepted');
    expect(error(STARTED, tick(false))).toBe('That item is not ticked.');
    const ticked: Steps = [...STARTED, [5, { kind: 'tick', list: 'runbook', item: 0, done: true }]];
    expect(error(ticked, tick(true))).toBe('That item is already ticked.');
    expect(error(ticked, tick(false))).toBe('accepted');
    expect(error(FULL_RUN, { ...tick(true, 0, 'observer'), at: sec(4000) })).toBe('accepted');
  });

  it('refuses an item the list does not have, before the start, or on an aborted drill', () => {
    expect(error(STARTED, tick(true, 3))).toBe('The runbook checklist has no such item.');
    expect(error(STARTED, tick(true, 1, 'observer'))).toBe(
      'The observer checklist has no such item.',
    );
    expect(error([], tick(true))).toBe('Checklists are ticked once the drill has started.');
    expect(error([...STARTED, [5, { kind: 'abort', reason: 'x' }]], tick(true))).toBe(
      'An aborted drill cannot be changed.',
    );
  });
});
