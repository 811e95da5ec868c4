// Loading the demo data set. Loading is idempotent and never overwrites: records whose id is
// already stored are left as they are (a user may have renamed a demo team or edited a person),
// so loading twice, or after editing, changes nothing that exists. Names must stay unique: the
// domain's demo name-conflicts rule decides, inside the transaction that writes. Removing sample
// data deletes the teams the domain's sample-data rule names, each as deleting a team does.
import type { Table } from 'dexie';
import { DEMO_STORES, type DemoDataset } from '../../domain/demo/dataset';
import {
  demoConflictMessage,
  demoNameConflicts,
  type StoredNames,
} from '../../domain/demo/name-conflicts';
import { refuse, succeed, type Outcome } from '../../domain/outcome';
import type { MttrDatabase } from '../database';
import type { Id } from '../../domain/records/common';
import type { TeamRecord } from '../../domain/records/teams';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { runsFromEvents } from '../../domain/records/drill-runs';
import { demoTeams, type SampleDataSummary } from '../../domain/demo/sample-data';
import type { RepositoryContext } from './context';
import { readSetting, writeSetting } from './settings.repository';
import { createTeamsRepository } from './teams.repository';

/** Records added per store: a compile error here is the reminder to load a new demo section. */
export type DemoCounts = { [K in keyof DemoDataset]: number };

export interface DemoRepository {
  /** Refused, for the whole form, when a demo name is already used. */
  load(dataset: DemoDataset): Promise<Outcome<DemoCounts>>;
  /** The sample teams and what they own now, for the removal's confirmation. */
  summariseSample(): Promise<SampleDataSummary>;
  /** Deletes the sample teams and all they own in one transaction; returns what was deleted. */
  removeSample(): Promise<SampleDataSummary>;
}

export function createDemoRepository(context: RepositoryContext): DemoRepository {
  const { db, now } = context;
  const teams = createTeamsRepository(context);
  // Removing a team also removes its incidents and takes it out of its groups. The demo's events
  // are stored as runs, one record per drill.
  const allTables = () => [
    ...DEMO_STORES.map((store) => (store === 'drillEvents' ? db.drillRuns : db[store])),
    db.settings,
    db.incidents,
    db.teamGroups,
  ];
  /** What `each` returns for every sample team, summed, with the teams' names. */
  const overSampleTeams = async (
    each: (id: Id) => ReturnType<typeof teams.summarise>,
  ): Promise<SampleDataSummary> => {
    const sample = demoTeams(await teams.list());
    const summary = {
      teams: sample.map((team) => team.name),
      services: 0,
      people: 0,
      assessments: 0,
      drills: 0,
      actionItems: 0,
    };
    for (const team of sample) {
      const counts = await each(team.id);
      summary.services += counts.services;
      summary.people += counts.people;
      summary.assessments += counts.assessments;
      summary.drills += counts.drills;
      summary.actionItems += counts.actionItems;
    }
    return summary;
  };
  return {
    summariseSample: () =>
      db.transaction('r', allTables(), () => overSampleTeams((id) => teams.summarise(id))),
    // One transaction: a failure part-way deletes nothing.
    removeSample: () =>
      db.transaction('rw', allTables(), () => overSampleTeams((id) => teams.remove(id))),
    // One transaction: a refused or failed load writes nothing. A new demo section's store must
    // join this list as well as DemoCounts.
    load: (dataset) =>
      db.transaction('rw', allTables(), async () => {
        const conflicts = demoNameConflicts(dataset, await storedNames(db, dataset));
        if (conflicts.length > 0) return refuse(demoConflictMessage(conflicts));
        const counts: DemoCounts = {
          teams: await addMissing(db.teams, dataset.teams),
          services: await addMissing(db.services, dataset.services),
          people: await addMissing(db.people, dataset.people),
          assessments: await addMissing(db.assessments, dataset.assessments),
          answers: await addMissing(db.answers, dataset.answers),
          targets: await addMissing(db.targets, dataset.targets),
          drills: await addMissing(db.drills, dataset.drills),
          drillEvents: await addMissingRuns(db, dataset.drillEvents),
          actionItems: await addMissing(db.actionItems, dataset.actionItems),
        };
        await chooseCurrentTeam(db, dataset.teams, now());
        return succeed(counts);
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

/** The runs of drills that have none stored yet; counts the events they hold. */
async function addMissingRuns(
  db: MttrDatabase,
  events: readonly DrillEventRecord[],
): Promise<number> {
  const runs = runsFromEvents(events);
  const stored = await db.drillRuns.bulkGet(runs.map((run) => run.drillId));
  const missing = runs.filter((_, index) => stored[index] === undefined);
  await db.drillRuns.bulkPut(missing);
  return missing.reduce((sum, run) => sum + run.events.length, 0);
}

/** The names the demo data must not repeat: every team, and what the demo's teams hold now. */
async function storedNames(db: MttrDatabase, dataset: DemoDataset): Promise<StoredNames> {
  const teamIds = dataset.teams.map((team) => team.id);
  const [teams, services, people] = await Promise.all([
    db.teams.toArray(),
    db.services.where('teamId').anyOf(teamIds).toArray(),
    db.people.where('teamId').anyOf(teamIds).toArray(),
  ]);
  return { teams, services, people };
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
