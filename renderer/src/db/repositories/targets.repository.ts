// A team's target level per maturity category: one record per team and category. What a valid
// target is, is the domain's (target-rules).
import { findModel } from '../../domain/maturity/models';
import { validateTarget } from '../../domain/maturity/target-rules';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { TargetRecord } from '../../domain/records/targets';
import type { RepositoryContext } from './context';
import { createModelsRepository } from './models.repository';

export interface TargetsRepository {
  listForTeam(teamId: Id): Promise<TargetRecord[]>;
  set(teamId: Id, categoryId: string, level: number): Promise<Outcome<TargetRecord, 'level'>>;
}

export function createTargetsRepository(context: RepositoryContext): TargetsRepository {
  const { db, now, newId } = context;
  const models = createModelsRepository(context);
  return {
    listForTeam: (teamId) => db.targets.where('teamId').equals(teamId).toArray(),

    set: async (teamId, categoryId, level) => {
      await models.load();
      return db.transaction('rw', db.teams, db.targets, async () => {
        const team = await db.teams.get(teamId);
        if (!team) return refuse('This team has been deleted.');
        // A target is set for a category of the model the team uses now.
        const model = findModel(team.modelId);
        if (model === undefined) return refuse('The team’s maturity model is not in this app.');
        const checked = validateTarget(model, categoryId, level);
        if (!checked.ok) return checked;
        const existing = await db.targets
          .where('[teamId+categoryId]')
          .equals([teamId, categoryId])
          .first();
        if (existing?.level === level) return { ok: true, value: existing };
        const at = now();
        const record: TargetRecord = existing
          ? { ...existing, level, updatedAt: at }
          : { id: newId(), teamId, categoryId, level, createdAt: at, updatedAt: at };
        await db.targets.put(record);
        return { ok: true, value: record };
      });
    },
  };
}
