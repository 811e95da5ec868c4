// The people of a team, listed by name.
import { byName, validatePersonInput, type PersonInput } from '../../domain/teams/team-rules';
import type { PersonRecord } from '../../domain/records/people';
import type { RepositoryContext } from './context';
import { createMemberRepository, type MemberRepository } from './team-members';

export type PeopleRepository = MemberRepository<PersonInput, PersonRecord, 'role'>;

export function createPeopleRepository(context: RepositoryContext): PeopleRepository {
  return createMemberRepository(context, {
    table: context.db.people,
    validate: validatePersonInput,
    order: byName,
    teamGone: 'This team has been deleted, so the person can’t be added to it.',
    gone: 'This person has been removed from the team, so the change can’t be saved.',
  });
}
