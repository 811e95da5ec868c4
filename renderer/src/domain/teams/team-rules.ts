// What a valid team, service or person is. Names are compared the way a person reads them: the
// same letters with different spacing, case or Unicode composition are the same name, so the app
// never shows two teams that look identical. Every check returns the cleaned value to store.
import type { ServiceTier } from '../records/services';
import type { FieldErrors, Outcome } from '../outcome';

export const NAME_MAX_LENGTH = 80;
export const ROLE_MAX_LENGTH = 60;

/** Anything with an id and a name: a stored record or a candidate. */
export interface Named {
  readonly id: string;
  readonly name: string;
}

export interface TeamInput {
  readonly name: string;
}
export interface ServiceInput {
  readonly name: string;
  /** Unknown because it comes straight from a form; only the numbers 1, 2 and 3 are accepted. */
  readonly tier: unknown;
}
export interface PersonInput {
  readonly name: string;
  readonly role: string;
}

export interface TeamValues {
  readonly name: string;
}
export interface ServiceValues {
  readonly name: string;
  readonly tier: ServiceTier;
}
export interface PersonValues {
  readonly name: string;
  readonly role: string;
}

// Vertical breaks (\n, \r, \v, \f, NEL, LS, PS) would split a name over lines in lists and reports.
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;
// Control characters (tab excepted: it is ordinary whitespace from a pasted spreadsheet cell) and
// the bidirectional overrides/isolates, which can make a name display as something it is not.
const CONTROL = /(?!\t)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const WHITESPACE_RUN = /\s+/gu;

/** Unicode NFC, trimmed, every inner run of whitespace collapsed to one space. */
export function normaliseName(s: string): string {
  return s.normalize('NFC').trim().replace(WHITESPACE_RUN, ' ');
}

/** Same name as a reader would see it: normalised and case-insensitive. */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

function foldName(s: string): string {
  return normaliseName(s).toLocaleLowerCase('en');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Length as a user counts it: user-perceived characters, so "é" (however typed) or a flag emoji is
 * one character, and the number in a "too long" message matches what they see.
 */
export function nameLength(s: string): number {
  return Array.from(graphemes.segment(s)).length;
}

interface TextRule {
  /** The noun used in messages: "name", "role". */
  readonly noun: string;
  readonly max: number;
  /** The message when empty, or null when the field may be left empty. */
  readonly whenEmpty: string | null;
}

type TextCheck = { ok: true; value: string } | { ok: false; message: string };

function checkText(raw: string, rule: TextRule): TextCheck {
  const trimmed = raw.normalize('NFC').trim();
  if (trimmed === '') {
    return rule.whenEmpty === null
      ? { ok: true, value: '' }
      : { ok: false, message: rule.whenEmpty };
  }
  if (LINE_BREAK.test(trimmed)) {
    return { ok: false, message: `Keep the ${rule.noun} on one line.` };
  }
  if (CONTROL.test(trimmed)) {
    return { ok: false, message: `Remove the hidden control characters from the ${rule.noun}.` };
  }
  const value = trimmed.replace(WHITESPACE_RUN, ' ');
  const length = nameLength(value);
  if (length > rule.max) {
    return {
      ok: false,
      message: `Keep the ${rule.noun} to ${rule.max} characters or fewer (this one has ${length}).`,
    };
  }
  return { ok: true, value };
}

function findSameName(name: string, others: readonly Named[], selfId?: string): Named | undefined {
  const folded = foldName(name);
  return others.find((other) => other.id !== selfId && foldName(other.name) === folded);
}

/** Checks a name's text, then that no other record in `others` already has it. */
function checkName(
  raw: string,
  whenEmpty: string,
  others: readonly Named[],
  selfId: string | undefined,
  duplicateMessage: (existing: string) => string,
): TextCheck {
  const text = checkText(raw, { noun: 'name', max: NAME_MAX_LENGTH, whenEmpty });
  if (!text.ok) return text;
  const clash = findSameName(text.value, others, selfId);
  return clash ? { ok: false, message: duplicateMessage(clash.name) } : text;
}

/**
 * A team's name must be unique among all teams. Pass `selfId` when renaming, so keeping the name or
 * changing only its case is allowed.
 */
export function validateTeamInput(
  input: TeamInput,
  existing: readonly Named[],
  selfId?: string,
): Outcome<TeamValues, 'name'> {
  const name = checkName(
    input.name,
    'Give the team a name.',
    existing,
    selfId,
    (other) => `There is already a team called “${other}”.`,
  );
  return name.ok
    ? { ok: true, value: { name: name.value } }
    : { ok: false, errors: { name: name.message } };
}

/** The tier a form value stands for, or null. Only the numbers 1, 2 and 3 are tiers. */
export function parseTier(tier: unknown): ServiceTier | null {
  return tier === 1 || tier === 2 || tier === 3 ? tier : null;
}

function tierMessage(tier: unknown): string {
  return tier === undefined || tier === null || tier === ''
    ? 'Choose a tier for the service.'
    : 'The tier must be 1 (most critical), 2 or 3.';
}

/** A service's name must be unique among its team's services (`siblings`). */
export function validateServiceInput(
  input: ServiceInput,
  siblings: readonly Named[],
  selfId?: string,
): Outcome<ServiceValues, 'name' | 'tier'> {
  const errors: FieldErrors<'name' | 'tier'> = {};
  const name = checkName(
    input.name,
    'Give the service a name.',
    siblings,
    selfId,
    (other) => `This team already has a service called “${other}”.`,
  );
  if (!name.ok) errors.name = name.message;
  const tier = parseTier(input.tier);
  if (tier === null) errors.tier = tierMessage(input.tier);
  return name.ok && tier !== null
    ? { ok: true, value: { name: name.value, tier } }
    : { ok: false, errors };
}

/**
 * A person's full name must be unique within their team: the app refers to people by name in
 * drills and action items, so two identical names would make those records ambiguous. A role is
 * required: drills assign people to roles, and a roster without them is hard to staff from.
 */
export function validatePersonInput(
  input: PersonInput,
  siblings: readonly Named[],
  selfId?: string,
): Outcome<PersonValues, 'name' | 'role'> {
  const errors: FieldErrors<'name' | 'role'> = {};
  const name = checkName(
    input.name,
    'Give the person a name.',
    siblings,
    selfId,
    (other) =>
      `This team already has someone called “${other}”. Add an initial to tell them apart (for example “${withInitial(other)}”).`,
  );
  if (!name.ok) errors.name = name.message;
  const role = checkText(input.role, {
    noun: 'role',
    max: ROLE_MAX_LENGTH,
    whenEmpty: 'Give the person’s role, for example “Backend engineer”.',
  });
  if (!role.ok) errors.role = role.message;
  return name.ok && role.ok
    ? { ok: true, value: { name: name.value, role: role.value } }
    : { ok: false, errors };
}

/** "Alex Kim" → "Alex R. Kim": an example of a distinguishing initial for the message above. */
function withInitial(name: string): string {
  const [first, ...rest] = normaliseName(name).split(' ');
  return rest.length > 0 ? `${first ?? ''} R. ${rest.join(' ')}` : `${name} R.`;
}

// Sorting follows the reader's locale and ignores case and accents, so "émile" sits among the Es;
// ties fall back to the id so the order is stable between renders.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

export function byName<T extends Named>(a: T, b: T): number {
  return compareNames(a.name, b.name) || compareIds(a.id, b.id);
}

export function byTierThenName<T extends Named & { readonly tier: number }>(a: T, b: T): number {
  return a.tier - b.tier || byName(a, b);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
