import { describe, expect, it } from 'vitest';
import { REPORT_CHECKLISTS, REPORT_DETECTED_BY, REPORT_HYPOTHESES } from '@shared/report-request';
import { DETECTED_BY, EMPTY_DRILL_KIT, HYPOTHESIS_HELD } from '../records/drills';
import { KIT } from '../drills/kit-fixtures';
import { prepareDrills } from './prepare';
import { sourceOf, FULL, type DrillSpec } from './trends-fixtures';
import {
  CHECKLIST_FILTERS,
  CHECKLIST_STATES,
  DETECTED_BY_FILTERS,
  HYPOTHESIS_FILTERS,
  NO_RESULT_FILTERS,
  NOT_RECORDED,
  hasResultFilter,
  matchesResults,
  resultFilterClauses,
  resultFilterText,
  type ChecklistState,
  type DrillResults,
  type ResultFilters,
} from './result-filters';

/** The results prepareDrills gives one drill built from `spec`. */
function resultsOf(spec: Omit<DrillSpec, 'id' | 'day' | 'phases'>): DrillResults {
  const source = sourceOf([{ id: 'd', day: 0, phases: FULL, ...spec }]);
  const [drill] = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
  if (drill === undefined) throw new Error('not prepared');
  return drill.results;
}

// KIT: a runbook of 3 items and an observer checklist of 1.
const tick = (list: 'runbook' | 'observer', item: number, done = true) => ({ list, item, done });
const ALL_TICKED = [
  tick('runbook', 0),
  tick('runbook', 1),
  tick('runbook', 2),
  tick('observer', 0),
];

describe('a drill’s results', () => {
  it('are “not recorded” everywhere for a drill with no review and no checklist', () => {
    expect(resultsOf({})).toEqual({ hypothesis: null, detectedBy: null, checklist: 'none' });
  });

  it('take the hypothesis and who detected it from the review', () => {
    expect(resultsOf({ hypothesis: 'no', detectedBy: 'people' })).toMatchObject({
      hypothesis: 'no',
      detectedBy: 'people',
    });
    // A review from before the question was asked says nothing about detection.
    expect(resultsOf({ hypothesis: 'partly' })).toMatchObject({
      hypothesis: 'partly',
      detectedBy: null,
    });
  });

  it.each<[string, DrillSpec['ticks'], ChecklistState]>([
    ['nothing ticked', [], 'some-not-done'],
    ['some ticked', [tick('runbook', 0), tick('observer', 0)], 'some-not-done'],
    ['every item of both lists ticked', ALL_TICKED, 'all-done'],
    [
      'every item ticked, then one unticked',
      [...ALL_TICKED, tick('runbook', 1, false)],
      'some-not-done',
    ],
    [
      'an item unticked, then ticked again',
      [...ALL_TICKED.slice(1), tick('runbook', 0, false), tick('runbook', 0)],
      'all-done',
    ],
  ])('count the checklists as the drill’s page does: %s', (_name, ticks, state) => {
    expect(resultsOf({ kit: KIT, ticks }).checklist).toBe(state);
  });

  it('count a drill whose only checklist is the observer list', () => {
    const kit = { ...EMPTY_DRILL_KIT, observerChecklist: KIT.observerChecklist };
    expect(resultsOf({ kit, ticks: [] }).checklist).toBe('some-not-done');
    expect(resultsOf({ kit, ticks: [tick('observer', 0)] }).checklist).toBe('all-done');
  });
});

