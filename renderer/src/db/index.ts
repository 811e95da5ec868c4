// The storage API the app uses. Screens call these repositories and never Dexie itself.
import type { MttrDatabase } from './database';
import { createBackupRepository, type BackupRepository } from './backup/repository';
import {
  createActionItemsRepository,
  type ActionItemsRepository,
} from './repositories/action-items.repository';
import {
  createAssessmentsRepository,
  type AssessmentsRepository,
} from './repositories/assessments.repository';
import { DEFAULT_DEPS, type RepositoryDeps } from './repositories/context';
import { createTargetsRepository, type TargetsRepository } from './repositories/targets.repository';
import { createTrendsRepository, type TrendsRepository } from './repositories/trends.repository';
import { createHomeRepository, type HomeRepository } from './repositories/home.repository';
import { createDemoRepository, type DemoRepository } from './repositories/demo.repository';
import {
  createDrillEventsRepository,
  type DrillEventsRepository,
} from './repositories/drill-events.repository';
import { createDrillsRepository, type DrillsRepository } from './repositories/drills.repository';
import {
  createScenariosRepository,
  type ScenariosRepository,
} from './repositories/scenarios.repository';
import { createPeopleRepository, type PeopleRepository } from './repositories/people.repository';
import {
  createServicesRepository,
  type ServicesRepository,
} from './repositories/services.repository';
import {
  createSettingsRepository,
  type SettingsRepository,
} from './repositories/settings.repository';
import { createTeamsRepository, type TeamsRepository } from './repositories/teams.repository';
import {
  createIncidentsRepository,
  type IncidentsRepository,
} from './repositories/incidents.repository';
import {
  createImportMappingsRepository,
  type ImportMappingsRepository,
} from './repositories/import-mappings.repository';
import { createModelsRepository, type ModelsRepository } from './repositories/models.repository';
import {
  createTeamGroupsRepository,
  type TeamGroupsRepository,
} from './repositories/team-groups.repository';
import {
  createPortfolioRepository,
  type PortfolioRepository,
} from './repositories/portfolio.repository';

export interface Repositories {
  readonly teams: TeamsRepository;
  readonly services: ServicesRepository;
  readonly people: PeopleRepository;
  readonly settings: SettingsRepository;
  readonly demo: DemoRepository;
  readonly drills: DrillsRepository;
  readonly drillEvents: DrillEventsRepository;
  readonly scenarios: ScenariosRepository;
  readonly actionItems: ActionItemsRepository;
  readonly assessments: AssessmentsRepository;
  readonly targets: TargetsRepository;
  readonly backup: BackupRepository;
  readonly trends: TrendsRepository;
  readonly home: HomeRepository;
  readonly incidents: IncidentsRepository;
  readonly importMappings: ImportMappingsRepository;
  readonly models: ModelsRepository;
  readonly teamGroups: TeamGroupsRepository;
  readonly portfolio: PortfolioRepository;
}

export function createRepositories(
  db: MttrDatabase,
  deps: Partial<RepositoryDeps> = {},
): Repositories {
  const context = { db, ...DEFAULT_DEPS, ...deps };
  return {
    teams: createTeamsRepository(context),
    services: createServicesRepository(context),
    people: createPeopleRepository(context),
    settings: createSettingsRepository(context),
    demo: createDemoRepository(context),
    drills: createDrillsRepository(context),
    drillEvents: createDrillEventsRepository(context),
    scenarios: createScenariosRepository(context),
    actionItems: createActionItemsRepository(context),
    assessments: createAssessmentsRepository(context),
    targets: createTargetsRepository(context),
    backup: createBackupRepository(context),
    trends: createTrendsRepository(context),
    home: createHomeRepository(context),
    incidents: createIncidentsRepository(context),
    importMappings: createImportMappingsRepository(context),
    models: createModelsRepository(context),
    teamGroups: createTeamGroupsRepository(context),
    portfolio: createPortfolioRepository(context),
  };
}

export { DATABASE_NAME, MttrDatabase, openDatabase, type DatabaseBackend } from './database';
export type { RepositoryDeps } from './repositories/context';
export type { BackupRepository } from './backup/repository';
export type { ActionItemsRepository, NewActionItem } from './repositories/action-items.repository';
export type { DemoCounts, DemoRepository } from './repositories/demo.repository';
export type { DrillEventsRepository } from './repositories/drill-events.repository';
export type { DrillsRepository } from './repositories/drills.repository';
export type { ScenariosRepository } from './repositories/scenarios.repository';
export type { PeopleRepository } from './repositories/people.repository';
export type { ServicesRepository } from './repositories/services.repository';
export type { SettingsRepository } from './repositories/settings.repository';
export type { TeamDataSummary, TeamsRepository } from './repositories/teams.repository';
