// A team's services, listed most critical first.
import {
  byTierThenName,
  validateServiceInput,
  type ServiceInput,
} from '../../domain/teams/team-rules';
import type { ServiceRecord } from '../../domain/records/services';
import type { RepositoryContext } from './context';
import { createMemberRepository, type MemberRepository } from './team-members';

export type ServicesRepository = MemberRepository<ServiceInput, ServiceRecord, 'tier'>;

export function createServicesRepository(context: RepositoryContext): ServicesRepository {
  return createMemberRepository(context, {
    table: context.db.services,
    validate: validateServiceInput,
    order: byTierThenName,
    teamGone: 'This team has been deleted, so the service can’t be added to it.',
    gone: 'This service has been removed, so the change can’t be saved.',
  });
}
