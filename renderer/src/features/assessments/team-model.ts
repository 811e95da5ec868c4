// The maturity model a team's new assessments are taken on, read live (a team may switch).
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { MaturityModel } from '../../domain/maturity/model-types';
import type { TeamRecord } from '../../domain/records/teams';

/** `undefined` while loading; `model` undefined when the app does not have the team's model. */
export function useTeamModel(
  team: TeamRecord,
): { readonly model: MaturityModel | undefined } | undefined {
  return useLive(async () => ({ model: await repos.models.find(team.modelId) }), [team.modelId]);
}
