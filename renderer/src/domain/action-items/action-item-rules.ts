// Action items: what a team commits to after an assessment gap or a drill review. The rules keep
// them actionable: a title that says what, an owner who is on the team (or nobody yet), a real due
// date, and a known status.
import {
  EARLIEST_DATE,
  isPlausibleDate,
  LATEST_DATE,
  type Id,
  type IsoDate,
} from '../records/common';
import {
  ACTION_ITEM_STATUSES,
  type ActionItemRecord,
  type ActionItemStatus,
} from '../records/action-items';
import { isIsoDate } from '../dates/iso-date';
import { NO_OWNER } from '../words/action-items';
import { nameLength, normaliseName } from '../teams/team-rules';
import type { FieldErrors, Outcome } from '../outcome';

export const TITLE_MAX_LENGTH = 200;

export interface ActionItemInput {
  readonly title: string;
  readonly ownerId: Id | null;
  readonly due: string | null;
  readonly status: unknown;
}

export interface ActionItemValues {
  readonly title: string;
  readonly ownerId: Id | null;
  readonly due: IsoDate | null;
  readonly status: ActionItemStatus;
}

export type ActionItemField = 'title' | 'ownerId' | 'due' | 'status';

function isStatus(value: unknown): value is ActionItemStatus {
  return ACTION_ITEM_STATUSES.includes(value as ActionItemStatus);
}

/** `teamPeople` are the ids of the team's people: an owner must be one of them. */
export function validateActionItemInput(
  input: ActionItemInput,
  teamPeople: readonly Id[],
): Outcome<ActionItemValues, ActionItemField> {
  const errors: FieldErrors<ActionItemField> = {};
  const title = normaliseName(input.title);
  if (title === '') errors.title = 'Say what needs doing.';
  else if (nameLength(title) > TITLE_MAX_LENGTH)
    errors.title = `Keep the title to ${TITLE_MAX_LENGTH} characters or fewer (this one has ${nameLength(title)}).`;
  if (input.ownerId !== null && !teamPeople.includes(input.ownerId))
    errors.ownerId = 'Choose an owner from the team, or leave it unassigned.';
  const due = input.due === null || input.due.trim() === '' ? null : input.due.trim();
  if (due !== null && !isIsoDate(due))
    errors.due = 'Give the due date as a real date (YYYY-MM-DD).';
  else if (due !== null && !isPlausibleDate(due))
    errors.due = `Give a date from ${EARLIEST_DATE} to ${LATEST_DATE}.`;
  if (!isStatus(input.status)) errors.status = 'Choose open, in progress or done.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { title, ownerId: input.ownerId, due, status: input.status as ActionItemStatus },
  };
}

/** The owner as every list and report names them; one who has left the team leaves it unassigned. */
export function ownerName(
  ownerId: Id | null,
  people: readonly { readonly id: Id; readonly name: string }[],
): string {
  return people.find((person) => person.id === ownerId)?.name ?? NO_OWNER;
}

/** Unfinished first; among them the earliest due (undated last); then by title, then by id. */
export function compareActionItems(a: ActionItemRecord, b: ActionItemRecord): number {
  const doneA = a.status === 'done' ? 1 : 0;
  const doneB = b.status === 'done' ? 1 : 0;
  if (doneA !== doneB) return doneA - doneB;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  // The id settles equal titles, so the same items always list in the same order.
  return a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Unfinished and past its due date on `today`. */
export function isOverdue(item: ActionItemRecord, today: IsoDate): boolean {
  return item.status !== 'done' && item.due !== null && item.due < today;
}
