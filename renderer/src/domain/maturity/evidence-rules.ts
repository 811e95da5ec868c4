// The evidence rules a criterion may carry: a fixed vocabulary of kinds, each with where its
// evidence comes from, what it tests, and its parameters (what values they take, what they mean).
// This table is the one place a kind is defined: the model's types (DrillRule) are derived from
// it, a model file's schema checks rules against it, and a model file's header documents whatever
// it holds. Evaluation lives beside the data a rule reads (drill rules: ./drill-evidence).
//
// Adding a kind is one row here plus its evaluator. Adding a source (incidents) is one entry in
// EVIDENCE_SOURCES, whose `field` becomes an optional field of every criterion (see model-types),
// then rows with that source.
import * as z from 'zod/mini';
import { SEVERITIES, type Severity } from '../records/drills';
import { mustBe } from './model-file/value-words';

/** Where a rule's evidence comes from, and the criterion field that carries such a rule. */
export const EVIDENCE_SOURCES = {
  drills: {
    field: 'drillRule',
    words: 'the team’s recorded drills',
    note: 'only completed drills count',
  },
  incidents: {
    field: 'incidentRule',
    words: 'the team’s imported incidents',
    note: 'only recovered incidents count; a time or a yes/no the tool did not record is never read as 0 or no',
  },
} as const;
export type EvidenceSource = keyof typeof EVIDENCE_SOURCES;

/** One parameter of a rule kind. */
export interface RuleParam<T> {
  /** The values it takes, in words: "a whole number from 1 to 3650". */
  readonly accepts: string;
  /** What it means for the test. */
  readonly meaning: string;
  /** Checks a value; built on first use, since most sessions never read a model file. */
  readonly schema: () => z.ZodMiniType<T>;
}

export interface RuleKindDefinition {
  readonly source: EvidenceSource;
  /** What the rule tests, in one or two sentences naming its parameters. */
  readonly tests: string;
  readonly params: Readonly<Record<string, RuleParam<unknown>>>;
  /** Parameter values that make sense, shown in a model file's header. */
  readonly example: Readonly<Record<string, unknown>>;
}

/** A whole number within bounds. The message names the bounds, so a bad value is easy to fix. */
export function wholeNumber(min: number, max: number, meaning: string): RuleParam<number> {
  const accepts = `a whole number from ${min} to ${max}`;
  const error = mustBe(accepts);
  return {
    accepts,
    meaning,
    schema: () => z.int({ error }).check(z.gte(min, { error }), z.lte(max, { error })),
  };
}

function share(meaning: string): RuleParam<number> {
  const accepts = 'a number above 0 and at most 1 (0.5 is half, 1 is every one)';
  const error = mustBe(accepts);
  return {
    accepts,
    meaning,
    schema: () => z.number({ error }).check(z.gt(0, { error }), z.lte(1, { error })),
  };
}

function severities(meaning: string): RuleParam<readonly Severity[]> {
  const accepts = `a list of one or more of ${SEVERITIES.join(', ')}, each once`;
  const error = mustBe(accepts);
  return {
    accepts,
    meaning,
    schema: () =>
      z
        .array(z.enum(SEVERITIES, { error: mustBe(`one of ${SEVERITIES.join(', ')}`) }), { error })
        .check(
          z.minLength(1, { error }),
          z.refine((list) => new Set(list).size === list.length, {
            error: `must name each severity once`,
          }),
        ),
  };
}

const withinDays = wholeNumber(
  1,
  3650,
  'How many days back a drill counts, ending on the day the evidence is judged.',
);
const minDrills = wholeNumber(1, 1000, 'How many completed drills the test needs at least.');
const incidentDays = wholeNumber(
  1,
  3650,
  'How many days back an incident counts, by its detection, ending on the day the evidence is judged.',
);
const minIncidents = wholeNumber(1, 10000, 'How many recovered incidents the test needs at least.');

