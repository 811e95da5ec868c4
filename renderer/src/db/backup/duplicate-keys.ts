// Finds a key written twice in one JSON object. JSON.parse keeps the last value without a word, so
// a file with `"schemaVersion": 999` shadowed by a later `"schemaVersion": 1`, or a team with two
// names, would be read as if nothing were odd; the app never writes such a file.
//
// It scans text that JSON.parse has already accepted, so it only needs to follow the structure:
// strings are skipped with indexOf, and only keys are decoded (and only those with an escape, so
// that "n\u0061me" and "name" are the same key, as they are to JSON.parse). One pass, no tree.

export interface DuplicateKey {
  /** The key as JSON.parse reads it. */
  readonly key: string;
  /** Where the second one is, e.g. `stores.teams[3].name`. */
  readonly path: readonly (string | number)[];
  /** The line of the second one, from 1. */
  readonly line: number;
}

interface Frame {
  /**
   * The keys seen so far, for an object; null for a list. A list while short: records have a few
   * keys, and a Set per object costs more than scanning them. A Set once long, so an object of
   * thousands of keys does not take quadratic time.
   */
  keys: string[] | Set<string> | null;
  /** The current key (object) or index (list), for the path. */
  at: string | number;
}

const SHORT_OBJECT = 32;
const QUOTE = 0x22;

const seen = (keys: readonly string[] | ReadonlySet<string>, key: string) =>
  Array.isArray(keys) ? keys.includes(key) : (keys as ReadonlySet<string>).has(key);
const BACKSLASH = 0x5c;

/** The first duplicate key of a valid JSON text, or null. */
export function findDuplicateKey(json: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === QUOTE) {
      const end = closingQuote(json, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const raw = json.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(json.slice(i, end + 1)) as string) : raw;
        if (seen(top.keys, key)) {
          top.at = key;
          return { key, path: stack.map((frame) => frame.at), line: lineOf(json, i) };
        }
        if (Array.isArray(top.keys)) {
          top.keys.push(key);
          if (top.keys.length > SHORT_OBJECT) top.keys = new Set(top.keys);
        } else top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = end;
    } else if (code === 0x7b /* { */) {
      stack.push({ keys: [], at: '' });
      expectKey = true;
    } else if (code === 0x5b /* [ */) {
      stack.push({ keys: null, at: 0 });
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      stack.pop();
    } else if (code === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top === undefined) continue;
      if (top.keys === null) top.at = (top.at as number) + 1;
      else expectKey = true;
    }
  }
  return null;
}

/** The index of the quote that closes the string opening at `open`. */
function closingQuote(json: string, open: number): number {
  let end = json.indexOf('"', open + 1);
  // JSON.parse accepted the text, so every string is closed; the guard only keeps a caller's
  // mistake from looping.
  while (end !== -1) {
    // A quote preceded by an odd number of backslashes is escaped.
    let slashes = 0;
    while (json.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return end;
    end = json.indexOf('"', end + 1);
  }
  return json.length;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
  }
  return line;
}

/** `stores.teams[3].name`: a path as a reader finds it in the file. */
export function formatJsonPath(path: readonly (string | number)[]): string {
  return path
    .map((step, index) =>
      typeof step === 'number'
        ? `[${String(step)}]`
        : /^[A-Za-z_$][\w$]*$/u.test(step)
          ? `${index === 0 ? '' : '.'}${step}`
          : `[${JSON.stringify(step)}]`,
    )
    .join('');
}
