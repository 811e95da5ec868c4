// Teams, and the one operation that spans every store: deleting a team with all it owns.
import { byName, validateTeamInput } from '../../domain/teams/team-rules';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { RecordOf, StoreName } from '../../domain/records/registry';
import type { TeamRecord } from '../../domain/records/teams';
import { DEFAULT_MODEL, findModel } from '../../domain/maturity/models';
import type { RepositoryContext } from './context';
import { createModelsRepository } from './models.repository';
import { readSetting, writeSetting } from './settings.repository';

/** What a team owns, counted for the delete confirmation ("this also deletes 12 drills…"). */
export interface TeamDataSummary {
  readonly services: number;
  readonly people: number;
  readonly assessments: number;
  readonly drills: number;
  readonly actionItems: number;
  readonly incidents: number;
}

export interface TeamsRepository {
  /** Sorted by name, in the reader's locale, ignoring case. */
  list(): Promise<TeamRecord[]>;
  get(id: Id): Promise<TeamRecord | undefined>;
  create(input: { name: string }): Promise<Outcome<TeamRecord, 'name'>>;
  rename(id: Id, name: string): Promise<Outcome<TeamRecord, 'name'>>;
  /** The model the team's new assessments are taken on; assessments taken keep theirs. */
  chooseModel(id: Id, modelId: string): Promise<Outcome<TeamRecord, 'modelId'>>;
  summarise(id: Id): Promise<TeamDataSummary>;
  /** Deletes the team and everything it owns in one transaction; returns what was deleted. */
  remove(id: Id): Promise<TeamDataSummary>;
}

/** Every store whose records carry a teamId. */
type TeamOwnedStore = {
  [K in StoreName]: RecordOf<K> extends { readonly teamId: Id } ? K : never;
}[StoreName];

// A mapped object rather than a list, so adding a store with a teamId to the schema fails to
// compile until it is listed here — a team's deletion can never silently leave records behind.
const CASCADE: { readonly [K in TeamOwnedStore]: true } = {
  services: true,
  people: true,
  assessments: true,
  answers: true,
  targets: true,
  drills: true,
  drillRuns: true,
  actionItems: true,
  incidents: true,
};
const TEAM_OWNED_STORES = Object.keys(CASCADE) as TeamOwnedStore[];

const TEAM_GONE = 'This team has been deleted.';

export function createTeamsRepository(context: RepositoryContext): TeamsRepository {
  const { db, now, newId } = context;
  const models = createModelsRepository(context);
  const ownedTables = () => TEAM_OWNED_STORES.map((store) => db.table<{ teamId: Id }, Id>(store));

  /** Runs `count` on every owned store; returns the counts the summary shows. */
  const perOwnedStore = async (
    count: (store: TeamOwnedStore) => Promise<number>,
  ): Promise<TeamDataSummary> => {
    const counts = await Promise.all(TEAM_OWNED_STORES.map(count));
    const of = (store: TeamOwnedStore) => counts[TEAM_OWNED_STORES.indexOf(store)] ?? 0;
    return {
      services: of('services'),
      people: of('people'),
      assessments: of('assessments'),
      drills: of('drills'),
      actionItems: of('actionItems'),
      incidents: of('incidents'),
    };
  };
  const ofTeam = (store: TeamOwnedStore, teamId: Id) =>
    db.table<{ teamId: Id }, Id>(store).where('teamId').equals(teamId);

  return {
    list: async () => (await db.teams.toArray()).sort(byName),
    get: (id) => db.teams.get(id),

    create: (input) =>
      db.transaction('rw', db.teams, async (): Promise<Outcome<TeamRecord, 'name'>> => {
        const checked = validateTeamInput(input, await db.teams.toArray());
        if (!checked.ok) return checked;
        const at = now();
        const team: TeamRecord = {
          id: newId(),
          name: checked.value.name,
          demo: false,
          modelId: DEFAULT_MODEL.id,
          createdAt: at,
          updatedAt: at,
        };
        await db.teams.add(team);
        return { ok: true, value: team };
      }),

    rename: (id, name) =>
      db.transaction('rw', db.teams, async (): Promise<Outcome<TeamRecord, 'name'>> => {
        const team = await db.teams.get(id);
        if (!team) return refuse(TEAM_GONE);
        const checked = validateTeamInput({ name }, await db.teams.toArray(), id);
        if (!checked.ok) return checked;
        // An unchanged name is not an edit: keeping updatedAt means a backup merge is not misled.
        if (checked.value.name === team.name) return { ok: true, value: team };
        const renamed: TeamRecord = { ...team, name: checked.value.name, updatedAt: now() };
        await db.teams.put(renamed);
        return { ok: true, value: renamed };
      }),

    chooseModel: async (id, modelId) => {
      await models.load();
      return db.transaction('rw', db.teams, async (): Promise<Outcome<TeamRecord, 'modelId'>> => {
        const team = await db.teams.get(id);
        if (!team) return refuse(TEAM_GONE);
        if (findModel(modelId) === undefined) {
          return { ok: false, errors: { modelId: 'Choose one of the models listed.' } };
        }
        if (team.modelId === modelId) return { ok: true, value: team };
        const chosen: TeamRecord = { ...team, modelId, updatedAt: now() };
        await db.teams.put(chosen);
        return { ok: true, value: chosen };
      });
    },

    summarise: (id) =>
      db.transaction('r', ownedTables(), () => perOwnedStore((store) => ofTeam(store, id).count())),

    remove: (id) =>
      db.transaction('rw', [db.teams, db.settings, db.teamGroups, ...ownedTables()], async () => {
        const deleted = await perOwnedStore((store) => ofTeam(store, id).delete());
        await db.teams.delete(id);
        // A group lists its members; a deleted team leaves every group it was in.
        const at = now();
        const groups = await db.teamGroups.filter((group) => group.teamIds.includes(id)).toArray();
        await db.teamGroups.bulkPut(
          groups.map((group) => ({
            ...group,
            teamIds: group.teamIds.filter((member) => member !== id),
            updatedAt: at,
          })),
        );
        // The switcher must not point at a team that is gone.
        if ((await readSetting(db, 'currentTeamId')) === id) {
          await writeSetting(db, 'currentTeamId', null, now());
        }
        return deleted;
      }),
  };
}
