// A team's target level per maturity category: one record per team and category. What a valid
// target is, is the domain's (target-rules).
import { CURRENT_MODEL } from '../../domain/maturity/models';
import { validateTarget } from '../../domain/maturity/target-rules';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { TargetRecord } from '../../domain/records/targets';
import type { RepositoryContext } from './context';

export interface TargetsRepository {
  listForTeam(teamId: Id): Promise<TargetRecord[]>;
  set(teamId: Id, categoryId: string, level: number): Promise<Outcome<TargetRecord, 'level'>>;
}

export function createTargetsRepository({ db, now, newId }: RepositoryContext): TargetsRepository {
  return {
    listForTeam: (teamId) => db.targets.where('teamId').equals(teamId).toArray(),

    set: (teamId, categoryId, level) =>
      db.transaction('rw', db.teams, db.targets, async () => {
        if (!(await db.teams.get(teamId))) {
          return refuse('This team has been deleted.');
        }
        const checked = validateTarget(CURRENT_MODEL, categoryId, level);
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
      }),
  };
}
