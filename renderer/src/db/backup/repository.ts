// The backup repository: what the Settings screen calls to back up, restore and export CSV.
import type { Table } from 'dexie';
import type { Id } from '../../domain/records/common';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import type { RepositoryContext } from '../repositories/context';
import { createModelsRepository } from '../repositories/models.repository';
import type { CommitResult, ImportPlan, ImportPreview } from './format';
import type { ChosenFile, ManyCommit, ManyPreview, NamedPlan } from './import-many';

// The schemas, merge rules and CSV writer load on first use: most sessions never back up, and
// they would otherwise weigh on every start-up.
const importer = () => import('./import');
const exporter = () => import('./export');
const manyImporter = () => import('./import-many');
const csvWriter = () => import('../../domain/export/drills-csv');
const incidentsCsvWriter = () => import('../../domain/export/incidents-csv');

export interface BackupRepository {
  /** The whole database as backup text. */
  export(appVersion: string): Promise<string>;
  /** Reads and checks a file, and says what importing it would change; writes nothing. */
  preview(text: string, byteLength: number): Promise<ImportPreview>;
  /** Imports a previewed file in one transaction, deciding again against the data as it is now. */
  commit(plan: ImportPlan): Promise<CommitResult>;
  /** Reads and checks several files, merging them in order, and says per file what it would change. */
  previewMany(files: readonly ChosenFile[]): Promise<ManyPreview>;
  /** Imports every accepted file in one transaction: all of them, or nothing. */
  commitMany(plans: readonly NamedPlan[]): Promise<ManyCommit>;
  /** Drills with their measures as CSV, of one team or (null) of every team. */
  drillsCsv(teamId: Id | null): Promise<string>;
  /** Imported incidents as CSV, one row each, of one team or (null) of every team. */
  incidentsCsv(teamId: Id | null): Promise<string>;
}

export function createBackupRepository(context: RepositoryContext): BackupRepository {
  const { db, now } = context;
  const models = createModelsRepository(context);
  return {
    export: async (appVersion) => (await exporter()).exportBackup(db, { appVersion, now: now() }),
    preview: async (text, byteLength) => (await importer()).previewImport(db, text, byteLength),
    commit: async (plan) => {
      const result = await (await importer()).commitImport(db, plan);
      // Models the file brought are readable before any screen reads an assessment taken on one.
      await models.load();
      return result;
    },
    previewMany: async (files) => (await manyImporter()).previewMany(db, files),
    commitMany: async (plans) => {
      const result = await (await manyImporter()).commitMany(db, plans);
      await models.load();
      return result;
    },
    drillsCsv: async (teamId) => {
      // Loaded before the transaction: awaiting a module inside it would let it close.
      const { buildDrillsCsv } = await csvWriter();
      return db.transaction(
        'r',
        [db.teams, db.services, db.drills, db.drillRuns, db.actionItems],
        async () => {
          const ofTeam = <T>(table: Table<T, Id>) =>
            teamId === null ? table.toArray() : table.where('teamId').equals(teamId).toArray();
          const [teams, services, drills, runs, actionItems] = await Promise.all([
            db.teams.toArray(),
            ofTeam(db.services),
            ofTeam(db.drills),
            ofTeam(db.drillRuns),
            ofTeam(db.actionItems),
          ]);
          const eventsByDrill = new Map<Id, readonly DrillEventRecord[]>(
            runs.map((run) => [run.drillId, run.events]),
          );
          return buildDrillsCsv({
            drills,
            eventsByDrill,
            teamNames: new Map(teams.map((team) => [team.id, team.name])),
            serviceNames: new Map(services.map((service) => [service.id, service.name])),
            actionItems,
            now: now(),
          });
        },
      );
    },
    incidentsCsv: async (teamId) => {
      const { buildIncidentsCsv } = await incidentsCsvWriter();
      return db.transaction('r', [db.teams, db.incidents], async () => {
        const [teams, incidents] = await Promise.all([
          db.teams.toArray(),
          teamId === null
            ? db.incidents.toArray()
            : db.incidents.where('teamId').equals(teamId).toArray(),
        ]);
        return buildIncidentsCsv({
          incidents,
          teamNames: new Map(teams.map((team) => [team.id, team.name])),
        });
      });
    },
  };
}
