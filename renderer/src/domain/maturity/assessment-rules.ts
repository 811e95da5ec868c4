// What a valid assessment start, answer and piece of evidence is. Every check returns the cleaned
// value to store, or one message per field in the words the form shows.
import {
  EARLIEST_DATE,
  isPlausibleDate,
  LATEST_DATE,
  type Id,
  type IsoDate,
} from '../records/common';
import type { RaterRef } from '../records/assessments';
import { type AnswerValue, ANSWER_VALUES, lacksNaReason } from '../records/answers';
import { isIsoDate } from '../dates/iso-date';
import { isWebLink } from '../text/web-link';
import { nameLength, normaliseName } from '../teams/team-rules';
import type { FieldErrors, Outcome } from '../outcome';

export const FACILITATOR_MAX_LENGTH = 80;
export const NA_REASON_MAX_LENGTH = 500;
export const EVIDENCE_TEXT_MAX_LENGTH = 4000;
export const EVIDENCE_LINKS_MAX = 10;
/** Independent rating needs at least two raters: one rater's answers are simply the answers. */
export const MIN_RATERS = 2;

export interface StartInput {
  readonly takenOn: string;
  readonly facilitator: string;
  readonly participants: readonly RaterRef[];
  readonly independentRaters: boolean;
}

export interface StartValues {
  readonly takenOn: IsoDate;
  readonly facilitator: string;
  readonly participants: readonly RaterRef[];
  readonly raters: readonly RaterRef[];
}

export type StartField = 'takenOn' | 'facilitator' | 'participants';

export function validateStart(input: StartInput): Outcome<StartValues, StartField> {
  const errors: FieldErrors<StartField> = {};
  const takenOn = input.takenOn.trim();
  if (!isIsoDate(takenOn))
    errors.takenOn = 'Give the date of the assessment, for example 2025-03-14.';
  else if (!isPlausibleDate(takenOn))
    errors.takenOn = `Give a date from ${EARLIEST_DATE} to ${LATEST_DATE}.`;
  const facilitator = normaliseName(input.facilitator);
  if (facilitator === '') errors.facilitator = 'Say who facilitates the assessment.';
  else if (nameLength(facilitator) > FACILITATOR_MAX_LENGTH) {
    errors.facilitator = `Keep the name to ${FACILITATOR_MAX_LENGTH} characters or fewer.`;
  }
  const participants = dedupe(input.participants);
  if (input.independentRaters && participants.length < MIN_RATERS) {
    errors.participants = 'Rating independently needs at least two participants.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      takenOn,
      facilitator,
      participants,
      raters: input.independentRaters ? participants : [],
    },
  };
}

function dedupe(refs: readonly RaterRef[]): RaterRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.id) && seen.add(ref.id));
}

export interface AnswerInput {
  readonly value: AnswerValue | null;
  readonly naReason: string;
}

export function validateAnswer(input: AnswerInput): Outcome<AnswerInput, 'value' | 'naReason'> {
  if (input.value !== null && !ANSWER_VALUES.includes(input.value)) {
    return { ok: false, errors: { value: 'Choose one of the answers.' } };
  }
  if (input.value !== 'na') return { ok: true, value: { value: input.value, naReason: '' } };
  const naReason = input.naReason.trim();
  if (lacksNaReason('na', naReason)) {
    return { ok: false, errors: { naReason: 'Say why this does not apply to the team.' } };
  }
  if (naReason.length > NA_REASON_MAX_LENGTH) {
    return {
      ok: false,
      errors: { naReason: `Keep the reason to ${NA_REASON_MAX_LENGTH} characters or fewer.` },
    };
  }
  return { ok: true, value: { value: 'na', naReason } };
}

export interface EvidenceInput {
  readonly text: string;
  /** One link per entry; empty entries are dropped. */
  readonly links: readonly string[];
  /** Drills recorded in the app that show the criterion is met; the repository checks they exist. */
  readonly drillIds: readonly Id[];
  /** Imported incidents that show it; the repository checks they are the team's. */
  readonly incidentIds?: readonly Id[];
}

export const EVIDENCE_DRILLS_MAX = 20;
export const EVIDENCE_INCIDENTS_MAX = 20;

export type EvidenceField = 'text' | 'links' | 'drillIds' | 'incidentIds';

export function validateEvidence(input: EvidenceInput): Outcome<EvidenceInput, EvidenceField> {
  const errors: FieldErrors<EvidenceField> = {};
  const text = input.text.trim();
  if (text.length > EVIDENCE_TEXT_MAX_LENGTH) {
    errors.text = `Keep the evidence to ${EVIDENCE_TEXT_MAX_LENGTH} characters or fewer (this has ${text.length}).`;
  }
  const links = input.links.map((link) => link.trim()).filter((link) => link !== '');
  const bad = links.find((link) => !isWebLink(link));
  if (bad !== undefined) {
    errors.links = `“${bad}” is not a web link. Links start with https:// or http://.`;
  } else if (links.length > EVIDENCE_LINKS_MAX) {
    errors.links = `Keep to ${EVIDENCE_LINKS_MAX} links or fewer.`;
  }
  const drillIds = [...new Set(input.drillIds)];
  if (drillIds.length > EVIDENCE_DRILLS_MAX) {
    errors.drillIds = `Keep to ${EVIDENCE_DRILLS_MAX} drills or fewer.`;
  }
  const incidentIds = [...new Set(input.incidentIds ?? [])];
  if (incidentIds.length > EVIDENCE_INCIDENTS_MAX) {
    errors.incidentIds = `Keep to ${EVIDENCE_INCIDENTS_MAX} incidents or fewer.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Evidence that never named an incident keeps no incident list: stored evidence stays as it was.
  return {
    ok: true,
    value: { text, links, drillIds, ...(input.incidentIds === undefined ? {} : { incidentIds }) },
  };
}
