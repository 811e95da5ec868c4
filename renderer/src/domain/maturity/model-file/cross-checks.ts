// The rules of a model file that span fields: levels each given once and in order, category ids
// and criterion ids each used once (criterion ids across the whole model, since answers find their
// criterion by id alone). They read the file as parsed, before or despite schema problems, so a
// file with a wrong field still hears about a duplicate id; values the schema refuses are skipped
// here, as the schema already names them.
import { isObject, type PathSegment } from './file-schema';
import { listInWords } from './value-words';

export interface LocatedProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

type LineOf = (path: readonly PathSegment[]) => number;

export function crossCheck(data: unknown, lineOf: LineOf): LocatedProblem[] {
  if (!isObject(data)) return [];
  const problems: LocatedProblem[] = [];
  const levels = data['levels'];
  if (Array.isArray(levels)) {
    problems.push(
      ...levelSequence(levels, [1, 2, 3, 4, 5], ['levels'], 'a model names levels 1 to 5', lineOf),
    );
  }
  const categories = Array.isArray(data['categories']) ? (data['categories'] as unknown[]) : [];
  const categoryIds: Entry[] = [];
  const criterionIds: Entry[] = [];
  for (const [c, category] of categories.entries()) {
    if (!isObject(category)) continue;
    categoryIds.push({ value: category['id'], path: ['categories', c, 'id'] });
    const categoryLevels = category['levels'];
    if (!Array.isArray(categoryLevels)) continue;
    const path = ['categories', c, 'levels'];
    problems.push(
      ...levelSequence(
        categoryLevels,
        [2, 3, 4, 5],
        path,
        'every category describes levels 2 to 5 (level 1 is its `initial`)',
        lineOf,
      ),
    );
    for (const [l, level] of categoryLevels.entries()) {
      const criteria = isObject(level) ? level['criteria'] : undefined;
      if (!Array.isArray(criteria)) continue;
      for (const [k, criterion] of criteria.entries()) {
        if (!isObject(criterion)) continue;
        criterionIds.push({ value: criterion['id'], path: [...path, l, 'criteria', k, 'id'] });
      }
    }
  }
  problems.push(...usedOnce(categoryIds, lineOf), ...usedOnce(criterionIds, lineOf));
  return problems;
}

interface Entry {
  readonly value: unknown;
  readonly path: readonly PathSegment[];
}

function usedOnce(entries: readonly Entry[], lineOf: LineOf): LocatedProblem[] {
  const seen = new Map<string, { first: Entry; count: number }>();
  const problems: LocatedProblem[] = [];
  for (const entry of entries) {
    if (typeof entry.value !== 'string') continue;
    const earlier = seen.get(entry.value);
    if (earlier === undefined) {
      seen.set(entry.value, { first: entry, count: 1 });
      continue;
    }
    earlier.count += 1;
    const times = earlier.count === 2 ? 'twice' : `${earlier.count} times`;
    problems.push({
      path: entry.path,
      message: `${JSON.stringify(entry.value)} is used ${times} (first at line ${lineOf(earlier.first.path)}); each id names one thing`,
    });
  }
  return problems;
}

/** Each expected level once, in increasing order; names the missing ones at the list itself. */
function levelSequence(
  items: readonly unknown[],
  expected: readonly number[],
  path: readonly PathSegment[],
  rule: string,
  lineOf: LineOf,
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const firstIndex = new Map<number, number>();
  let highest = 0;
  for (const [index, item] of items.entries()) {
    const level = isObject(item) ? item['level'] : undefined;
    if (typeof level !== 'number' || !expected.includes(level)) continue;
    const at = [...path, index, 'level'];
    const first = firstIndex.get(level);
    if (first !== undefined) {
      problems.push({
        path: at,
        message: `level ${level} is given twice (first at line ${lineOf([...path, first, 'level'])}); ${rule}, each once`,
      });
      continue;
    }
    if (level < highest) {
      problems.push({
        path: at,
        message: `level ${level} comes after level ${highest}; ${rule}, in order`,
      });
    }
    firstIndex.set(level, index);
    highest = Math.max(highest, level);
  }
  const missing = expected.filter((level) => !firstIndex.has(level));
  if (missing.length > 0) {
    problems.push({
      path,
      message: `${missing.length === 1 ? 'level' : 'levels'} ${listInWords(missing.map(String))} ${missing.length === 1 ? 'is' : 'are'} missing; ${rule}`,
    });
  }
  return problems;
}
