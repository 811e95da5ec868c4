// The rules for a team group, checked before anything is written: a name is required and unique
// (ignoring case and surrounding spaces, as people read names), and every member is a team that
// exists, listed once.
import type { Id } from '../records/common';
import type { TeamGroupRecord } from '../records/team-groups';

export const GROUP_NAME_MAX = 80;

export interface GroupDraft {
  readonly name: string;
  readonly teamIds: readonly Id[];
}

export type GroupFieldErrors = Partial<Record<'name' | 'teamIds', string>>;

export function normaliseGroupName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Field errors for a group about to be saved, or null; `selfId` is the group being edited. */
export function groupProblems(
  draft: GroupDraft,
  context: {
    readonly groups: readonly TeamGroupRecord[];
    readonly teamIds: ReadonlySet<Id>;
    readonly selfId?: Id;
  },
): GroupFieldErrors | null {
  const errors: GroupFieldErrors = {};
  const name = normaliseGroupName(draft.name);
  if (name === '') errors.name = 'Give the group a name.';
  else if (name.length > GROUP_NAME_MAX)
    errors.name = `A group name is at most ${GROUP_NAME_MAX} characters.`;
  else if (
    context.groups.some(
      (g) => g.id !== context.selfId && g.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
    )
  )
    errors.name = `There is already a group named “${name}”.`;
  if (draft.teamIds.some((id) => !context.teamIds.has(id)))
    errors.teamIds = 'A chosen team no longer exists. Choose the members again.';
  else if (new Set(draft.teamIds).size !== draft.teamIds.length)
    errors.teamIds = 'A team is listed twice.';
  return Object.keys(errors).length === 0 ? null : errors;
}
