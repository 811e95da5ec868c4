// How a model file's problems name the value they are about: as the file wrote it, short enough
// to read in a list ("people.3.x", 0, a list), and the nearest known word for a typo.

const QUOTED_MAX = 40;

export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') {
    const shown = value.length > QUOTED_MAX ? `${value.slice(0, QUOTED_MAX)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of fields';
  return 'an unreadable value';
}

/**
 * The error of a schema whose value has the wrong type or range: "is missing", "is empty", or
 * "must be <what>, not <value>". Zod passes the raw issue; only its input matters here.
 */
export function mustBe(what: string): (issue: { readonly input?: unknown }) => string {
  return (issue) => {
    if (issue.input === undefined) return `is missing; it must be ${what}`;
    if (issue.input === null) return `is empty; it must be ${what}`;
    return `must be ${what}, not ${describeValue(issue.input)}`;
  };
}

/**
 * The known word closest to a typo, if any is near: one edit per three letters, at most two, so
 * `guidence` finds `guidance` and `<<` finds nothing.
 */
export function closestWord(typo: string, known: readonly string[]): string | undefined {
  const allowed = Math.min(2, Math.floor(typo.length / 3));
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = editDistance(typo.toLowerCase(), word.toLowerCase());
    if (distance <= allowed && (best === undefined || distance < best.distance))
      best = { word, distance };
  }
  return best?.word;
}

/** Levenshtein distance, with one row of memory. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** "a, b and c". */
export function listInWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
