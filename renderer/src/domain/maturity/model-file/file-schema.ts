// The schema of a model file: every field, its type and its bounds, with messages in the words of
// someone editing the file. Objects are strict, so a misspelt field (`guidence:`) is a problem,
// never silently dropped. Rules that span fields (levels in order, ids used once) are checked in
// ./cross-checks, because they must be reported even where other fields are wrong.
import * as z from 'zod/mini';
import { ANSWER_VALUES, type AnswerValue } from '../../records/answers';
import {
  EVIDENCE_RULES,
  EVIDENCE_SOURCES,
  isRuleKind,
  kindsOfSource,
  ruleKind,
  type EvidenceSource,
  type RuleField,
  type RuleOfSource,
} from '../evidence-rules';
import { isModelName, MODEL_VERSION_MAX } from './model-id';
import { closestWord, describeValue, listInWords, mustBe } from './value-words';

export const MODEL_FILE_FORMAT = 'mttr-studio-maturity-model';
export const MODEL_FILE_FORMAT_VERSION = 1;

/** Bounds of a model file: generous for any real model, small enough to show on one screen. */
export const MODEL_LIMITS = {
  modelName: 120,
  levelName: 60,
  categories: 10,
  categoryId: 40,
  categoryName: 80,
  description: 600,
  criteriaPerLevel: 10,
  criterionId: 100,
  criterionText: 400,
  guidance: 1000,
  answerLabel: 40,
  answerMeaning: 300,
} as const;