describe('the results filters', () => {
  const results = (over: Partial<DrillResults> = {}): DrillResults => ({
    hypothesis: 'yes',
    detectedBy: 'monitoring',
    checklist: 'all-done',
    ...over,
  });
  const filters = (over: Partial<ResultFilters>): ResultFilters => ({
    ...NO_RESULT_FILTERS,
    ...over,
  });

  it('let every drill through when none is set', () => {
    expect(hasResultFilter(NO_RESULT_FILTERS)).toBe(false);
    expect(matchesResults(results(), NO_RESULT_FILTERS)).toBe(true);
    expect(
      matchesResults({ hypothesis: null, detectedBy: null, checklist: 'none' }, NO_RESULT_FILTERS),
    ).toBe(true);
  });

  it('offer every answer the review can give, and “not recorded”', () => {
    expect([...HYPOTHESIS_FILTERS].sort()).toEqual([...HYPOTHESIS_HELD, NOT_RECORDED].sort());
    expect([...DETECTED_BY_FILTERS].sort()).toEqual([...DETECTED_BY, NOT_RECORDED].sort());
    expect(CHECKLIST_FILTERS).toEqual(CHECKLIST_STATES);
  });

  it('are spelt as the trend report’s route and its IPC check spell them', () => {
    expect(HYPOTHESIS_FILTERS).toEqual(REPORT_HYPOTHESES);
    expect(DETECTED_BY_FILTERS).toEqual(REPORT_DETECTED_BY);
    expect(CHECKLIST_FILTERS).toEqual(REPORT_CHECKLISTS);
  });

  // Every choice against every value: a drill matches exactly the choice naming its value.
  it.each(HYPOTHESIS_FILTERS)('hypothesis “%s” keeps only drills with that answer', (choice) => {
    for (const value of [...HYPOTHESIS_HELD, null]) {
      expect(matchesResults(results({ hypothesis: value }), filters({ hypothesis: choice }))).toBe(
        (value ?? NOT_RECORDED) === choice,
      );
    }
  });

  it.each(DETECTED_BY_FILTERS)('detected by “%s” keeps only drills with that answer', (choice) => {
    for (const value of [...DETECTED_BY, null]) {
      expect(matchesResults(results({ detectedBy: value }), filters({ detectedBy: choice }))).toBe(
        (value ?? NOT_RECORDED) === choice,
      );
    }
  });

  it.each(CHECKLIST_FILTERS)('checklists “%s” keeps only drills in that state', (choice) => {
    for (const value of CHECKLIST_STATES) {
      expect(matchesResults(results({ checklist: value }), filters({ checklist: choice }))).toBe(
        value === choice,
      );
    }
  });

  it('combine: a drill must match every filter that is set', () => {
    const both = filters({ hypothesis: 'yes', detectedBy: 'people' });
    expect(hasResultFilter(both)).toBe(true);
    expect(matchesResults(results({ detectedBy: 'people' }), both)).toBe(true);
    expect(matchesResults(results(), both)).toBe(false);
    expect(matchesResults(results({ hypothesis: 'no', detectedBy: 'people' }), both)).toBe(false);
    const all = filters({ hypothesis: 'no', detectedBy: NOT_RECORDED, checklist: 'none' });
    expect(matchesResults({ hypothesis: 'no', detectedBy: null, checklist: 'none' }, all)).toBe(
      true,
    );
    expect(matchesResults({ hypothesis: 'no', detectedBy: null, checklist: 'all-done' }, all)).toBe(
      false,
    );
  });

  it('are named in words, in the order of the filters, only when set', () => {
    expect(resultFilterText(NO_RESULT_FILTERS)).toBeNull();
    expect(resultFilterText(filters({ hypothesis: 'yes' }))).toBe(
      'drills where the hypothesis held',
    );
    expect(resultFilterText(filters({ hypothesis: 'no', detectedBy: 'people' }))).toBe(
      'drills where the hypothesis did not hold and people detected the fault first',
    );
    expect(
      resultFilterText(
        filters({ hypothesis: 'unsure', detectedBy: 'monitoring', checklist: 'some-not-done' }),
      ),
    ).toBe(
      'drills where the review was unsure whether the hypothesis held, monitoring detected the fault first and some checklist items were not done',
    );
    expect(
      resultFilterClauses(
        filters({ hypothesis: NOT_RECORDED, detectedBy: NOT_RECORDED, checklist: 'none' }),
      ),
    ).toEqual([
      'whether the hypothesis held was not recorded',
      'who detected the fault was not recorded',
      'the drill had no checklist',
    ]);
    expect(resultFilterText(filters({ checklist: 'all-done' }))).toBe(
      'drills where every checklist item was done',
    );
    // Every choice has its own words.
    const words = [
      ...HYPOTHESIS_FILTERS.map((hypothesis) => resultFilterText(filters({ hypothesis }))),
      ...DETECTED_BY_FILTERS.map((detectedBy) => resultFilterText(filters({ detectedBy }))),
      ...CHECKLIST_FILTERS.map((checklist) => resultFilterText(filters({ checklist }))),
    ];
    expect(new Set(words).size).toBe(words.length);
    expect(words).not.toContain(null);
  });
});
