// Groups of teams for the portfolio ("Payments", "Platform"). A group owns its member list.
import type { Id } from '../../domain/records/common';
import type { TeamGroupRecord } from '../../domain/records/team-groups';
import type { RepositoryContext } from './context';

export interface TeamGroupsRepository {
  list(): Promise<TeamGroupRecord[]>;
  get(id: Id): Promise<TeamGroupRecord | undefined>;
}

const byName = (a: TeamGroupRecord, b: TeamGroupRecord) => a.name.localeCompare(b.name);

export function createTeamGroupsRepository({ db }: RepositoryContext): TeamGroupsRepository {
  return {
    list: async () => (await db.teamGroups.toArray()).sort(byName),
    get: (id) => db.teamGroups.get(id),
  };
}
