// Loading the demo data set. Loading is idempotent and never overwrites: records whose id is
// already stored are left as they are (a user may have renamed a demo team or edited a person),
// so loading twice, or after editing, changes nothing that exists.
import type { Table } from 'dexie';
import { DEMO_STORES, type DemoDataset } from '../../domain/demo/dataset';
import { sameName } from '../../domain/teams/team-rules';
import type { MttrDatabase } from '../database';
import type { Id } from '../../domain/records/common';
import type { TeamRecord } from '../../domain/records/teams';
import type { RepositoryContext } from './context';
import { readSetting, writeSetting } from './settings.repository';

export type DemoLoadResult =
  { ok: true; counts: Record<string, number> } | { ok: false; message: string };

export interface DemoRepository {
  load(dataset: DemoDataset): Promise<DemoLoadResult>;
}

/** Records added per store: a compile error here is the reminder to load a new demo section. */
type DemoCounts = { [K in keyof DemoDataset]: number };

export function createDemoRepository({ db, now }: RepositoryContext): DemoRepository {
  return {
    // One transaction: a refused or failed load writes nothing. A new demo section's store must
    // join this list as well as DemoCounts.
    load: (dataset) =>
      db.transaction('rw', [...DEMO_STORES.map((store) => db[store]), db.settings], async () => {
        const conflicts = await findNameConflicts(db, dataset);
        if (conflicts.length > 0) return { ok: false, message: conflictMessage(conflicts) };
        const counts: DemoCounts = {
          teams: await addMissing(db.teams, dataset.teams),
          services: await addMissing(db.services, dataset.services),
          people: await addMissing(db.people, dataset.people),
          assessments: await addMissing(db.assessments, dataset.assessments),
          answers: await addMissing(db.answers, dataset.answers),
          targets: await addMissing(db.targets, dataset.targets),
          drills: await addMissing(db.drills, dataset.drills),
          drillEvents: await addMissing(db.drillEvents, dataset.drillEvents),
          actionItems: await addMissing(db.actionItems, dataset.actionItems),
        };
        await chooseCurrentTeam(db, dataset.teams, now());
        return { ok: true, counts };
      }),
  };
}

async function addMissing<T extends { readonly id: Id }>(
  table: Table<T, Id>,
  rows: readonly T[],
): Promise<number> {
  const stored = await table.bulkGet(rows.map((row) => row.id));
  const missing = rows.filter((_, index) => stored[index] === undefined);
  await table.bulkPut(missing);
  return missing.length;
}

/**
 * Demo records that would give a name twice: a demo team named like one of the user's teams, or
 * a demo service or person named like one the user added to a demo team. Loading them would break
 * the rule that names are unique, so the load is refused and the clashes are named.
 */
async function findNameConflicts(db: MttrDatabase, dataset: DemoDataset): Promise<string[]> {
  const teams = await db.teams.toArray();
  const teamName = (id: Id) =>
    (teams.find((team) => team.id === id) ?? dataset.teams.find((team) => team.id === id))?.name ??
    '';
  const clashes = (
    candidate: { id: Id; name: string },
    stored: readonly { id: Id; name: string }[],
  ) => stored.some((other) => other.id !== candidate.id && sameName(other.name, candidate.name));
  const teamIds = dataset.teams.map((team) => team.id);
  const [services, people] = await Promise.all([
    db.services.where('teamId').anyOf(teamIds).toArray(),
    db.people.where('teamId').anyOf(teamIds).toArray(),
  ]);
  const inTeam = <R extends { teamId: Id }>(rows: readonly R[], teamId: Id) =>
    rows.filter((row) => row.teamId === teamId);
  return [
    ...dataset.teams
      .filter((team) => clashes(team, teams))
      .map((team) => `the team “${team.name}”`),
    ...dataset.services
      .filter((service) => clashes(service, inTeam(services, service.teamId)))
      .map((service) => `the service “${service.name}” in “${teamName(service.teamId)}”`),
    ...dataset.people
      .filter((person) => clashes(person, inTeam(people, person.teamId)))
      .map((person) => `“${person.name}” in “${teamName(person.teamId)}”`),
  ];
}

const SHOWN_CONFLICTS = 5;
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

function conflictMessage(conflicts: readonly string[]): string {
  const shown = conflicts.slice(0, SHOWN_CONFLICTS);
  const hidden = conflicts.length - shown.length;
  const named = list.format(hidden > 0 ? [...shown, `${hidden} more`] : shown);
  return `The demo data can’t be loaded because some of its names are already used: ${named}. Rename those, then load the demo data again.`;
}

/** Points the team switcher at the first demo team, unless it already shows a team that exists. */
async function chooseCurrentTeam(
  db: MttrDatabase,
  demoTeams: readonly TeamRecord[],
  at: number,
): Promise<void> {
  const current = await readSetting(db, 'currentTeamId');
  if (current !== null && (await db.teams.get(current))) return;
  const first = demoTeams[0];
  if (first) await writeSetting(db, 'currentTeamId', first.id, at);
}
