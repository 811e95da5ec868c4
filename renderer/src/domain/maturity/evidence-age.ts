// When evidence is stale. Policy, in the words the app shows: evidence is stale when every dated
// piece of it is more than 180 days older than the date it is judged at.
//
// - A piece's date: the written part (text and links) is dated by the evidence's `updatedAt` (the
//   last time anyone changed or confirmed it; a clone keeps the original date, so evidence carried
//   over from an old assessment ages honestly). A referenced drill is dated by the day it ran,
//   not the day it was linked: linking an old drill today does not make it new evidence.
// - The date it is judged at: a final assessment is a record of what the team knew then, so it is
//   judged at its own date (taking it out of a drawer a year later does not make it stale); a draft
//   is being answered now, so it is judged at today.
// - "More than 180 days": 180 days old is still fresh, 181 is stale. Days are calendar days.
import type { EpochMs, Id, IsoDate } from '../records/common';
import type { EvidenceRecord } from '../records/answers';
import { daysBetween, localIsoDate } from '../dates/iso-date';

export const STALE_AFTER_DAYS = 180;
export const STALE_LABEL = `Stale: older than ${STALE_AFTER_DAYS} days`;

/** The date a piece of evidence is judged at: its own date once final, today while a draft. */
export function judgedOn(
  assessment: { readonly status: 'draft' | 'final'; readonly takenOn: IsoDate },
  today: IsoDate,
): IsoDate {
  return assessment.status === 'final' ? assessment.takenOn : today;
}

export function isStaleDate(date: IsoDate, judgedAt: IsoDate): boolean {
  return daysBetween(date, judgedAt) > STALE_AFTER_DAYS;
}

export interface EvidenceAge {
  /** Every dated piece is stale (false when there is no evidence at all). */
  readonly stale: boolean;
  /** The written part exists and is stale. */
  readonly writtenStale: boolean;
  /** Referenced drills whose run date is stale. */
  readonly staleDrillIds: readonly Id[];
  /** Referenced incidents whose detection date is stale. */
  readonly staleIncidentIds: readonly Id[];
  /** The date of the newest piece, if any. */
  readonly newest: IsoDate | undefined;
  /** The day the written part was last changed, on the user's calendar; undefined without one. */
  readonly writtenOn?: IsoDate | undefined;
}

export interface EvidenceAgeInput {
  readonly evidence: EvidenceRecord;
  /** The day each drill ran; a drill missing here (deleted) is left out. */
  readonly drillDates: ReadonlyMap<Id, IsoDate>;
  /**
   * The day each incident was detected; a missing one (deleted) is left out. An incident ages as a
   * drill does: by the day it happened, not the day it was linked.
   */
  readonly incidentDates?: ReadonlyMap<Id, IsoDate>;
  readonly judgedAt: IsoDate;
  /**
   * The user's `Date#getTimezoneOffset()`, to date `updatedAt` on their calendar: one number, or
   * the offset at an instant (an edit just after midnight in summer keeps its date in winter).
   */
  readonly timeZoneOffsetMinutes: number | ((at: EpochMs) => number);
}

/**
 * What dates a piece of evidence, and nothing more: when its written part was last changed (null
 * without one) and the drills and incidents it cites. The read model keeps this for the agreed
 * answers of final assessments, so the portfolio can tell stale evidence without reading answers.
 */
export interface EvidenceDates {
  readonly writtenAt: EpochMs | null;
  readonly drillIds: readonly Id[];
  readonly incidentIds: readonly Id[];
}

export function evidenceDatesOf(evidence: EvidenceRecord): EvidenceDates {
  const written = evidence.text.trim() !== '' || evidence.links.length > 0;
  return {
    writtenAt: written ? evidence.updatedAt : null,
    drillIds: evidence.drillIds,
    incidentIds: evidence.incidentIds ?? [],
  };
}

/** True when the evidence has any piece at all: text, a link, a drill or an incident. */
export function hasEvidence(dates: EvidenceDates): boolean {
  return dates.writtenAt !== null || dates.drillIds.length > 0 || dates.incidentIds.length > 0;
}

export function evidenceAge(input: EvidenceAgeInput): EvidenceAge {
  return datedEvidenceAge({ ...input, dates: evidenceDatesOf(input.evidence) });
}

/** The age of evidence known only by its dates (see EvidenceDates). */
export function datedEvidenceAge(
  input: Omit<EvidenceAgeInput, 'evidence'> & { readonly dates: EvidenceDates },
): EvidenceAge {
  const { dates: evidence, drillDates, judgedAt } = input;
  const writtenOn =
    evidence.writtenAt === null
      ? undefined
      : localIsoDate(evidence.writtenAt, offsetAt(input.timeZoneOffsetMinutes, evidence.writtenAt));
  const drills = evidence.drillIds.flatMap((id) => {
    const date = drillDates.get(id);
    return date === undefined ? [] : [{ id, date }];
  });
  const incidents = evidence.incidentIds.flatMap((id) => {
    const date = input.incidentDates?.get(id);
    return date === undefined ? [] : [{ id, date }];
  });
  const dates = [
    ...(writtenOn === undefined ? [] : [writtenOn]),
    ...drills.map((d) => d.date),
    ...incidents.map((d) => d.date),
  ];
  const newest = dates.reduce<IsoDate | undefined>(
    (latest, date) => (latest === undefined || date > latest ? date : latest),
    undefined,
  );
  return {
    stale: newest !== undefined && isStaleDate(newest, judgedAt),
    writtenStale: writtenOn !== undefined && isStaleDate(writtenOn, judgedAt),
    staleDrillIds: drills.filter((d) => isStaleDate(d.date, judgedAt)).map((d) => d.id),
    staleIncidentIds: incidents.filter((d) => isStaleDate(d.date, judgedAt)).map((d) => d.id),
    newest,
    writtenOn,
  };
}

function offsetAt(offset: EvidenceAgeInput['timeZoneOffsetMinutes'], at: EpochMs): number {
  return typeof offset === 'number' ? offset : offset(at);
}
