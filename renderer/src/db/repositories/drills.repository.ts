// Drill plans and their review. The run itself is in drill-events.repository: the drill record
// holds only what is planned or decided, and a status that only a change of its events sets
// (domain/drills/drill-status.ts).
import type {
  DrillPlanField,
  DrillPlanInput,
  ReviewField,
  ReviewInput,
} from '../../domain/drills/plan-rules';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import { EMPTY_DRILL_KIT, readDrill, type DrillRecord } from '../../domain/records/drills';
import { drillKitOf } from '../../domain/drills/kit';
import type { RepositoryContext } from './context';

export interface DrillsRepository {
  /** The team's drills, newest planned date first. */
  listForTeam(teamId: Id): Promise<DrillRecord[]>;
  get(id: Id): Promise<DrillRecord | undefined>;
  plan(teamId: Id, input: DrillPlanInput): Promise<Outcome<DrillRecord, DrillPlanField>>;
  /** Only a drill that has not started can be re-planned. */
  updatePlan(id: Id, input: DrillPlanInput): Promise<Outcome<DrillRecord, DrillPlanField>>;
  /** Only for a completed drill. */
  saveReview(id: Id, input: ReviewInput): Promise<Outcome<DrillRecord, ReviewField>>;
}

const newestFirst = (a: DrillRecord, b: DrillRecord) =>
  b.plannedFor.localeCompare(a.plannedFor) || b.createdAt - a.createdAt;

// The plan and review rules, and the built-in scenarios a plan may name, load with the first plan
// or review, not with the app. Loaded before a
// transaction opens: IndexedDB would end one left waiting on anything but its own requests.
const planRules = async () => ({
  ...(await import('../../domain/drills/plan-rules')),
  ...(await import('../../domain/drills/builtin-scenarios')),
});
type PlanRules = Awaited<ReturnType<typeof planRules>>;

export function createDrillsRepository(context: RepositoryContext): DrillsRepository {
  const { db, now, newId } = context;

  const check = async (
    { validateDrillPlan, findBuiltIn }: PlanRules,
    teamId: Id,
    input: DrillPlanInput,
  ) => {
    const services = await db.services.where('teamId').equals(teamId).primaryKeys();
    const scenario = findBuiltIn(input.scenarioId) ?? (await db.scenarios.get(input.scenarioId));
    const checked = validateDrillPlan(input, {
      teamServiceIds: services,
      scenarioName: scenario?.name,
    });
    // The scenario's kit is copied now, so editing the scenario later does not rewrite the drill.
    return { checked, kit: scenario === undefined ? EMPTY_DRILL_KIT : drillKitOf(scenario) };
  };

  return {
    listForTeam: async (teamId) =>
      (await db.drills.where('teamId').equals(teamId).toArray()).map(readDrill).sort(newestFirst),
    get: async (id) => {
      const drill = await db.drills.get(id);
      return drill === undefined ? undefined : readDrill(drill);
    },

    plan: async (teamId, input) => {
      const rules = await planRules();
      return db.transaction(
        'rw',
        [db.teams, db.services, db.scenarios, db.drills],
        async (): Promise<Outcome<DrillRecord, DrillPlanField>> => {
          if ((await db.teams.get(teamId)) === undefined) {
            return refuse('This team has been deleted.');
          }
          const { checked, kit } = await check(rules, teamId, input);
          if (!checked.ok) return checked;
          const at = now();
          const record: DrillRecord = {
            id: newId(),
            teamId,
            status: 'planned',
            review: null,
            kit,
            ...checked.value,
            createdAt: at,
            updatedAt: at,
          };
          await db.drills.add(record);
          return { ok: true, value: record };
        },
      );
    },

    updatePlan: async (id, input) => {
      const rules = await planRules();
      return db.transaction(
        'rw',
        [db.services, db.scenarios, db.drills],
        async (): Promise<Outcome<DrillRecord, DrillPlanField>> => {
          const stored = await db.drills.get(id);
          const existing = stored === undefined ? undefined : readDrill(stored);
          const fixed = rules.whyPlanFixed(existing);
          if (fixed !== null || existing === undefined) return refuse(fixed ?? '');
          const { checked, kit: copied } = await check(rules, existing.teamId, input);
          if (!checked.ok) return checked;
          // The same scenario keeps the kit copied when planned; another one brings its own.
          const kit = checked.value.scenarioId === existing.scenarioId ? existing.kit : copied;
          const record: DrillRecord = { ...existing, ...checked.value, kit, updatedAt: now() };
          await db.drills.put(record);
          return { ok: true, value: record };
        },
      );
    },

    saveReview: async (id, input) => {
      const { validateReview, whyNotReviewable } = await planRules();
      return db.transaction(
        'rw',
        db.drills,
        async (): Promise<Outcome<DrillRecord, ReviewField>> => {
          const stored = await db.drills.get(id);
          const existing = stored === undefined ? undefined : readDrill(stored);
          const notYet = whyNotReviewable(existing);
          if (notYet !== null || existing === undefined) return refuse(notYet ?? '');
          const checked = validateReview(input);
          if (!checked.ok) return checked;
          const at = now();
          const record: DrillRecord = {
            ...existing,
            review: { ...checked.value, savedAt: at },
            updatedAt: at,
          };
          await db.drills.put(record);
          return { ok: true, value: record };
        },
      );
    },
  };
}