/** Lowercase words joined by hyphens: `people`, `on-call`. */
export const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;
/** Category, level where it was first written, short name: `people.3.roles`. */
export const CRITERION_ID_PATTERN =
  /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[2-5]\.[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export type PathSegment = string | number;

function prose(max: number) {
  return z.string({ error: mustBe('text') }).check(
    z.refine((value) => value.trim() !== '', { error: 'is empty; write the text here' }),
    z.refine((value) => value.trim().length <= max, {
      error: (issue) =>
        `is ${String(issue.input).trim().length} characters long; at most ${max} are allowed`,
    }),
  );
}

function idOfShape(pattern: RegExp, max: number, shape: string) {
  return z.string({ error: mustBe(shape) }).check(
    z.refine((value) => pattern.test(value) && value.length <= max, {
      error: (issue) =>
        `${describeValue(issue.input)} is not ${shape}${String(issue.input).length > max ? ` (at most ${max} characters)` : ''}`,
    }),
  );
}

function wholeNumber(min: number, max: number, what: string) {
  const error = mustBe(what);
  return z.int({ error }).check(z.gte(min, { error }), z.lte(max, { error }));
}

const modelName = () =>
  z.string({ error: mustBe('a model id such as acme-recovery') }).check(
    z.refine(isModelName, {
      error: (issue) =>
        `${describeValue(issue.input)} is not a model id: lowercase letters, digits and single hyphens, starting with a letter (acme-recovery)${String(issue.input).includes('@') ? '; the version goes in `version`' : ''}`,
    }),
  );

const ruleFieldOf = (source: EvidenceSource): RuleField => EVIDENCE_SOURCES[source].field;

function unknownKind(source: EvidenceSource) {
  const kinds = kindsOfSource(source);
  const field = ruleFieldOf(source);
  return (issue: { readonly code?: string; readonly input?: unknown }): string => {
    const shape = 'a rule: a kind and its parameters, one per line (see the file’s header)';
    if (issue.code !== 'invalid_union' || !isObject(issue.input)) return mustBe(shape)(issue);
    const kind = issue.input['kind'];
    const known = `the kinds of ${field} are ${listInWords(kinds)}`;
    if (kind === undefined) return `is missing; ${known}`;
    if (isRuleKind(kind)) {
      const other = ruleFieldOf(EVIDENCE_RULES[kind].source);
      return `${describeValue(kind)} is a rule for ${other}, not for ${field}`;
    }
    const near = typeof kind === 'string' ? closestWord(kind, kinds) : undefined;
    return `${describeValue(kind)} is not a kind of ${field}${near === undefined ? '' : ` (did you mean "${near}"?)`}; ${known}`;
  };
}

function ruleSchema<S extends EvidenceSource>(source: S): z.ZodMiniType<RuleOfSource<S>> {
  const options = kindsOfSource(source).map((kind) =>
    z.strictObject({
      kind: z.literal(kind),
      ...Object.fromEntries(
        Object.entries(ruleKind(kind).params).map(([name, param]) => [name, param.schema()]),
      ),
    }),
  );
  const [first, ...rest] = options;
  // A source is declared before its first kind is written: until then no rule of it is valid.
  if (first === undefined) {
    return z.never({
      error: `names no kind: there are no ${ruleFieldOf(source)} kinds yet`,
    });
  }
  // The options are built from the table that RuleOfSource is derived from; the cast restates
  // that (the vocabulary's tests parse every kind's example through this schema).
  return z.discriminatedUnion('kind', [first, ...rest], {
    error: unknownKind(source),
  }) as unknown as z.ZodMiniType<RuleOfSource<S>>;
}

type RuleFieldSchemas = {
  [S in EvidenceSource as (typeof EVIDENCE_SOURCES)[S]['field']]: z.ZodMiniOptional<
    z.ZodMiniType<RuleOfSource<S>>
  >;
};

function ruleFields(): RuleFieldSchemas {
  const sources = Object.keys(EVIDENCE_SOURCES) as EvidenceSource[];
  return Object.fromEntries(
    sources.map((source) => [ruleFieldOf(source), z.optional(ruleSchema(source))]),
  ) as RuleFieldSchemas;
}

function buildSchemas() {
  const L = MODEL_LIMITS;
  const criterion = z.strictObject(
    {
      id: idOfShape(
        CRITERION_ID_PATTERN,
        L.criterionId,
        'a criterion id: category, level and a short name in lowercase, joined by dots (people.3.roles)',
      ),
      text: prose(L.criterionText),
      guidance: prose(L.guidance),
      ...ruleFields(),
    },
    { error: mustBe('a criterion: id, text and guidance') },
  );
  const categoryLevel = z.strictObject(
    {
      level: wholeNumber(2, 5, '2, 3, 4 or 5 (level 1 is described by the category’s `initial`)'),
      description: prose(L.description),
      criteria: z.array(criterion, { error: mustBe('a list of criteria') }).check(
        z.minLength(1, { error: 'has no criteria; every level needs at least one' }),
        z.maxLength(L.criteriaPerLevel, {
          error: `has too many criteria; a level may have at most ${L.criteriaPerLevel}`,
        }),
      ),
    },
    { error: mustBe('a level: level, description and criteria') },
  );
  const category = z.strictObject(
    {
      id: idOfShape(
        CATEGORY_ID_PATTERN,
        L.categoryId,
        'a category id: lowercase words joined by hyphens (people, on-call)',
      ),
      name: prose(L.categoryName),
      initial: prose(L.description),
      levels: z.array(categoryLevel, { error: mustBe('a list of levels 2 to 5') }),
    },
    { error: mustBe('a category: id, name, initial and levels') },
  );
  const level = z.strictObject(
    { level: wholeNumber(1, 5, 'a level from 1 to 5'), name: prose(L.levelName) },
    { error: mustBe('a level: level and name') },
  );
  const answer = z.strictObject(
    { label: prose(L.answerLabel), meaning: prose(L.answerMeaning) },
    { error: mustBe('an answer’s wording: label and meaning') },
  );
  const answerScale = z.strictObject(
    Object.fromEntries(ANSWER_VALUES.map((value) => [value, answer])) as Record<
      AnswerValue,
      typeof answer
    >,
    {
      error: mustBe(`the answer scale: ${listInWords(ANSWER_VALUES)}, each with label and meaning`),
    },
  );
  const model = z.strictObject(
    {
      format: z.literal(MODEL_FILE_FORMAT),
      formatVersion: z.literal(MODEL_FILE_FORMAT_VERSION),
      id: modelName(),
      version: wholeNumber(1, MODEL_VERSION_MAX, `a whole number from 1 to ${MODEL_VERSION_MAX}`),
      name: prose(L.modelName),
      levels: z.array(level, { error: mustBe('a list of levels 1 to 5') }),
      answerScale: z.optional(answerScale),
      categories: z.array(category, { error: mustBe('a list of categories') }).check(
        z.minLength(1, { error: 'has no categories; a model needs at least one' }),
        z.maxLength(L.categories, {
          error: `has too many categories; a model may have at most ${L.categories}`,
        }),
      ),
    },
    { error: mustBe('a maturity model') },
  );
  return { model, level, answerScale, answer, category, categoryLevel, criterion };
}

let built: ReturnType<typeof buildSchemas> | undefined;

/** The schemas, built on first use: most sessions never read a model file. */
export function modelFileSchemas(): ReturnType<typeof buildSchemas> {
  built ??= buildSchemas();
  return built;
}

export type ModelFileData = z.infer<ReturnType<typeof buildSchemas>['model']>;

/** What kind of object sits at a path, and its fields: for messages about an unknown field. */
export function objectAt(
  path: readonly PathSegment[],
  value: unknown,
): { readonly noun: string; readonly fields: readonly string[] } {
  const schemas = modelFileSchemas();
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  const where = keys.join('.');
  const fieldsOf = (schema: { shape: object }) => Object.keys(schema.shape);
  const source = (Object.keys(EVIDENCE_SOURCES) as EvidenceSource[]).find(
    (candidate) => where === `categories.levels.criteria.${ruleFieldOf(candidate)}`,
  );
  if (source !== undefined) {
    const kind = isObject(value) ? value['kind'] : undefined;
    const params = isRuleKind(kind) ? Object.keys(ruleKind(kind).params) : [];
    return {
      noun: `a ${isRuleKind(kind) ? kind : ruleFieldOf(source)} rule`,
      fields: ['kind', ...params],
    };
  }
  if (where === 'categories.levels.criteria')
    return { noun: 'a criterion', fields: fieldsOf(schemas.criterion) };
  if (where === 'categories.levels')
    return { noun: 'a category’s level', fields: fieldsOf(schemas.categoryLevel) };
  if (where === 'categories') return { noun: 'a category', fields: fieldsOf(schemas.category) };
  if (where === 'levels') return { noun: 'a level', fields: fieldsOf(schemas.level) };
  if (where === 'answerScale')
    return { noun: 'the answer scale', fields: fieldsOf(schemas.answerScale) };
  if (where.startsWith('answerScale.'))
    return { noun: 'an answer’s wording', fields: fieldsOf(schemas.answer) };
  return { noun: 'the model', fields: fieldsOf(schemas.model) };
}

export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
