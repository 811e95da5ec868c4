// Reading a model file someone edited: the YAML is parsed with positions, checked against the
// file's schema and its cross-field rules, and either becomes a MaturityModel or is refused with
// every problem, each named by its line and its path in the file. Nothing here writes anything;
// a refused file is simply not used.
import { LineCounter, parseDocument } from 'yaml';
import type { MaturityModel } from '../model-types';
import { crossCheck, type LocatedProblem } from './cross-checks';
import {
  isObject,
  MODEL_FILE_FORMAT,
  MODEL_FILE_FORMAT_VERSION,
  modelFileSchemas,
  objectAt,
  type PathSegment,
} from './file-schema';
import type { ModelRef } from './model-id';
import { formatPath, Positions } from './positions';
import { formatProblem, type ModelFileProblem } from './problems';
import { toModel } from './to-model';
import { firstAliasOffset, structureProblems, syntaxProblem } from './yaml-problems';
import { closestWord, describeValue, listInWords } from './value-words';
import { MODEL_FILE_MAX_BYTES } from './limits';

export { MODEL_FILE_MAX_BYTES };

/** Enough to fix a file in a few rounds without a wall of text. */
export const MAX_LISTED_PROBLEMS = 50;
/** Aliases may repeat a text; more expansion than this is an attack, not an edit. */
export const MAX_ALIAS_EXPANSION = 50;

export type ModelFileRead =
  | { readonly ok: true; readonly model: MaturityModel; readonly ref: ModelRef }
  | {
      readonly ok: false;
      readonly problems: readonly ModelFileProblem[];
      /** Problems found beyond those listed. */
      readonly unlisted: number;
    };

export function readModelFile(text: string): ModelFileRead {
  // A UTF-16 unit is at least one byte in UTF-8, so a long text is refused without encoding it.
  const bytes = text.length > MODEL_FILE_MAX_BYTES ? text.length : utf8Bytes(text);
  if (bytes > MODEL_FILE_MAX_BYTES) {
    const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
    const message = `the file is ${kb(bytes)}; a model file may be at most ${kb(MODEL_FILE_MAX_BYTES)}`;
    return refuse([{ line: 1, path: '', message }]);
  }
  if (text.trim() === '') return refuse([{ line: 1, path: '', message: 'the file is empty' }]);

  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: true,
    // Keys given twice are found in one pass by structureProblems (the parser's check is slower).
    uniqueKeys: false,
    stringKeys: true,
    // No YAML 1.1 extras: a `<<` merge key is an unknown field, `!!binary` an unknown tag.
    merge: false,
    resolveKnownTags: false,
  });
  const at = new Positions(doc, lines);
  const locate = (found: readonly LocatedProblem[]): ModelFileProblem[] =>
    found.map(({ path, message }) => ({ line: at.lineOf(path), path: formatPath(path), message }));

  // Past a syntax error the parser guesses, and what it reports next is mostly an echo of the
  // first error; only that one is named.
  const [broken] = doc.errors;
  if (broken !== undefined) return refuse([syntaxProblem(broken, at)]);
  const structure = structureProblems(doc, at);
  const yaml = [
    ...doc.warnings.slice(0, MAX_LISTED_PROBLEMS).map((warning) => syntaxProblem(warning, at)),
    ...structure.problems,
  ];
  if (!structure.readable) return refuse(yaml);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch {
    const first = firstAliasOffset(doc) ?? 0;
    return refuse([
      ...yaml,
      {
        line: at.lineAt(first),
        path: formatPath(at.pathAt(first)),
        message: `the file’s aliases repeat too much (more than ${MAX_ALIAS_EXPANSION} copies); write the text out instead`,
      },
    ]);
  }

  const format = formatProblems(data);
  if (format.length > 0) return refuse([...yaml, ...locate(format)]);

  const parsed = modelFileSchemas().model.safeParse(data, { reportInput: true });
  const schema: LocatedProblem[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => {
        const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
        if (issue.code !== 'unrecognized_keys') return [{ path, message: issue.message }];
        return issue.keys.map((key) => unknownField(path, key, valueAt(data, path)));
      });
  const problems = [...yaml, ...locate(schema), ...locate(crossCheck(data, (p) => at.lineOf(p)))];
  if (problems.length > 0 || !parsed.success) return refuse(problems);
  return {
    ok: true,
    model: toModel(parsed.data),
    ref: { name: parsed.data.id, version: parsed.data.version },
  };
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function refuse(problems: readonly ModelFileProblem[]): ModelFileRead {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Stable: problems on one line keep the order they were found in.
  const sorted = [...unique].sort((a, b) => a.line - b.line);
  return {
    ok: false,
    problems: sorted.slice(0, MAX_LISTED_PROBLEMS),
    unlisted: Math.max(0, sorted.length - MAX_LISTED_PROBLEMS),
  };
}

/** Whether this is a model file at all, and one this version reads. Checked first, alone. */
function formatProblems(data: unknown): LocatedProblem[] {
  const expected = `format: ${MODEL_FILE_FORMAT}`;
  if (!isObject(data)) {
    return [
      { path: [], message: `this is not a maturity model file (it starts with ${expected})` },
    ];
  }
  if (data['format'] !== MODEL_FILE_FORMAT) {
    const found =
      data['format'] === undefined
        ? 'has no format field'
        : `says format ${describeValue(data['format'])}`;
    return [
      {
        path: ['format'],
        message: `this file ${found}; a maturity model file starts with ${expected}`,
      },
    ];
  }
  const version = data['formatVersion'];
  if (typeof version === 'number' && version > MODEL_FILE_FORMAT_VERSION) {
    return [
      {
        path: ['formatVersion'],
        message: `the file was written by a newer version of MTTR Studio (format version ${version}); this version reads format version ${MODEL_FILE_FORMAT_VERSION}`,
      },
    ];
  }
  return [];
}

function unknownField(path: readonly PathSegment[], key: string, value: unknown): LocatedProblem {
  const { noun, fields } = objectAt(path, value);
  const near = closestWord(key, fields);
  const hint =
    near === undefined ? `its fields are ${listInWords(fields)}` : `did you mean "${near}"?`;
  return {
    path: [...path, key],
    message: `${JSON.stringify(key)} is not a field of ${noun}; ${hint}`,
  };
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment] as unknown;
    else if (isObject(value) && typeof segment === 'string') value = value[segment];
    else return undefined;
  }
  return value;
}

export { formatProblem, type ModelFileProblem, type ModelRef };
