// Every value has its words, in the order screens offer the values. The types already refuse a
// table that misses a value; these tests also catch a table that lists one twice, an empty word,
// two values that read the same (a user could not tell them apart), and a table whose order
// drifted from its value list (forms offer the values in the table's order).
import { describe, expect, it } from 'vitest';
import { ACTION_ITEM_SOURCES, ACTION_ITEM_STATUSES } from '../records/action-items';
import { ANSWER_VALUES } from '../records/answers';
import { ASSESSMENT_STATUSES } from '../records/assessments';
import { NOTE_KINDS, SIDE_KINDS } from '../records/drill-events';
import { DRILL_STATUSES, HYPOTHESIS_HELD, MARKS, PHASES, SEVERITIES } from '../records/drills';
import { SERVICE_TIERS } from '../records/services';
import { phaseClocks, targetStatus } from '../drills/clock';
import { measureDrill } from '../drills/measures';
import { eventsOf, FULL_RUN, M, PAUSE, SKIP } from '../drills/run-fixtures';
import { deriveRun } from '../drills/run-state';
import { ACTION_ITEM_SOURCE_LABELS, ACTION_ITEM_STATUS_LABELS } from './action-items';
import { ANSWER_LABELS, ASSESSMENT_STATUS_LABELS } from './assessments';
import {
  DRILL_EVENT_KIND_LABELS,
  DRILL_STATUS_LABELS,
  HYPOTHESIS_HELD_CHOICES,
  HYPOTHESIS_HELD_LABELS,
  MARK_LABELS,
  MARK_MEANINGS,
  NOTE_KIND_LABELS,
  PHASE_LABELS,
  PHASE_STATUS_LABELS,
  RUN_STATUS_LABELS,
  SEVERITY_LABELS,
  SIDE_EVENT_LABELS,
  TARGET_LABELS,
} from './drills';
import { MEASURE_DEFINITIONS, MEASURE_IDS } from './measures';
import { TIER_LABELS } from './services';

type Table = Readonly<Record<string | number, string>>;

function expectReadable(table: Table): void {
  const words = Object.values(table);
  expect(words.every((word) => word.trim() !== '')).toBe(true);
  expect(new Set(words).size).toBe(words.length);
}

/** The table names exactly the list's values, in the list's order. */
function expectWordsFor(list: readonly (string | number)[], table: Table): void {
  expect(Object.keys(table)).toEqual(list.map(String));
  expectReadable(table);
}

describe('words of stored values', () => {
  it.each([
    ['drill status', DRILL_STATUSES, DRILL_STATUS_LABELS],
    ['mark', MARKS, MARK_LABELS],
    ['mark meaning', MARKS, MARK_MEANINGS],
    ['phase', PHASES, PHASE_LABELS],
    ['severity', SEVERITIES, SEVERITY_LABELS],
    ['note kind', NOTE_KINDS, NOTE_KIND_LABELS],
    ['side event', SIDE_KINDS, SIDE_EVENT_LABELS],
    ['answer', ANSWER_VALUES, ANSWER_LABELS],
    ['assessment status', ASSESSMENT_STATUSES, ASSESSMENT_STATUS_LABELS],
    ['action item status', ACTION_ITEM_STATUSES, ACTION_ITEM_STATUS_LABELS],
    ['action item source', ACTION_ITEM_SOURCES, ACTION_ITEM_SOURCE_LABELS],
    ['service tier', SERVICE_TIERS, TIER_LABELS],
  ] as const)('name every %s, in the order of its list', (_, list, table) => {
    expectWordsFor(list, table);
  });

  it('name every answer to "did the hypothesis hold", the form from holding to not holding', () => {
    expect(Object.keys(HYPOTHESIS_HELD_LABELS).sort()).toEqual([...HYPOTHESIS_HELD].sort());
    expectReadable(HYPOTHESIS_HELD_LABELS);
    expect(Object.keys(HYPOTHESIS_HELD_CHOICES)).toEqual(['yes', 'partly', 'no', 'unsure']);
    expectReadable(HYPOTHESIS_HELD_CHOICES);
  });
});

describe('words of derived states', () => {
  it('name every status a run reaches', () => {
    const reached = [
      [],
      [[0, M('start')]],
      [
        [0, M('start')],
        [60, PAUSE],
      ],
      FULL_RUN,
      [
        [0, M('start')],
        [60, { kind: 'abort', reason: 'Real incident' }],
      ],
    ] as const;
    const statuses = reached.map((steps) => deriveRun(eventsOf(steps)).status);
    expect(statuses.sort()).toEqual(Object.keys(RUN_STATUS_LABELS).sort());
    expectReadable(RUN_STATUS_LABELS);
  });

  it('name every state a phase is in, and every result against its target', () => {
    const targets = { detect: 1, acknowledge: 5, diagnose: 5, mitigate: 5, verify: 5, close: 5 };
    const running = phaseClocks(
      deriveRun(
        eventsOf([
          [0, M('start')],
          [30, SKIP('detected')],
          [60, M('acknowledged')],
        ]),
      ),
      targets,
      Date.UTC(2025, 2, 3, 14, 2),
    );
    const aborted = phaseClocks(
      deriveRun(
        eventsOf([
          [0, M('start')],
          [30, { kind: 'abort', reason: 'Real incident' }],
        ]),
      ),
      targets,
      Date.UTC(2025, 2, 3, 15),
    );
    const states = new Set([...running, ...aborted].map((clock) => clock.status));
    expect([...states].sort()).toEqual(Object.keys(PHASE_STATUS_LABELS).sort());
    expectReadable(PHASE_STATUS_LABELS);

    const results = new Set([
      targetStatus(60_000, 1),
      targetStatus(66_000, 1),
      targetStatus(1e6, 1),
    ]);
    expect([...results].sort()).toEqual(Object.keys(TARGET_LABELS).sort());
    expectReadable(TARGET_LABELS);
  });

  it('name every measure, in the order a drill’s page lists them', () => {
    const measures = Object.keys(measureDrill(deriveRun([]), null, 0));
    expect([...MEASURE_IDS].sort()).toEqual(measures.sort());
    expectReadable(
      Object.fromEntries(MEASURE_IDS.map((id) => [id, MEASURE_DEFINITIONS[id].label])),
    );
    expectReadable(Object.fromEntries(MEASURE_IDS.map((id) => [id, MEASURE_DEFINITIONS[id].text])));
  });

  it('name every kind of drill event', () => {
    expectReadable(DRILL_EVENT_KIND_LABELS);
  });
});
