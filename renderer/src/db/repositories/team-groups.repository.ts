// Groups of teams for the portfolio ("Payments", "Platform"). A group owns its member list. Every
// write reads the groups and teams inside its transaction, asks the domain's rules
// (domain/portfolio/group-rules.ts) and writes only what they accept.
import type { Id } from '../../domain/records/common';
import type { TeamGroupRecord } from '../../domain/records/team-groups';
import { fail, refuse, succeed, type Outcome } from '../../domain/outcome';
import {
  groupProblems,
  normaliseGroupName,
  type GroupDraft,
} from '../../domain/portfolio/group-rules';
import type { RepositoryContext } from './context';

export type GroupField = 'name' | 'teamIds';
export type GroupOutcome = Outcome<TeamGroupRecord, GroupField>;

export const GROUP_GONE = 'This group has been deleted, so the change can’t be saved.';

export interface TeamGroupsRepository {
  list(): Promise<TeamGroupRecord[]>;
  get(id: Id): Promise<TeamGroupRecord | undefined>;
  create(draft: GroupDraft): Promise<GroupOutcome>;
  rename(id: Id, name: string): Promise<GroupOutcome>;
  setMembers(id: Id, teamIds: readonly Id[]): Promise<GroupOutcome>;
  /** A new name and members at once: both are saved, or neither. */
  update(id: Id, draft: GroupDraft): Promise<GroupOutcome>;
  /** Deleting a group leaves its teams as they are. */
  delete(id: Id): Promise<void>;
}

const byName = (a: TeamGroupRecord, b: TeamGroupRecord) => a.name.localeCompare(b.name);

export function createTeamGroupsRepository({
  db,
  now,
  newId,
}: RepositoryContext): TeamGroupsRepository {
  /** Checks a draft against the data as it is now and writes the record `build` makes of it. */
  const save = (
    selfId: Id | undefined,
    draftOf: (current: TeamGroupRecord | undefined) => GroupDraft | null,
    build: (draft: GroupDraft, current: TeamGroupRecord | undefined) => TeamGroupRecord,
  ): Promise<GroupOutcome> =>
    db.transaction('rw', [db.teamGroups, db.teams], async (): Promise<GroupOutcome> => {
      const current = selfId === undefined ? undefined : await db.teamGroups.get(selfId);
      const draft = draftOf(current);
      if (draft === null) return refuse(GROUP_GONE);
      const [groups, teamIds] = await Promise.all([
        db.teamGroups.toArray(),
        db.teams.toCollection().primaryKeys(),
      ]);
      const context = { groups, teamIds: new Set(teamIds), ...(selfId ? { selfId } : {}) };
      const errors = groupProblems(draft, context);
      if (errors !== null) return fail(errors);
      const record = build({ ...draft, name: normaliseGroupName(draft.name) }, current);
      await db.teamGroups.put(record);
      return succeed(record);
    });

  const update = (id: Id, change: (current: TeamGroupRecord) => GroupDraft) =>
    save(
      id,
      (current) => (current === undefined ? null : change(current)),
      (draft, current) => ({
        ...(current as TeamGroupRecord),
        name: draft.name,
        teamIds: [...draft.teamIds],
        updatedAt: now(),
      }),
    );

  return {
    list: async () => (await db.teamGroups.toArray()).sort(byName),
    get: (id) => db.teamGroups.get(id),
    create: (draft) =>
      save(
        undefined,
        () => draft,
        (clean) => {
          const at = now();
          return {
            id: newId(),
            name: clean.name,
            teamIds: [...clean.teamIds],
            createdAt: at,
            updatedAt: at,
          };
        },
      ),
    rename: (id, name) => update(id, (current) => ({ name, teamIds: current.teamIds })),
    setMembers: (id, teamIds) => update(id, (current) => ({ name: current.name, teamIds })),
    update: (id, draft) => update(id, () => draft),
    delete: async (id) => {
      await db.teamGroups.delete(id);
    },
  };
}
