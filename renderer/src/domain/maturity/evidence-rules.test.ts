import { describe, expect, it } from 'vitest';
import type { SameType } from '../records/define';
import type { Severity } from '../records/drills';
import {
  EVIDENCE_RULES,
  EVIDENCE_SOURCES,
  isRuleKind,
  kindsOfSource,
  RULE_KINDS,
  ruleKind,
  wholeNumber,
  type RuleKindDefinition,
} from './evidence-rules';
import { criteriaOf, type DrillRule } from './model-types';
import { MODEL_V1 } from './model-v1';

/** The drill rules as they were written by hand before the vocabulary became a table. */
type DrillRuleBefore =
  | { readonly kind: 'tier1-recovery-measured'; readonly withinDays: number }
  | { readonly kind: 'drills-per-quarter'; readonly count: number; readonly quarters: number }
  | {
      readonly kind: 'reviews-held';
      readonly severities: readonly Severity[];
      readonly share: number;
      readonly withinDays: number;
    }
  | {
      readonly kind: 'runbook-usage-known';
      readonly minDrills: number;
      readonly withinDays: number;
    }
  | { readonly kind: 'phases-measured'; readonly minDrills: number; readonly withinDays: number }
  | { readonly kind: 'recovery-median-improved'; readonly periodDays: number };

// Each member of the derived union is the same as the one written by hand (a compile error
// otherwise), so the evaluators read exactly the rules they read before.
type Member<U, K> = Extract<U, { kind: K }>;
type EachSame = {
  [K in DrillRule['kind']]: SameType<Member<DrillRule, K>, Member<DrillRuleBefore, K>>;
}[DrillRule['kind']];
const drillRulesUnchanged: EachSame = true;
const sameKinds: SameType<DrillRule['kind'], DrillRuleBefore['kind']> = true;

/** A rule's values checked against its kind's parameters: every one present, none more. */
function problemsOf(definition: RuleKindDefinition, values: Readonly<Record<string, unknown>>) {
  const names = Object.keys(definition.params);
  const extra = Object.keys(values).filter((name) => name !== 'kind' && !names.includes(name));
  return [
    ...extra.map((name) => `${name} is not a parameter`),
    ...names.flatMap((name) => {
      const result = definition.params[name]?.schema().safeParse(values[name]);
      return result?.success === true ? [] : [`${name}: ${result?.error.issues[0]?.message ?? ''}`];
    }),
  ];
}

describe('the evidence rule vocabulary', () => {
  it('derives the drill rules of the model from the table, unchanged', () => {
    expect([drillRulesUnchanged, sameKinds]).toEqual([true, true]);
    expect(kindsOfSource('drills')).toEqual([
      'tier1-recovery-measured',
      'drills-per-quarter',
      'reviews-held',
      'runbook-usage-known',
      'phases-measured',
      'recovery-median-improved',
    ]);
    expect(RULE_KINDS).toEqual(Object.keys(EVIDENCE_RULES));
  });

  it.each(RULE_KINDS)(
    '%s documents what it tests, and its example passes its parameters',
    (kind) => {
      const definition = ruleKind(kind);
      expect(Object.keys(EVIDENCE_SOURCES)).toContain(definition.source);
      expect(definition.tests.length).toBeGreaterThan(40);
      for (const [name, param] of Object.entries(definition.params)) {
        expect(definition.tests, `the test names ${name}`).toContain(`\`${name}\``);
        expect(param.accepts).not.toBe('');
        expect(param.meaning.endsWith('.')).toBe(true);
      }
      expect(problemsOf(definition, definition.example)).toEqual([]);
      expect(Object.keys(definition.example)).toEqual(Object.keys(definition.params));
    },
  );

  it('accepts every rule of the built-in model', () => {
    const ruled = criteriaOf(MODEL_V1).flatMap((criterion) => criterion.drillRule ?? []);
    expect(ruled).toHaveLength(6);
    for (const rule of ruled) expect(problemsOf(ruleKind(rule.kind), rule)).toEqual([]);
  });

  it('refuses parameters whose values make no sense, saying what they must be', () => {
    const reviews = ruleKind('reviews-held');
    expect(problemsOf(reviews, { severities: [], share: 1.2, withinDays: 0 })).toEqual([
      'severities: must be a list of one or more of SEV1, SEV2, SEV3, SEV4, each once, not a list',
      'share: must be a number above 0 and at most 1 (0.5 is half, 1 is every one), not 1.2',
      'withinDays: must be a whole number from 1 to 3650, not 0',
    ]);
    expect(
      problemsOf(reviews, { severities: ['SEV1', 'SEV1'], share: 0, withinDays: 1.5 }),
    ).toEqual([
      'severities: must name each severity once',
      'share: must be a number above 0 and at most 1 (0.5 is half, 1 is every one), not 0',
      'withinDays: must be a whole number from 1 to 3650, not 1.5',
    ]);
    expect(
      problemsOf(ruleKind('drills-per-quarter'), { count: '2', quarters: 2, extra: 1 }),
    ).toEqual(['extra is not a parameter', 'count: must be a whole number from 1 to 50, not "2"']);
    expect(problemsOf(ruleKind('recovery-median-improved'), {})).toEqual([
      'periodDays: is missing; it must be a whole number from 30 to 1825',
    ]);
  });

  it('checks a whole number at both bounds', () => {
    const schema = wholeNumber(2, 5, 'Anything.').schema();
    expect([1, 2, 5, 6, Number.NaN, Infinity].map((n) => schema.safeParse(n).success)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('knows its kinds by name only', () => {
    expect(isRuleKind('reviews-held')).toBe(true);
    expect(isRuleKind('constructor')).toBe(false);
    expect(isRuleKind('toString')).toBe(false);
    expect(isRuleKind(5)).toBe(false);
  });
});