/** Every kind, in the order a model file's header documents them. */
export const EVIDENCE_RULES = {
  'tier1-recovery-measured': {
    source: 'drills',
    tests:
      'Every tier-1 service of the team was in a completed drill with a measured recovery time in the last `withinDays` days.',
    params: { withinDays },
    example: { withinDays: 90 },
  },
  'drills-per-quarter': {
    source: 'drills',
    tests:
      'At least `count` completed drills in each of the last `quarters` quarters (91-day periods counted back from the day the evidence is judged).',
    params: {
      count: wholeNumber(1, 50, 'How many completed drills each quarter needs.'),
      quarters: wholeNumber(1, 8, 'How many quarters, the most recent first.'),
    },
    example: { count: 1, quarters: 2 },
  },
  'reviews-held': {
    source: 'drills',
    tests:
      'A review was held for at least `share` of the drills of the given `severities` completed in the last `withinDays` days.',
    params: {
      severities: severities('Which drills count, by the severity they rehearse.'),
      share: share('The part of those drills that must have had a review.'),
      withinDays,
    },
    example: { severities: ['SEV1', 'SEV2'], share: 1, withinDays: 182 },
  },
  'runbook-usage-known': {
    source: 'drills',
    tests:
      'Enough drills were completed in the last `withinDays` days (at least `minDrills`) to state how often a runbook was followed.',
    params: { minDrills, withinDays },
    example: { minDrills: 3, withinDays: 91 },
  },
  'phases-measured': {
    source: 'drills',
    tests:
      'At least `minDrills` drills completed in the last `withinDays` days timed detection, acknowledgement, diagnosis and mitigation each on its own.',
    params: { minDrills, withinDays },
    example: { minDrills: 2, withinDays: 91 },
  },
  'recovery-median-improved': {
    source: 'drills',
    tests:
      'The median time to recover of the last `periodDays` days is lower than in the `periodDays` days before, by more than chance: each period has at least 5 drills with a measured recovery, and a 95 % bootstrap interval of the change excludes no change.',
    params: {
      periodDays: wholeNumber(30, 1825, 'The length of each of the two periods compared, in days.'),
    },
    example: { periodDays: 365 },
  },
  'incident-times-recorded': {
    source: 'incidents',
    tests:
      'Every recovered incident of the given `severities` detected in the last `withinDays` days has its start (impact or detection) and its recovery time recorded, and there are at least `minIncidents` of them.',
    params: {
      severities: severities('Which incidents count, by their severity.'),
      withinDays: incidentDays,
      minIncidents,
    },
    example: { severities: ['SEV1', 'SEV2'], withinDays: 91, minIncidents: 1 },
  },
  'incident-tier1-recovery-measured': {
    source: 'incidents',
    tests:
      'Every tier-1 service of the team had a recovered incident with a recorded recovery time in the last `withinDays` days.',
    params: { withinDays: incidentDays },
    example: { withinDays: 90 },
  },
  'incident-phases-measured': {
    source: 'incidents',
    tests:
      'At least `minIncidents` incidents recovered in the last `withinDays` days recorded detection, acknowledgement, diagnosis and mitigation each on its own.',
    params: { minIncidents, withinDays: incidentDays },
    example: { minIncidents: 2, withinDays: 91 },
  },
  'incident-median-improved': {
    source: 'incidents',
    tests:
      'The median time to recover of the incidents of the last `periodDays` days is lower than in the `periodDays` days before, by more than chance: each period has at least 5 incidents with a recorded recovery, and a 95 % bootstrap interval of the change excludes no change.',
    params: {
      periodDays: wholeNumber(30, 1825, 'The length of each of the two periods compared, in days.'),
    },
    example: { periodDays: 365 },
  },
  'incident-reviews-held': {
    source: 'incidents',
    tests:
      'A review was held for at least `share` of the recovered incidents of the given `severities` of the last `withinDays` days whose tool records reviews, and the tool records it for at least one.',
    params: {
      severities: severities('Which incidents count, by their severity.'),
      share: share('The part of those incidents that must have had a review.'),
      withinDays: incidentDays,
    },
    example: { severities: ['SEV1', 'SEV2'], share: 1, withinDays: 182 },
  },
} as const satisfies Readonly<Record<string, RuleKindDefinition>>;

type Rows = typeof EVIDENCE_RULES;
export type EvidenceRuleKind = keyof Rows;

type ValueOf<P> = P extends RuleParam<infer T> ? T : never;
type RuleOf<K extends EvidenceRuleKind> = { readonly kind: K } & {
  readonly [P in keyof Rows[K]['params']]: ValueOf<Rows[K]['params'][P]>;
};

/** Every rule a criterion may carry, as data: its kind and its parameters' values. */
export type EvidenceRule = { [K in EvidenceRuleKind]: RuleOf<K> }[EvidenceRuleKind];

/** The kinds whose evidence comes from one source. */
export type KindOfSource<S extends EvidenceSource> = {
  [K in EvidenceRuleKind]: Rows[K]['source'] extends S ? K : never;
}[EvidenceRuleKind];

export type RuleOfSource<S extends EvidenceSource> = Extract<
  EvidenceRule,
  { kind: KindOfSource<S> }
>;

/** The rule fields of a criterion, one per source: `drillRule?: DrillRule`. */
export type CriterionRules = {
  readonly [S in EvidenceSource as (typeof EVIDENCE_SOURCES)[S]['field']]?: RuleOfSource<S>;
};

export type RuleField = (typeof EVIDENCE_SOURCES)[EvidenceSource]['field'];

export const RULE_KINDS = Object.keys(EVIDENCE_RULES) as EvidenceRuleKind[];

// Read as a string: while there is one source, comparing its literal type with itself is all TS sees.
const sourceOf = (kind: EvidenceRuleKind): string => EVIDENCE_RULES[kind].source;

export function kindsOfSource(source: EvidenceSource): EvidenceRuleKind[] {
  return RULE_KINDS.filter((kind) => sourceOf(kind) === source);
}

export function isRuleKind(kind: unknown): kind is EvidenceRuleKind {
  return typeof kind === 'string' && Object.hasOwn(EVIDENCE_RULES, kind);
}

/** The definition of a kind, seen through its general shape (parameters by name). */
export function ruleKind(kind: EvidenceRuleKind): RuleKindDefinition {
  return EVIDENCE_RULES[kind];
}
