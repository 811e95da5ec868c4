// Small readers for values taken out of a file, shared by every importer: text as a user would
// recognise it, placeholders that mean "nothing here", and cells that would run as formulas.

/** Cut long values short in messages, so a sentence stays a sentence. */
const SHOWN = 40;

/** A value as a user could find it in the file: quoted, cut short. */
export function show(value: unknown): string {
  // JSON.stringify gives undefined (despite its type) for undefined and functions.
  const json = JSON.stringify(value) as string | undefined;
  const text = typeof value === 'string' ? value : (json ?? 'nothing');
  const shown = text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
  return `"${shown.replace(/\r?\n/gu, ' ')}"`;
}

/** A field's name in a sentence: quoted, unless it holds quotes of its own (`values["Resolved at"]`). */
export function quoted(field: string): string {
  return field.includes('"') ? field : `"${field}"`;
}

/** Trimmed text of a string or number; undefined for anything else or for empty text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** What spreadsheets and exports write where a time or severity was never set. */
const PLACEHOLDERS = new Set(['-', '–', '—', 'n/a', 'na', 'null', 'none', 'nil', 'undefined']);

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(text.toLowerCase());
}

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `@SUM(…)`,
 * `+1+cmd|…`, `-2+3+cmd|…`). No time, id or severity starts like this, so such a value is refused
 * rather than stored where an export could hand it back to a spreadsheet.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/u.test(text);
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): Json | undefined {
  if (!isObject(value)) return undefined;
  const inner = value[key];
  return isObject(inner) ? inner : undefined;
}

export function listAt(value: unknown, key: string): readonly unknown[] {
  if (!isObject(value)) return [];
  const inner = value[key];
  return Array.isArray(inner) ? inner : [];
}

/** Distinct non-empty names, in file order. */
export function names(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = textOf(value);
    if (text !== undefined) seen.add(text);
  }
  return [...seen];
}
